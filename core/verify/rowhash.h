#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include <QString>

namespace ferry {

// A fast 128-bit hash of a row's normalized values, fed value by value (each with its length,
// so "ab"+"c" and "a"+"bc" differ, and NULL differs from ""). Not cryptographic: it finds
// accidental differences between two copies of the same data, where a collision would need
// both a difference and a 2^-128 coincidence. Chunk checksums add row hashes (mod 2^64 per
// lane), so the order rows arrive in does not matter.
class RowHasher
{
public:
    void addNull() { mix(0x9e3779b97f4a7c15ULL, 0xffffffffffffffffULL); }
    void add(std::string_view v)
    {
        mix(v.size() + 1, 0x243f6a8885a308d3ULL);
        const unsigned char *p = reinterpret_cast<const unsigned char *>(v.data());
        size_t n = v.size();
        while (n >= 16) {
            uint64_t a, b;
            std::memcpy(&a, p, 8);
            std::memcpy(&b, p + 8, 8);
            mix(a, b);
            p += 16;
            n -= 16;
        }
        uint64_t a = 0, b = 0;
        if (n > 8) {
            std::memcpy(&a, p, 8);
            std::memcpy(&b, p + 8, n - 8);
        } else {
            std::memcpy(&a, p, n);
        }
        mix(a ^ (uint64_t(n) << 56), b);
    }
    uint64_t high() const { return finalize(m_h1 ^ m_h2); }
    uint64_t low() const { return finalize(m_h2 + (m_h1 << 1)); }

private:
    static uint64_t mul(uint64_t a, uint64_t b)
    {
        const unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
        return uint64_t(r) ^ uint64_t(r >> 64);
    }
    static uint64_t finalize(uint64_t x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdULL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53ULL;
        x ^= x >> 33;
        return x;
    }
    void mix(uint64_t a, uint64_t b)
    {
        m_h1 = mul(m_h1 ^ a, 0xa0761d6478bd642fULL ^ b);
        m_h2 = mul(m_h2 ^ b, 0xe7037ed1a0b428dbULL ^ a) + m_h1;
    }
    uint64_t m_h1 = 0x853c49e6748fea9bULL;
    uint64_t m_h2 = 0xda3e39cb94b95bdbULL;
};

// What two sides of a slice are compared by.
struct SliceChecksum
{
    uint64_t rows = 0;
    uint64_t sum1 = 0; // Ferry-side: sums of the two hash lanes mod 2^64
    uint64_t sum2 = 0;
    QString pushed; // pushdown: the engine's "count|sum|sum" text; empty for Ferry-side

    bool operator==(const SliceChecksum &o) const
    {
        return rows == o.rows && sum1 == o.sum1 && sum2 == o.sum2 && pushed == o.pushed;
    }
};

} // namespace ferry
