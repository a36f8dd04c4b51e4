#pragma once

#include "schema/columntype.h"

#include <optional>
#include <string>
#include <string_view>

// PostgreSQL arrays for engines without arrays: the array text PostgreSQL prints
// ({Trailers,"Deleted Scenes",NULL}, nested {{1,2},{3,4}}) as a JSON array. Any thread.
namespace ferry::pgarray {

// The JSON array of an array text: elements of a numeric kind (Integer, Decimal, Float, Double)
// become JSON numbers as PostgreSQL printed them (NaN and Infinity, which JSON has no number
// for, become strings), Boolean elements true/false, NULL null, anything else a JSON string;
// nested arrays nest. Elements are separated by ", " (MySQL 8 prints JSON so, MariaDB keeps it
// as written). std::nullopt when `text` is not an array literal PostgreSQL prints (explicit
// bounds such as "[0:1]={1,2}" included).
std::optional<std::string> toJson(std::string_view text, TypeKind element);

} // namespace ferry::pgarray
