#include "steprunner.h"

#include "common/language.h"
#include "common/logging.h"
#include "runrecords.h"

#include <QDateTime>

#include <mutex>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// A token cancelled whenever `parent` is, and also on its own: a step can be stopped alone
// (a streaming step when a finite one fails) without stopping the caller's run token. The step
// sees the parent's cancel at once; `link` runs the child's interrupts (KILL QUERY) on it too.
CancelToken childOf(const CancelToken &parent, std::optional<ScopedInterrupt> &link)
{
    CancelToken child = parent.child();
    link.emplace(parent, [child] { child.cancel(); });
    return child;
}

} // namespace

struct StepRunner::Streaming
{
    Step *step = nullptr;
    StepContext context;
    std::optional<ScopedInterrupt> link;
    std::thread thread;
    std::optional<Status> result; // set by the thread before it ends
};

StepRunner::StepRunner(StepContext context)
    : m_context(std::move(context))
{ }

QStringList StepRunner::stepsRun() const
{
    std::lock_guard lock(m_mutex);
    return m_stepsRun;
}

Status StepRunner::startStep(Step &step, StepContext &context)
{
    if (m_context.records)
        if (auto ok = m_context.records->setStep(step.id(), StepState::Running); !ok)
            return ok;
    if (auto ok =
            context.message(lcProject(), u"info"_s, Text::tr("step %1 started").arg(step.id()));
        !ok)
        return ok;
    RunProgress p;
    p.projectId = context.projectId;
    p.runId = context.runId;
    p.step = step.id();
    p.stepState = StepState::Running;
    p.at = QDateTime::currentDateTimeUtc();
    context.progress(p);
    return step.prepare(context);
}

Status StepRunner::finishStep(Step &step, const Status &result)
{
    if (!result) {
        const Error &e = result.error();
        const bool stopped = e.code == Error::Code::Cancelled;
        if (m_context.records)
            if (auto ok = m_context.records->setStep(
                    step.id(), stopped ? StepState::Pending : StepState::Failed, e.text());
                !ok)
                qCWarning(lcProject).noquote()
                    << u"step %1 ended (%2) but its state was not stored: %3"_s.arg(
                           step.id(), e.text(), ok.error().text());
        return result;
    }
    if (step.kind() == Step::Kind::Streaming) {
        if (m_context.records)
            if (auto ok = m_context.records->setStep(step.id(), StepState::Pending); !ok)
                return ok;
        return m_context.message(lcProject(), u"info"_s,
                                 Text::tr("step %1 stopped at a clean point; the next run goes on "
                                          "from there")
                                     .arg(step.id()));
    }
    if (m_context.records)
        if (auto ok = m_context.records->setStep(step.id(), StepState::Done); !ok)
            return ok;
    {
        std::lock_guard lock(m_mutex);
        m_stepsRun << step.id();
    }
    return m_context.message(lcProject(), u"info"_s, Text::tr("step %1 done").arg(step.id()));
}

Status StepRunner::run(const std::vector<std::unique_ptr<Step>> &steps)
{
    QHash<QString, StepState> stored;
    if (m_context.records) {
        auto records = m_context.records->steps();
        if (!records)
            return std::unexpected(records.error());
        for (const StepRecord &r : *records)
            stored.insert(r.step, r.state);
    }

    // Finite steps run on `finite`, a child of the run's token, so a failed streaming step can
    // stop the finite step beside it; each streaming step gets a child token of its own.
    std::optional<ScopedInterrupt> finiteLink;
    StepContext finite = m_context;
    finite.cancel = childOf(m_context.cancel, finiteLink);
    std::vector<std::unique_ptr<Streaming>> streaming;
    std::mutex failureMutex;
    std::optional<Error> streamFailure; // the first streaming step that failed

    std::optional<Error> failure; // why the finite part stopped
    for (const std::unique_ptr<Step> &step : steps) {
        if (isSettled(stored.value(step->id(), StepState::Pending)))
            continue;
        if (auto ok = step->anchor(finite); !ok) {
            failure = ok.error();
            if (m_context.records && failure->code != Error::Code::Cancelled)
                logIfFailed(
                    lcProject(),
                    m_context.records->setStep(step->id(), StepState::Failed, failure->text()),
                    "the step failed before it started; its state was not stored");
            break;
        }
    }
    for (const std::unique_ptr<Step> &step : steps) {
        if (failure)
            break;
        if (isSettled(stored.value(step->id(), StepState::Pending)))
            continue;
        if (finite.cancel.isCancelled()) {
            failure = makeError(Error::Code::Cancelled,
                                Text::tr("stopped before step %1").arg(step->id()),
                                Text::tr("Run the project again to resume."));
            break;
        }
        if (step->kind() == Step::Kind::Streaming) {
            auto s = std::make_unique<Streaming>();
            s->step = step.get();
            s->context = m_context;
            s->context.cancel = childOf(m_context.cancel, s->link);
            if (auto ok = startStep(*step, s->context); !ok) {
                failure = finishStep(*step, ok).error();
                break;
            }
            Streaming *raw = s.get();
            s->thread = std::thread([this, raw, &finite, &failureMutex, &streamFailure] {
                Status result = raw->step->run(raw->context);
                if (!result && result.error().code != Error::Code::Cancelled) {
                    std::lock_guard lock(failureMutex);
                    if (!streamFailure)
                        streamFailure = result.error();
                    finite.cancel.cancel();
                }
                raw->result = finishStep(*raw->step, result);
            });
            streaming.push_back(std::move(s));
            finite.besideStream = true;
            continue;
        }
        Status result = startStep(*step, finite);
        if (result)
            result = step->run(finite);
        if (auto ok = finishStep(*step, result); !ok) {
            failure = ok.error();
            break;
        }
    }

    // The finite steps are over: a streaming step goes on until the run is cancelled (or, to
    // catch up, until it has applied what the source committed by now), unless the finite part
    // failed, which stops it now.
    m_context.finiteStepsDone->store(true);
    if (failure && failure->code != Error::Code::Cancelled)
        for (auto &s : streaming)
            s->context.cancel.cancel();
    for (auto &s : streaming)
        s->thread.join();

    {
        std::lock_guard lock(failureMutex);
        if (streamFailure)
            return fail(*streamFailure); // what stopped the finite step beside it
    }
    if (failure)
        return fail(*failure);
    for (auto &s : streaming)
        if (s->result && !*s->result)
            return *s->result;
    return {};
}

} // namespace ferry
