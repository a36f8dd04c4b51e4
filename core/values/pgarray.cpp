#include "pgarray.h"

#include <cstdio>

namespace ferry::pgarray {

namespace {

bool isNumberKind(TypeKind k)
{
    return k == TypeKind::Integer || k == TypeKind::Decimal || k == TypeKind::Float
        || k == TypeKind::Double;
}

// A JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view v)
{
    size_t i = 0;
    const auto digits = [&] {
        const size_t from = i;
        while (i < v.size() && v[i] >= '0' && v[i] <= '9')
            ++i;
        return i - from;
    };
    if (i < v.size() && v[i] == '-')
        ++i;
    const size_t start = i;
    const size_t whole = digits();
    if (whole == 0 || (whole > 1 && v[start] == '0'))
        return false;
    if (i < v.size() && v[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    }
    if (i < v.size() && (v[i] == 'e' || v[i] == 'E')) {
        ++i;
        if (i < v.size() && (v[i] == '+' || v[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == v.size();
}

void appendJsonString(std::string &out, std::string_view v)
{
    out += '"';
    for (const char ch : v) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(c));
                out += buffer;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

bool parseArray(std::string_view s, size_t &i, TypeKind element, std::string &out)
{
    if (i >= s.size() || s[i] != '{')
        return false;
    ++i;
    out += '[';
    if (i < s.size() && s[i] == '}') {
        ++i;
        out += ']';
        return true;
    }
    for (bool first = true;; first = false) {
        if (!first)
            out += ", ";
        if (i >= s.size())
            return false;
        if (s[i] == '{') {
            if (!parseArray(s, i, element, out))
                return false;
        } else {
            std::string value;
            bool quoted = false;
            if (s[i] == '"') {
                quoted = true;
                ++i;
                for (;; ++i) {
                    if (i >= s.size())
                        return false;
                    if (s[i] == '\\') {
                        if (++i >= s.size())
                            return false;
                        value += s[i];
                    } else if (s[i] == '"') {
                        ++i;
                        break;
                    } else {
                        value += s[i];
                    }
                }
            } else {
                while (i < s.size() && s[i] != ',' && s[i] != '}')
                    value += s[i++];
            }
            if (!quoted && value == "NULL")
                out += "null";
            else if (isNumberKind(element) && isJsonNumber(value))
                out += value;
            else if (element == TypeKind::Boolean && (value == "t" || value == "f"))
                out += value == "t" ? "true" : "false";
            else
                appendJsonString(out, value);
        }
        if (i >= s.size())
            return false;
        if (s[i] == '}') {
            ++i;
            out += ']';
            return true;
        }
        if (s[i] != ',')
            return false;
        ++i;
    }
}

} // namespace

std::optional<std::string> toJson(std::string_view text, TypeKind element)
{
    std::string out;
    out.reserve(text.size() + 16);
    size_t i = 0;
    if (!parseArray(text, i, element, out) || i != text.size())
        return std::nullopt;
    return out;
}

} // namespace ferry::pgarray
