#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The canonical form of a spatial value (TypeKind::Spatial) is MySQL's own: the SRID as 4 bytes
// little-endian, then the geometry as WKB. These helpers turn it into PostGIS's EWKB (the SRID
// inside the WKB header, flag 0x20000000) and back, byte for byte, so a value read back after
// MySQL -> PostGIS -> MySQL is identical. Any thread.
namespace ferry::spatial {

constexpr uint32_t kEwkbSridFlag = 0x20000000;

// EWKB (as PostGIS prints it in hex, decoded) to the canonical SRID + WKB; std::nullopt when the
// bytes are too short or the byte-order mark is neither 0 nor 1.
std::optional<std::string> fromEwkb(std::string_view ewkb);
// The canonical SRID + WKB as EWKB: the SRID moves into the header (SRID 0 stays plain WKB).
std::optional<std::string> toEwkb(std::string_view canonical);
// The SRID of a canonical value (0 when too short).
uint32_t srid(std::string_view canonical);

} // namespace ferry::spatial
