#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ferry::jsontext {

// Appends `text` (UTF-8) as a JSON string, quotes included. Control characters are escaped;
// bytes that are not UTF-8 are written as U+FFFD, so a message is always valid JSON.
void appendString(std::string &out, std::string_view text);
// Appends the standard base64 (RFC 4648, padded) of `bytes`, as a JSON string.
void appendBase64(std::string &out, std::string_view bytes);
void appendInt(std::string &out, int64_t value);
// The base64 text alone (no quotes).
std::string base64(std::string_view bytes);

} // namespace ferry::jsontext
