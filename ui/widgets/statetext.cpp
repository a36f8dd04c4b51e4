#include "statetext.h"

using namespace Qt::StringLiterals;

namespace ferry::ui {

QString StateText::step(const QString &stepId)
{
    if (stepId == u"schema")
        return tr("schema");
    if (stepId == u"full")
        return tr("full");
    if (stepId == u"incremental")
        return tr("incremental");
    if (stepId == u"verify")
        return tr("verify");
    if (stepId == u"reverse")
        return tr("reverse");
    return stepId;
}

QString StateText::steps(const QStringList &stepIds)
{
    QStringList names;
    for (const QString &id : stepIds)
        names << step(id);
    return names.join(tr(", "));
}

QString StateText::of(StepState state)
{
    switch (state) {
    case StepState::Pending: return tr("pending");
    case StepState::Running: return tr("running");
    case StepState::Done: return tr("done");
    case StepState::Failed: return tr("failed");
    case StepState::Skipped: return tr("skipped");
    }
    return stateId(state);
}

QString StateText::of(TableState state)
{
    switch (state) {
    case TableState::Pending: return tr("pending");
    case TableState::Planning: return tr("planning");
    case TableState::Copying: return tr("copying");
    case TableState::Indexing: return tr("indexing");
    case TableState::Verifying: return tr("verifying");
    case TableState::Done: return tr("done");
    case TableState::Failed: return tr("failed");
    }
    return stateId(state);
}

QString StateText::of(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Reader: return tr("reader");
    case ComponentKind::Writer: return tr("writer");
    case ComponentKind::ChangeReader: return tr("change reader");
    case ComponentKind::Applier: return tr("applier");
    case ComponentKind::Verifier: return tr("verifier");
    case ComponentKind::Sink: return tr("sink");
    }
    return stateId(kind);
}

QString StateText::of(ProjectState state)
{
    switch (state) {
    case ProjectState::NotStarted: return tr("Not started");
    case ProjectState::Running: return tr("Running");
    case ProjectState::Paused: return tr("Paused");
    case ProjectState::Interrupted: return tr("Interrupted");
    case ProjectState::Failed: return tr("Failed");
    case ProjectState::Completed: return tr("Completed");
    case ProjectState::Releasing: return tr("Releasing");
    case ProjectState::Released: return tr("Released");
    }
    return projectStateName(state);
}

QString StateText::engine(Engine engine)
{
    if (engine == Engine::OceanBaseMySql)
        return tr("OceanBase (MySQL mode)");
    return engines::displayName(engine);
}

} // namespace ferry::ui
