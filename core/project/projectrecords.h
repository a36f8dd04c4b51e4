#pragma once

#include "pipeline/runrecords.h"

#include <memory>

namespace ferry {

class MetaStore;

// One project's run records (steps, tables, log, samples, progress) in the metadata store, for
// the steps of its runs. Any thread: each call uses the calling thread's store connection.
class ProjectRecords : public RunRecords
{
public:
    ProjectRecords(std::shared_ptr<MetaStore> store, qint64 projectId);

    Result<QList<StepRecord>> steps() const override;
    Status setStep(const QString &step, StepState state, const QString &error = {}) override;
    Result<QList<TableRecord>> tables() const override;
    Status saveTable(const TableRecord &table) override;
    Status log(const QString &level, const QString &message) override;
    Status addSample(const MetricSample &sample) override;
    Status setProgress(double progress) override;
    Status saveStream(const StreamRecord &stream) override;
    Result<QList<StreamRecord>> streams() const override;

private:
    std::shared_ptr<MetaStore> m_store;
    qint64 m_projectId;
};

} // namespace ferry
