#include "logging.h"

#include "logfile.h"

#include <QDateTime>
#include <QMutex>
#include <QRegularExpression>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace ferry {

// Info by default: debug output costs time on hot paths and fills the log of every user.
Q_LOGGING_CATEGORY(lcStore, "ferry.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "ferry.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "ferry.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSchema, "ferry.schema", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTransfer, "ferry.transfer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProject, "ferry.project", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSink, "ferry.sink", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAdmin, "ferry.admin", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVerify, "ferry.verify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "ferry.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "ferry.ui", QtInfoMsg)

namespace {

struct LogSink
{
    QMutex mutex;
    std::unique_ptr<LogFile> file;
    bool alsoStderr = false;
    QtMessageHandler previous = nullptr;
};

LogSink &sink()
{
    static LogSink s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogSink &s = sink();
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8()
        + ' ' + levelName(type) + ' ' + (context.category ? context.category : "default") + " ["
        + QByteArray::number(quintptr(QThread::currentThreadId()), 16) + "] " + message.toUtf8()
        + '\n';
    {
        QMutexLocker lock(&s.mutex);
        if (s.file)
            s.file->write(line); // LogFile serialises with other threads and processes
    }
    if (s.alsoStderr) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

} // namespace

void installLogFile(const QString &path, bool alsoStderr, qint64 maxBytes, int keep)
{
    LogSink &s = sink();
    {
        QMutexLocker lock(&s.mutex);
        auto file = std::make_unique<LogFile>(path, maxBytes, keep);
        if (!file->open())
            std::fprintf(stderr, "ferry: cannot write the log file %s: %s\n", qPrintable(path),
                         qPrintable(file->errorString()));
        else
            s.file = std::move(file);
        s.alsoStderr = alsoStderr;
    }
    s.previous = qInstallMessageHandler(handler);
}

QString logFilePath()
{
    LogSink &s = sink();
    QMutexLocker lock(&s.mutex);
    return s.file ? s.file->path() : QString();
}

void setVerboseLogging(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? u"ferry.*.debug=true"_s : QString());
}

bool verboseLoggingRequested(const QStringList &arguments)
{
    if (arguments.contains(u"--verbose"_s))
        return true;
    const QString env = qEnvironmentVariable("FERRY_VERBOSE");
    return !env.isEmpty() && env != u"0";
}

QString maskSqlLiterals(const QString &sql, SqlQuoting quoting)
{
    const bool mysql = quoting == SqlQuoting::MySql;
    QString out;
    out.reserve(sql.size());
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql[i];
        const bool isString = c == u'\'' || (mysql && c == u'"');
        const bool isIdentifier = c == u'`' || (!mysql && c == u'"');
        if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            // A comment runs to the end of the line; its quotes open nothing.
            qsizetype end = sql.indexOf(u'\n', i);
            if (end < 0)
                end = n;
            out += QStringView(sql).sliced(i, end - i);
            i = end - 1;
        } else if (isIdentifier) {
            qsizetype j = i + 1;
            while (j < n && !(sql[j] == c && !(j + 1 < n && sql[j + 1] == c)))
                j += sql[j] == c ? 2 : 1;
            out += QStringView(sql).sliced(i, std::min(j + 1, n) - i);
            i = j;
        } else if (isString) {
            // E'…' (PostgreSQL) takes backslash escapes; the E is not part of a longer name.
            const bool escapes = mysql
                || (i > 0 && (sql[i - 1] == u'E' || sql[i - 1] == u'e')
                    && (i < 2 || !isIdentifierChar(sql[i - 2])));
            qsizetype j = i + 1;
            while (j < n) {
                if (escapes && sql[j] == u'\\') {
                    j += 2;
                } else if (sql[j] == c) {
                    if (j + 1 < n && sql[j + 1] == c)
                        j += 2;
                    else
                        break;
                } else {
                    ++j;
                }
            }
            out += c;
            out += u"***"_s;
            out += c;
            i = j; // the closing quote (or the end of an unterminated literal)
        } else {
            out += c;
        }
    }
    return out;
}

void logFailedStatement(const Error &error, const QString &sql, SqlQuoting quoting)
{
    constexpr qsizetype kShown = 2000;
    QString shown = maskSqlLiterals(sql.simplified(), quoting);
    if (shown.size() > kShown)
        shown = shown.left(kShown) + u"… (%1 characters)"_s.arg(shown.size());
    // Sessions prefix the server's message with the start of the statement, unmasked: the
    // log shows the masked statement instead.
    QString message = error.message;
    const QString prefix = sql.simplified().left(120) + u": "_s;
    if (message.startsWith(prefix))
        message = message.mid(prefix.size());
    // The server's first line only: PostgreSQL's LINE and DETAIL lines quote the statement and
    // the row's values. MySQL quotes values inline ("near '…'", "Duplicate entry '…'"): masked.
    message = message.section(u'\n', 0, 0).trimmed();
    // MySQL quotes the rest of the statement raw after "near" (quotes inside are not doubled).
    static const QRegularExpression nearText(u"near '.*' at line (\\d+)"_s);
    static const QRegularExpression quotedValue(
        u"(entry|value:?|string) '(?:[^'\\\\]|\\\\.|'')*'"_s);
    message.replace(nearText, u"near '***' at line \\1"_s);
    message.replace(quotedValue, u"\\1 '***'"_s);
    const QString object = error.object.isEmpty() ? u"(unknown object)"_s : error.object;
    const QString state = error.sqlState.isEmpty() ? QString() : u" [%1]"_s.arg(error.sqlState);
    if (error.code == Error::Code::Cancelled)
        qCInfo(lcEngine).noquote() << object + u": statement cancelled: "_s + shown;
    else
        qCWarning(lcEngine).noquote()
            << object + u": statement failed"_s + state + u": "_s + message + u" | SQL: "_s + shown;
}

bool logIfFailed(const QLoggingCategory &category, const Status &status, const char *why)
{
    if (status)
        return true;
    if (category.isWarningEnabled())
        QMessageLogger(nullptr, 0, nullptr, category.categoryName()).warning().noquote()
            << why << "-" << status.error().text();
    return false;
}

} // namespace ferry
