#pragma once

#include "pipeline/runprogress.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTextStream>

namespace ferry::cli {

// Shows a run on the terminal: on a TTY a block of per-table bars with rows/s and ETA, redrawn
// in place; otherwise plain lines (a table's start and end, and a summary every 10 s).
// Messages go to stderr. Called from the run's threads; serialized inside.
class TerminalProgress : public RunObserver
{
public:
    TerminalProgress(bool interactive, bool quiet);
    void progress(const RunProgress &p) override;
    void message(const QString &level, const QString &text) override;
    // Leaves the last picture on screen and moves below it.
    void finish();

private:
    void draw(const RunProgress &p);
    void clear();

    bool m_interactive;
    bool m_quiet;
    QMutex m_mutex;
    QTextStream m_err;
    int m_linesDrawn = 0;
    QElapsedTimer m_sinceLine;
    QHash<QString, TableState> m_tableStates;
    RunProgress m_last;
};

QString formatDuration(double seconds);
QString formatCount(double value);

} // namespace ferry::cli
