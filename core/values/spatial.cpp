#include "spatial.h"

namespace ferry::spatial {

namespace {

uint32_t readU32(std::string_view bytes, size_t at, bool littleEndian)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        const auto b = uint32_t(static_cast<unsigned char>(bytes[at + size_t(i)]));
        v |= littleEndian ? b << (8 * i) : b << (8 * (3 - i));
    }
    return v;
}

void appendU32(std::string &out, uint32_t v, bool littleEndian)
{
    for (int i = 0; i < 4; ++i)
        out.push_back(char(littleEndian ? (v >> (8 * i)) & 0xff : (v >> (8 * (3 - i))) & 0xff));
}

} // namespace

std::optional<std::string> fromEwkb(std::string_view ewkb)
{
    if (ewkb.size() < 5 || (ewkb[0] != 0 && ewkb[0] != 1))
        return std::nullopt;
    const bool le = ewkb[0] == 1;
    const uint32_t type = readU32(ewkb, 1, le);
    uint32_t srid = 0;
    size_t body = 5;
    if (type & kEwkbSridFlag) {
        if (ewkb.size() < 9)
            return std::nullopt;
        srid = readU32(ewkb, 5, le);
        body = 9;
    }
    std::string out;
    out.reserve(ewkb.size() + 4);
    appendU32(out, srid, true);
    out.push_back(ewkb[0]);
    appendU32(out, type & ~kEwkbSridFlag, le);
    out.append(ewkb.substr(body));
    return out;
}

std::optional<std::string> toEwkb(std::string_view canonical)
{
    if (canonical.size() < 9 || (canonical[4] != 0 && canonical[4] != 1))
        return std::nullopt;
    const uint32_t id = readU32(canonical, 0, true);
    const std::string_view wkb = canonical.substr(4);
    if (id == 0)
        return std::string(wkb);
    const bool le = wkb[0] == 1;
    std::string out;
    out.reserve(canonical.size() + 4);
    out.push_back(wkb[0]);
    appendU32(out, readU32(wkb, 1, le) | kEwkbSridFlag, le);
    appendU32(out, id, le);
    out.append(wkb.substr(5));
    return out;
}

uint32_t srid(std::string_view canonical)
{
    return canonical.size() < 4 ? 0 : readU32(canonical, 0, true);
}

} // namespace ferry::spatial
