#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "engines/endpoint.h"
#include "pipeline/runprogress.h"

#include <functional>
#include <memory>

namespace ferry {

class MetaStore;

struct SwitchoverOutcome
{
    QString forwardPosition; // the source position the forward stream applied through
    QString reversePosition; // the target position the reverse increment starts from
    QStringList verifiedTables; // the tables the final verification compared
    qint64 verifiedRows = 0;
    double seconds = 0;
};

// The forward switchover (OMS's "正向切换") of a project whose incremental step runs, one
// step at a time, each reported before it starts:
//   1. catch up: the forward stream applies everything the source committed;
//   2. quiet source: nothing of the project's tables changes for incremental.quietSeconds;
//   3. final verification of the tables the stream changed (all identical, or no switch);
//   4. the switchover positions: the forward stream's applied source position, and the
//      target's position from which the reverse increment starts (its capture installed
//      first, so no write to the target after it is missed);
//   5. the forward stream stops for good (the incremental step is done) and its capture on
//      the source is released (PostgreSQL slot and publication, SQLite triggers).
// After it, `ferry run` runs the reverse increment (target -> source), which skips the
// transactions Ferry applied itself. A failure before step 4 leaves the project as it was:
// run it, fix what was named, and switch over again. The cancel token stops it through step 3
// (Code::Cancelled, nothing switched); steps 4 and 5 are carried through. Blocking: the CLI's
// thread or a ProjectRunner's.
class Switchover
{
public:
    static constexpr int kSteps = 5;
    static constexpr int kLastCancellableStep = 3;

    using StepReport = std::function<void(int step, int steps, const QString &text)>;

    Switchover(std::shared_ptr<MetaStore> store, qint64 projectId, Endpoint source, Endpoint target,
               RunObserver *observer, CancelToken cancel);

    Result<SwitchoverOutcome> execute(const StepReport &report);

private:
    std::shared_ptr<MetaStore> m_store;
    qint64 m_projectId;
    Endpoint m_source;
    Endpoint m_target;
    RunObserver *m_observer;
    CancelToken m_cancel;
};

} // namespace ferry
