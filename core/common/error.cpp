#include "error.h"

#include <algorithm>

namespace ferry {

QString Error::text() const
{
    return joined(message, fix);
}

QString Error::joined(const QString &message, const QString &fix)
{
    if (fix.isEmpty())
        return message;
    QString line = message;
    // A translated (Chinese) message and fix join with a full-width full stop and no space; an
    // English one that only names a Chinese object keeps the English glue.
    const auto hasWide = [](const QString &s) {
        return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x2E80; });
    };
    const bool wide = hasWide(line) && hasWide(fix);
    if (wide) {
        if (!line.endsWith(u'\u3002') && !line.endsWith(u'\uFF1A'))
            line += u'\u3002';
        return line + fix;
    }
    if (!line.endsWith(u'.') && !line.endsWith(u':'))
        line += u'.';
    return line + u' ' + fix;
}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::InvalidInput: return QStringLiteral("invalid-input");
    case Code::NotFound: return QStringLiteral("not-found");
    case Code::Conflict: return QStringLiteral("conflict");
    case Code::Connection: return QStringLiteral("connection");
    case Code::Authentication: return QStringLiteral("authentication");
    case Code::Tls: return QStringLiteral("tls");
    case Code::Permission: return QStringLiteral("permission");
    case Code::Unsupported: return QStringLiteral("unsupported");
    case Code::Database: return QStringLiteral("database");
    case Code::DataRejected: return QStringLiteral("data-rejected");
    case Code::Io: return QStringLiteral("io");
    case Code::Locked: return QStringLiteral("locked");
    case Code::Cancelled: return QStringLiteral("cancelled");
    case Code::Mismatch: return QStringLiteral("mismatch");
    case Code::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

Error makeError(Error::Code code, const QString &message, const QString &fix, const QString &object)
{
    Error e;
    e.code = code;
    e.message = message;
    e.fix = fix;
    e.object = object;
    return e;
}

} // namespace ferry
