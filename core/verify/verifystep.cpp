#include "verifystep.h"

#include "common/language.h"
#include "common/logging.h"
#include "pipeline/componentregistry.h"
#include "pipeline/runrecords.h"
#include "pipeline/stepcontext.h"

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// Passes the verification's progress on and shows it on the verifier component.
class VerifierObserver : public RunObserver
{
public:
    VerifierObserver(RunObserver *next, ComponentEntry &component)
        : m_next(next)
        , m_component(component)
    { }
    void progress(const RunProgress &p) override
    {
        m_component.rows = p.rowsDone;
        m_component.bytes = p.bytesDone;
        for (const TableProgress &t : p.tables)
            if (t.state != TableState::Done && t.state != TableState::Pending) {
                m_component.setObject(t.source);
                break;
            }
        if (m_next)
            m_next->progress(p);
    }
    void message(const QString &level, const QString &text) override
    {
        if (level == u"error")
            ++m_component.errors;
        if (m_next)
            m_next->message(level, text);
    }

private:
    RunObserver *m_next;
    ComponentEntry &m_component;
};

} // namespace

VerifyStep::VerifyStep(VerifyMapping mapping, ReportHandler onReport)
    : m_mapping(std::move(mapping))
    , m_onReport(std::move(onReport))
{ }

QString VerifyStep::id() const
{
    return u"verify"_s;
}

Status VerifyStep::run(StepContext &context)
{
    VerifyMapping mapping = m_mapping;
    if (context.besideStream) {
        // The incremental step applies to the target meanwhile: rows in flight settle.
        mapping.options.besideStream = true;
        if (context.records)
            if (auto streams = context.records->streams())
                for (const StreamRecord &s : std::as_const(*streams))
                    mapping.options.streamLagMs =
                        std::max(mapping.options.streamLagMs, std::max<qint64>(0, s.lagMs));
        if (auto ok = context.message(
                lcProject(), u"info"_s,
                Text::tr("verification beside the change stream: rows that differ are read again "
                         "until they settle, for at most %1 s")
                    .arg(mapping.options.settleMs() / 1000));
            !ok)
            return ok;
    }
    ComponentScope component(context.projectId, context.runId, id(), ComponentKind::Verifier,
                             id() + u".verifier"_s);
    component->setState(ComponentState::Running);
    VerifierObserver observer(context.observer, component.entry());
    auto report = verifyMapping(mapping, context.source, context.target, context.cancel, &observer,
                                context.runId, context.projectId);
    if (!report)
        return std::unexpected(report.error());
    if (m_onReport)
        if (auto ok = m_onReport(*report); !ok)
            return ok;
    if (auto ok = context.message(lcProject(), report->consistent() ? u"info"_s : u"error"_s,
                                  Text::tr("verification: %1").arg(report->summary()));
        !ok)
        return ok;
    if (!report->consistent())
        return fail(
            Error::Code::Mismatch,
            Text::tr("verification found differences: %1").arg(report->summary()),
            Text::tr("Export the correction SQL (ferry verify --fix-sql), review and apply it, "
                     "then verify again."));
    return {};
}

} // namespace ferry
