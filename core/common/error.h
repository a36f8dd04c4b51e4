#pragma once

#include <QString>

#include <expected>

namespace ferry {

// A failure as a value: what went wrong, on which object, and what the user can do about it.
// Any thread may create and copy one.
struct Error
{
    enum class Code {
        InvalidInput, // bad usage or a value that does not validate (exit code 2)
        NotFound, // a named object does not exist
        Conflict, // a unique name taken, an object in use
        Connection, // host unreachable, port refused, timeout
        Authentication, // wrong user or password
        Tls, // TLS required, refused or not verifiable
        Permission, // missing privileges, unreadable file
        Unsupported, // a feature, type or engine Ferry cannot handle (yet)
        Database, // any other server-side error
        DataRejected, // a value the target refuses
        Io, // local files
        Locked, // the secret vault is locked or the master password is wrong
        Cancelled, // stopped on request
        Mismatch, // verification found differences (exit code 3)
        Internal,
    };

    Code code = Code::Internal;
    QString message; // what happened, naming the object
    QString fix; // what to do about it; may be empty
    QString object; // the object concerned (data source, table, file), for grouping
    QString sqlState;

    // "message. fix" — the one line shown to users and printed by the command line.
    QString text() const;
    // `message` and `fix` as text() joins them: ". " in English, "。" in Chinese.
    static QString joined(const QString &message, const QString &fix);
    static QString codeName(Code code);
};

Error makeError(Error::Code code, const QString &message, const QString &fix = {},
                const QString &object = {});

// A value or the Error that stopped it. [[nodiscard]]: a result nobody looks at is a failure
// nobody sees; where dropping one is meant, say why and log it (logIfFailed below).
template<typename T>
class [[nodiscard]] Result : public std::expected<T, Error>
{
    using Base = std::expected<T, Error>;

public:
    using Base::Base;
    Result() = default;
    Result(const Base &other)
        : Base(other)
    { }
    Result(Base &&other)
        : Base(std::move(other))
    { }
};

// Result of an operation that returns nothing but may fail.
using Status = Result<void>;

inline std::unexpected<Error> fail(Error::Code code, const QString &message,
                                   const QString &fix = {}, const QString &object = {})
{
    return std::unexpected(makeError(code, message, fix, object));
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected(std::move(error));
}

} // namespace ferry
