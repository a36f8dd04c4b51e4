#include "valuecompare.h"

#include "values/canonical.h"
#include "values/pgarray.h"

#include <charconv>
#include <cstring>

namespace ferry::valuecompare {

namespace {

bool numeric(const ColumnType &t)
{
    switch (t.kind) {
    case TypeKind::Integer:
    case TypeKind::Decimal:
    case TypeKind::Boolean:
    case TypeKind::Year:
    case TypeKind::Bit: return true;
    default: return false;
    }
}

// "-0012.3400" -> "-12.34", "0.000" -> "0", "+5" -> "5". Non-numbers come back unchanged.
std::string canonicalDecimal(std::string_view v)
{
    size_t i = 0;
    bool negative = false;
    if (i < v.size() && (v[i] == '-' || v[i] == '+')) {
        negative = v[i] == '-';
        ++i;
    }
    const size_t digitsStart = i;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9')
        ++i;
    std::string_view whole = v.substr(digitsStart, i - digitsStart);
    std::string_view fraction;
    if (i < v.size() && v[i] == '.') {
        const size_t f = ++i;
        while (i < v.size() && v[i] >= '0' && v[i] <= '9')
            ++i;
        fraction = v.substr(f, i - f);
    }
    if (i != v.size() || (whole.empty() && fraction.empty()))
        return std::string(v); // NaN, text in a numeric column: compared as it is
    while (whole.size() > 1 && whole.front() == '0')
        whole.remove_prefix(1);
    while (!fraction.empty() && fraction.back() == '0')
        fraction.remove_suffix(1);
    std::string out;
    if (whole.empty())
        whole = "0";
    const bool zero = whole == "0" && fraction.empty();
    if (negative && !zero)
        out += '-';
    out += whole;
    if (!fraction.empty()) {
        out += '.';
        out += fraction;
    }
    return out;
}

std::string floatForm(std::string_view v, bool single)
{
    if (v == "NaN" || v == "Infinity" || v == "-Infinity")
        return std::string(v);
    double d = 0;
    const auto r = std::from_chars(v.data(), v.data() + v.size(), d);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size())
        return std::string(v);
    return single ? canonical::formatFloat(float(d)) : canonical::formatDouble(d);
}

std::string temporalForm(std::string_view v)
{
    // Drop trailing zeros of a fraction and a fraction that is all zeros.
    const size_t dot = v.rfind('.');
    if (dot == std::string_view::npos)
        return std::string(v);
    size_t end = v.size();
    while (end > dot + 1 && v[end - 1] == '0')
        --end;
    if (end == dot + 1)
        end = dot;
    return std::string(v.substr(0, end));
}

// The exact decimal value of the double a text denotes ("0.01" -> "0.01000000000000000020816...").
std::string exactDouble(std::string_view v)
{
    if (v.find_first_of(".eE") == std::string_view::npos)
        return canonicalDecimal(v); // an integer: SQLite stored it as an integer, exactly
    double d = 0;
    const auto r = std::from_chars(v.data(), v.data() + v.size(), d);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size())
        return std::string(v);
    char buffer[1200]; // a double's expansion has at most 767 significant digits after 0.
    const auto w = std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::fixed, 1074);
    if (w.ec != std::errc())
        return std::string(v);
    return canonicalDecimal(std::string_view(buffer, size_t(w.ptr - buffer)));
}

} // namespace

Form formFor(const ColumnType &source, const ColumnType &target)
{
    if (source.array && !target.array) {
        switch (source.elementKind) {
        case TypeKind::Integer:
        case TypeKind::Decimal:
        case TypeKind::Float:
        case TypeKind::Double: return Form::ArrayOfNumbers;
        case TypeKind::Boolean: return Form::ArrayOfBooleans;
        default: return Form::ArrayOfText;
        }
    }
    if (numeric(source) && numeric(target))
        return Form::Number;
    const bool sourceFloat = source.kind == TypeKind::Float || source.kind == TypeKind::Double;
    const bool targetFloat = target.kind == TypeKind::Float || target.kind == TypeKind::Double;
    if (sourceFloat || targetFloat) {
        if (source.kind == TypeKind::Float || target.kind == TypeKind::Float)
            return Form::Float;
        return Form::Double;
    }
    if (numeric(source) || numeric(target))
        return Form::Number;
    if (source.kind == TypeKind::Char || target.kind == TypeKind::Char)
        return Form::CharPadded;
    if (source.kind == TypeKind::Time || source.kind == TypeKind::DateTime
        || source.kind == TypeKind::TimestampTz || target.kind == TypeKind::Time
        || target.kind == TypeKind::DateTime || target.kind == TypeKind::TimestampTz)
        return Form::Temporal;
    return Form::Bytes;
}

std::string normalize(Form form, std::string_view v)
{
    switch (form) {
    case Form::Bytes: return std::string(v);
    case Form::Number: return canonicalDecimal(v);
    case Form::Float: return floatForm(v, true);
    case Form::Double: return floatForm(v, false);
    case Form::CharPadded: {
        size_t end = v.size();
        while (end > 0 && v[end - 1] == ' ')
            --end;
        return std::string(v.substr(0, end));
    }
    case Form::Temporal: return temporalForm(v);
    case Form::DecimalInDouble: return exactDouble(v);
    case Form::ArrayOfText:
    case Form::ArrayOfNumbers:
    case Form::ArrayOfBooleans: {
        const TypeKind element = form == Form::ArrayOfNumbers ? TypeKind::Decimal
            : form == Form::ArrayOfBooleans                   ? TypeKind::Boolean
                                                              : TypeKind::Text;
        auto json = pgarray::toJson(v, element);
        return json ? *json : std::string(v);
    }
    }
    return std::string(v);
}

std::string_view normalizeView(Form form, std::string_view v, std::string &buffer)
{
    switch (form) {
    case Form::Bytes: return v;
    case Form::CharPadded: {
        size_t end = v.size();
        while (end > 0 && v[end - 1] == ' ')
            --end;
        return v.substr(0, end);
    }
    case Form::Temporal: {
        const size_t dot = v.rfind('.');
        if (dot == std::string_view::npos)
            return v;
        size_t end = v.size();
        while (end > dot + 1 && v[end - 1] == '0')
            --end;
        return v.substr(0, end == dot + 1 ? dot : end);
    }
    case Form::Number: {
        // Most numbers are canonical already: no sign '+', no leading zero, no trailing zero
        // in a fraction.
        const bool plain = !v.empty() && v.front() != '+'
            && !(v.size() > 1 && v.front() == '0' && v[1] != '.')
            && !(v.size() > 2 && v[0] == '-' && v[1] == '0' && v[2] != '.')
            && (v.find('.') == std::string_view::npos || (v.back() != '0' && v.back() != '.'))
            && v != "-0";
        if (plain)
            return v;
        buffer = canonicalDecimal(v);
        return buffer;
    }
    case Form::Float:
    case Form::Double:
    case Form::DecimalInDouble:
    case Form::ArrayOfText:
    case Form::ArrayOfNumbers:
    case Form::ArrayOfBooleans: buffer = normalize(form, v); return buffer;
    }
    return v;
}

} // namespace ferry::valuecompare
