#pragma once

#include <QtGlobal>

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace ferry {

// Rows moving from a TableReader to a BulkWriter: every cell's bytes in one arena, NULLs in a
// flag array, no per-cell allocation. Cells hold the canonical text form of their source type
// (see canonical.h). Filled by one thread, then handed whole to another.
class RowBatch
{
public:
    explicit RowBatch(int columns = 0)
        : m_columns(columns)
    {
        m_offsets.push_back(0);
    }

    void reset(int columns)
    {
        m_columns = columns;
        clear();
    }
    void clear()
    {
        m_arena.clear();
        m_offsets.assign(1, 0);
        m_nulls.clear();
        m_rows = 0;
    }
    void reserve(size_t bytes, int rows)
    {
        m_arena.reserve(bytes);
        m_offsets.reserve(size_t(rows) * size_t(m_columns) + 1);
        m_nulls.reserve(size_t(rows) * size_t(m_columns));
    }

    // Appending: one call per cell, in column order; endRow() after the last cell of a row.
    void appendNull()
    {
        m_nulls.push_back(1);
        m_offsets.push_back(uint32_t(m_arena.size()));
    }
    void append(const char *data, size_t size)
    {
        m_arena.insert(m_arena.end(), data, data + size);
        m_nulls.push_back(0);
        m_offsets.push_back(uint32_t(m_arena.size()));
    }
    void append(std::string_view v) { append(v.data(), v.size()); }
    // Reserves `size` bytes for the caller to fill, then commit(written) closes the cell.
    char *reserveCell(size_t size)
    {
        const size_t at = m_arena.size();
        m_arena.resize(at + size);
        return m_arena.data() + at;
    }
    void commitCell(size_t written, size_t reserved)
    {
        m_arena.resize(m_arena.size() - (reserved - written));
        m_nulls.push_back(0);
        m_offsets.push_back(uint32_t(m_arena.size()));
    }
    void endRow() { ++m_rows; }

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    size_t bytes() const { return m_arena.size(); }
    bool isNull(int row, int column) const { return m_nulls[index(row, column)] != 0; }
    std::string_view cell(int row, int column) const
    {
        const size_t i = index(row, column);
        return {m_arena.data() + m_offsets[i], size_t(m_offsets[i + 1] - m_offsets[i])};
    }

private:
    size_t index(int row, int column) const
    {
        return size_t(row) * size_t(m_columns) + size_t(column);
    }

    int m_columns;
    int m_rows = 0;
    std::vector<char> m_arena;
    std::vector<uint32_t> m_offsets;
    std::vector<uint8_t> m_nulls;
};

} // namespace ferry
