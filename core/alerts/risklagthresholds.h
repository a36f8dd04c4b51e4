#pragma once

#include "monitor/riskboard.h"

#include <memory>

namespace ferry {

class MetaStore;

// The risk board's lag thresholds as the DBA set them on the alert rule "lag" (its threshold
// in seconds, and each project's override), over `base`. The board's own 60 s stays when the
// rules cannot be read. Blocking (the store): a worker.
RiskOptions withAlertLagThresholds(const std::shared_ptr<MetaStore> &store, RiskOptions base = {});

} // namespace ferry
