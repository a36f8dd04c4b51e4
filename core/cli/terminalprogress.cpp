#include "terminalprogress.h"

#include "common/language.h"
#include "terminal.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ferry::cli {

QString formatDuration(double seconds)
{
    if (seconds < 0)
        return u"--:--"_s;
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return u"%1:%2:%3"_s.arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QChar(u'0'))
            .arg(s % 60, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(s / 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
}

QString formatCount(double v)
{
    if (v >= 1e9)
        return QString::number(v / 1e9, 'f', 2) + u'G';
    if (v >= 1e6)
        return QString::number(v / 1e6, 'f', 2) + u'M';
    if (v >= 1e4)
        return QString::number(v / 1e3, 'f', 1) + u'k';
    return QString::number(qint64(v));
}

TerminalProgress::TerminalProgress(bool interactive, bool quiet)
    : m_interactive(interactive)
    , m_quiet(quiet)
    , m_err(stderr)
{
    m_sinceLine.start();
}

void TerminalProgress::clear()
{
    for (int i = 0; i < m_linesDrawn; ++i)
        m_err << "\x1b[1A\x1b[2K";
    m_linesDrawn = 0;
}

static QString bar(double fraction, int width)
{
    const int filled = int(std::clamp(fraction, 0.0, 1.0) * width + 0.5);
    return QString(filled, u'#') + QString(width - filled, u'.');
}

void TerminalProgress::draw(const RunProgress &p)
{
    clear();
    const int width = std::max(60, terminal::width());
    QStringList lines;
    lines << Text::tr("%1  %2%  %3 rows  %4 rows/s  %5 MB/s  ETA %6")
                 .arg(p.step.isEmpty() ? u"run"_s : p.step,
                      QString::number(p.fraction * 100, 'f', 1), formatCount(double(p.rowsDone)),
                      formatCount(p.rowsPerSecond), QString::number(p.bytesPerSecond / 1e6, 'f', 1),
                      formatDuration(p.etaSeconds));
    int shown = 0, done = 0;
    for (const TableProgress &t : p.tables) {
        if (t.state == TableState::Done) {
            ++done;
            continue;
        }
        if (t.state == TableState::Pending || shown >= 12)
            continue;
        ++shown;
        const double fraction = t.rowsTotal > 0 ? double(t.rowsDone) / double(t.rowsTotal) : 0;
        const int nameWidth = std::min(28, width / 3);
        QString name = t.source;
        if (name.size() > nameWidth)
            name = u"…"_s + name.right(nameWidth - 1);
        lines << Text::tr("  %1 [%2] %3% %4 rows %5/s %6 %7")
                     .arg(name.leftJustified(nameWidth), bar(fraction, 20),
                          QString::number(fraction * 100, 'f', 0).rightJustified(3),
                          formatCount(double(t.rowsDone)), formatCount(t.rowsPerSecond),
                          formatDuration(t.etaSeconds),
                          t.state == TableState::Failed
                              ? Text::tr("FAILED")
                              : (t.state == TableState::Indexing ? stateId(t.state) : QString()));
    }
    if (!p.tables.isEmpty())
        lines << u"  "_s + Text::tr("%1 of %2 tables done").arg(done).arg(p.tables.size());
    for (const QString &line : std::as_const(lines))
        m_err << line.left(width - 1) << '\n';
    m_linesDrawn = int(lines.size());
    m_err.flush();
}

void TerminalProgress::progress(const RunProgress &p)
{
    QMutexLocker lock(&m_mutex);
    m_last = p;
    if (m_quiet)
        return;
    if (m_interactive) {
        draw(p);
        return;
    }
    // Plain output: state changes of tables, and a summary line every 10 s.
    for (const TableProgress &t : p.tables) {
        const auto before = m_tableStates.constFind(t.source);
        if (before != m_tableStates.cend() && *before == t.state)
            continue;
        m_tableStates.insert(t.source, t.state);
        if (t.state == TableState::Copying)
            m_err << Text::tr("table %1 -> %2: copying %3 chunk(s)")
                         .arg(t.source, t.target)
                         .arg(t.chunksTotal)
                  << '\n';
        else if (t.state == TableState::Verifying)
            m_err << Text::tr("table %1 -> %2: verifying").arg(t.source, t.target) << '\n';
        else if (t.state == TableState::Done)
            m_err << Text::tr("table %1: done, %2 rows").arg(t.source).arg(t.rowsDone) << '\n';
        else if (t.state == TableState::Failed)
            m_err << Text::tr("table %1: FAILED: %2").arg(t.source, t.error) << '\n';
    }
    if (m_sinceLine.elapsed() >= 10000 && p.rowsDone > 0) {
        m_sinceLine.restart();
        m_err << Text::tr("%1: %2% %3 rows, %4 rows/s, ETA %5")
                     .arg(p.step, QString::number(p.fraction * 100, 'f', 1))
                     .arg(p.rowsDone)
                     .arg(qint64(p.rowsPerSecond))
                     .arg(formatDuration(p.etaSeconds))
              << '\n';
    }
    m_err.flush();
}

void TerminalProgress::message(const QString &level, const QString &text)
{
    QMutexLocker lock(&m_mutex);
    if (m_quiet && level == u"info")
        return;
    if (m_interactive)
        clear();
    m_err << (level == u"error" ? Text::tr("error: ")
                                : (level == u"warning" ? Text::tr("warning: ") : QString()))
          << text << '\n';
    m_err.flush();
    if (m_interactive && !m_last.step.isEmpty() && m_last.step == u"full")
        draw(m_last);
}

void TerminalProgress::finish()
{
    QMutexLocker lock(&m_mutex);
    m_linesDrawn = 0;
    m_err.flush();
}

} // namespace ferry::cli
