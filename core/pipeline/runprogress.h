#pragma once

#include "stepstate.h"
#include "tablestate.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ferry {

// How one table of a running project is doing.
struct TableProgress
{
    QString source;
    QString target;
    TableState state = TableState::Pending;
    qint64 rowsDone = 0;
    qint64 rowsTotal = 0; // estimate until the table is done
    qint64 bytesDone = 0;
    int chunksDone = 0;
    int chunksTotal = 0;
    double rowsPerSecond = 0;
    double etaSeconds = -1;
    QString error;
};

// A snapshot of a running project, sent a few times a second (queued) to whoever watches:
// the terminal, the console. Receivers drop snapshots whose runId is not the current one.
struct RunProgress
{
    qint64 projectId = 0;
    QString runId;
    QString step; // schema, full, verify, ...
    StepState stepState = StepState::Running;
    QList<TableProgress> tables;
    qint64 rowsDone = 0;
    qint64 rowsTotal = 0;
    qint64 bytesDone = 0;
    double rowsPerSecond = 0;
    double bytesPerSecond = 0;
    double fraction = 0; // 0..1 of the current step
    double etaSeconds = -1;
    QDateTime at;
};

// Receives what a run reports. Called from the run's thread: implementations that touch a UI
// post to it (queued signals).
class RunObserver
{
public:
    virtual ~RunObserver() = default;
    virtual void progress(const RunProgress &) { }
    // level: info, warning, error
    virtual void message(const QString &level, const QString &text)
    {
        Q_UNUSED(level);
        Q_UNUSED(text);
    }
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::RunProgress)
