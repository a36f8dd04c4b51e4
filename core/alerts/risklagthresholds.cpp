#include "risklagthresholds.h"

#include "alertrules.h"
#include "common/logging.h"

using namespace Qt::StringLiterals;

namespace ferry {

RiskOptions withAlertLagThresholds(const std::shared_ptr<MetaStore> &store, RiskOptions base)
{
    AlertRules rules(store);
    auto lag = rules.rule(AlertRuleKind::Lag);
    auto overrides = rules.overrides();
    if (!lag || !overrides) {
        logIfFailed(lcAdmin(),
                    lag ? Status(std::unexpected(overrides.error()))
                        : Status(std::unexpected(lag.error())),
                    "the risk board judges lag by its own 60 s");
        return base;
    }
    if (lag->threshold > 0)
        base.lagThresholdMs = lag->threshold * 1000;
    for (const AlertOverride &o : std::as_const(*overrides))
        if (o.kind == AlertRuleKind::Lag && o.threshold && *o.threshold > 0)
            base.projectLagThresholdMs.insert(o.project, *o.threshold * 1000);
    return base;
}

} // namespace ferry
