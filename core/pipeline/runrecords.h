#pragma once

#include "common/error.h"
#include "metricsample.h"
#include "steprecord.h"
#include "streamrecord.h"
#include "tablerecord.h"

#include <QList>

namespace ferry {

// What a run keeps about itself in the store, as its steps see it: step states, table records,
// the project's log, metric samples and progress. core/project implements it over
// ProjectRepository, so steps never include core/project. Implementations may be called from
// any thread at once (a streaming step writes beside a finite one).
class RunRecords
{
public:
    virtual ~RunRecords() = default;

    virtual Result<QList<StepRecord>> steps() const = 0;
    virtual Status setStep(const QString &step, StepState state, const QString &error = {}) = 0;

    virtual Result<QList<TableRecord>> tables() const = 0;
    virtual Status saveTable(const TableRecord &table) = 0;

    // level: info, warning, error
    virtual Status log(const QString &level, const QString &message) = 0;
    virtual Status addSample(const MetricSample &sample) = 0;
    virtual Status setProgress(double progress) = 0;

    // Where a change stream stands (saved every few seconds while it runs) and the streams
    // saved so far.
    virtual Status saveStream(const StreamRecord &stream) = 0;
    virtual Result<QList<StreamRecord>> streams() const = 0;
};

} // namespace ferry
