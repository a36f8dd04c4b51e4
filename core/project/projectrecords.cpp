#include "projectrecords.h"

#include "projectrepository.h"

namespace ferry {

ProjectRecords::ProjectRecords(std::shared_ptr<MetaStore> store, qint64 projectId)
    : m_store(std::move(store))
    , m_projectId(projectId)
{ }

Result<QList<StepRecord>> ProjectRecords::steps() const
{
    return ProjectRepository(m_store).steps(m_projectId);
}

Status ProjectRecords::setStep(const QString &step, StepState state, const QString &error)
{
    return ProjectRepository(m_store).setStep(m_projectId, step, state, error);
}

Result<QList<TableRecord>> ProjectRecords::tables() const
{
    return ProjectRepository(m_store).tables(m_projectId);
}

Status ProjectRecords::saveTable(const TableRecord &table)
{
    return ProjectRepository(m_store).saveTable(m_projectId, table);
}

Status ProjectRecords::log(const QString &level, const QString &message)
{
    return ProjectRepository(m_store).log(m_projectId, level, message);
}

Status ProjectRecords::addSample(const MetricSample &sample)
{
    return ProjectRepository(m_store).addSample(m_projectId, sample);
}

Status ProjectRecords::setProgress(double progress)
{
    return ProjectRepository(m_store).setProgress(m_projectId, progress);
}

Status ProjectRecords::saveStream(const StreamRecord &stream)
{
    return ProjectRepository(m_store).saveStream(m_projectId, stream);
}

Result<QList<StreamRecord>> ProjectRecords::streams() const
{
    return ProjectRepository(m_store).streams(m_projectId);
}

} // namespace ferry
