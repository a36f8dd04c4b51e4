#include "logreader.h"
#include "common/language.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

const QStringList kLevels = {u"debug"_s, u"info"_s, u"warning"_s, u"critical"_s, u"fatal"_s};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

// `term` as a whole word of `text` (project names hold '-': "shop" is not in "shop-sync").
bool containsWord(const QString &text, const QString &term)
{
    if (term.isEmpty())
        return false;
    qsizetype at = 0;
    while ((at = text.indexOf(term, at)) >= 0) {
        const qsizetype end = at + term.size();
        const bool startOk = at == 0 || !isWordChar(text[at - 1]);
        const bool endOk = end >= text.size() || !isWordChar(text[end]);
        if (startOk && endOk)
            return true;
        at = end;
    }
    return false;
}

quint64 inodeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return quint64(st.st_ino);
}

// Appends the entries of `lines` (whole lines, without newlines) to `out`; a continuation line
// joins the entry before it (or starts a format-less entry at the top of a file).
void appendLines(const QList<QByteArray> &lines, const QString &file, QList<LogEntry> *out)
{
    for (const QByteArray &raw : lines) {
        if (raw.isEmpty())
            continue;
        const QString line = QString::fromUtf8(raw);
        if (auto entry = LogReader::parseLine(line)) {
            entry->file = file;
            out->append(*entry);
        } else if (!out->isEmpty() && out->last().file == file) {
            out->last().message += u'\n' + line;
        } else {
            LogEntry e;
            e.file = file;
            e.message = line;
            out->append(e);
        }
    }
}

} // namespace

QString LogEntry::text() const
{
    if (!at.isValid())
        return message;
    return at.toString(Qt::ISODateWithMs) + u' ' + level + u' ' + category + u" ["_s + thread
        + u"] "_s + message;
}

bool LogEntry::isError() const
{
    return LogReader::levelRank(level) >= LogReader::levelRank(u"warning"_s);
}

bool LogQuery::matches(const LogEntry &e) const
{
    if (!minLevel.isEmpty() && LogReader::levelRank(e.level) < LogReader::levelRank(minLevel))
        return false;
    if (!category.isEmpty() && e.category != category && !e.category.startsWith(category + u'.'))
        return false;
    if (!thread.isEmpty() && e.thread != thread)
        return false;
    if (!text.isEmpty() && !e.text().contains(text, Qt::CaseInsensitive))
        return false;
    if (!terms.isEmpty()) {
        const QString all = e.text();
        bool named = false;
        for (const QString &t : terms)
            named = named || containsWord(all, t);
        if (!named)
            return false;
    }
    return true;
}

LogReader::LogReader(QString path, int keep)
    : m_path(std::move(path))
    , m_keep(keep)
{ }

QStringList LogReader::files() const
{
    QStringList out;
    for (int n = m_keep; n >= 1; --n) {
        const QString f = m_path + u'.' + QString::number(n);
        if (QFileInfo::exists(f))
            out.append(f);
    }
    if (QFileInfo::exists(m_path))
        out.append(m_path);
    return out;
}

int LogReader::levelRank(const QString &level)
{
    return int(kLevels.indexOf(level));
}

std::optional<LogEntry> LogReader::parseLine(const QString &line)
{
    // time level category [thread] message
    const qsizetype s1 = line.indexOf(u' ');
    if (s1 < 20)
        return std::nullopt;
    const qsizetype s2 = line.indexOf(u' ', s1 + 1);
    if (s2 < 0)
        return std::nullopt;
    const qsizetype s3 = line.indexOf(u' ', s2 + 1);
    if (s3 < 0 || s3 + 1 >= line.size() || line[s3 + 1] != u'[')
        return std::nullopt;
    const qsizetype close = line.indexOf(u"] "_s, s3 + 2);
    if (close < 0)
        return std::nullopt;
    LogEntry e;
    e.at = QDateTime::fromString(line.left(s1), Qt::ISODateWithMs);
    e.level = line.mid(s1 + 1, s2 - s1 - 1);
    if (!e.at.isValid() || levelRank(e.level) < 0)
        return std::nullopt;
    e.at = e.at.toUTC();
    e.category = line.mid(s2 + 1, s3 - s2 - 1);
    e.thread = line.mid(s3 + 2, close - s3 - 2);
    e.message = line.mid(close + 2);
    return e;
}

Status LogReader::readNew(const QString &file, qint64 from, qint64 *end, QList<LogEntry> *out) const
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (!f.exists()) {
            *end = from;
            return {};
        }
        return fail(Error::Code::Io,
                    Text::tr("cannot read the log file %1: %2").arg(file, f.errorString()),
                    Text::tr("Check the file's permissions."), file);
    }
    if (from > f.size())
        from = 0; // truncated or replaced
    f.seek(from);
    const QByteArray data = f.readAll();
    const qsizetype lastNewline = data.lastIndexOf('\n');
    if (lastNewline < 0) {
        *end = from;
        return {};
    }
    *end = from + lastNewline + 1;
    appendLines(data.left(lastNewline).split('\n'), QFileInfo(file).fileName(), out);
    return {};
}

Result<QList<LogEntry>> LogReader::read(const LogQuery &query) const
{
    QList<LogEntry> out;
    for (const QString &file : files()) {
        QList<LogEntry> entries;
        qint64 end = 0;
        if (auto ok = readNew(file, 0, &end, &entries); !ok)
            return std::unexpected(ok.error());
        for (LogEntry &e : entries)
            if (query.matches(e))
                out.append(std::move(e));
        if (query.limit > 0 && out.size() > query.limit)
            out.remove(0, out.size() - query.limit);
    }
    return out;
}

Result<std::optional<LogEntry>> LogReader::firstError(const LogQuery &query) const
{
    for (const QString &file : files()) {
        QList<LogEntry> entries;
        qint64 end = 0;
        if (auto ok = readNew(file, 0, &end, &entries); !ok)
            return std::unexpected(ok.error());
        for (const LogEntry &e : std::as_const(entries))
            if (e.isError() && query.matches(e))
                return std::optional<LogEntry>(e);
    }
    return std::optional<LogEntry>();
}

Result<QList<LogEntry>> LogReader::follow(const LogQuery &query)
{
    QList<LogEntry> fresh;
    if (!m_following) {
        auto all = read(query);
        if (!all)
            return all;
        m_inode = inodeOf(m_path);
        QFile f(m_path);
        m_offset = 0;
        if (f.open(QIODevice::ReadOnly)) {
            // Up to the last whole line: a line being written comes with the next call.
            const QByteArray data = f.readAll();
            m_offset = data.lastIndexOf('\n') + 1;
        }
        m_following = true;
        return all;
    }
    const quint64 now = inodeOf(m_path);
    if (m_inode != 0 && now != m_inode) {
        // Rotated since the last call: the rest of the file we followed is path.1 (or further
        // on, after several rotations: then the lines between are read from where they are).
        for (int n = 1; n <= m_keep; ++n) {
            const QString rotated = m_path + u'.' + QString::number(n);
            if (inodeOf(rotated) == m_inode) {
                for (int k = n; k >= 1; --k) {
                    const QString f = m_path + u'.' + QString::number(k);
                    qint64 end = 0;
                    if (auto ok = readNew(f, k == n ? m_offset : 0, &end, &fresh); !ok)
                        return std::unexpected(ok.error());
                }
                break;
            }
        }
        m_offset = 0;
        m_inode = now;
    }
    if (m_inode == 0)
        m_inode = now;
    qint64 end = m_offset;
    if (auto ok = readNew(m_path, m_offset, &end, &fresh); !ok)
        return std::unexpected(ok.error());
    m_offset = end;
    QList<LogEntry> out;
    for (LogEntry &e : fresh)
        if (query.matches(e))
            out.append(std::move(e));
    return out;
}

} // namespace ferry
