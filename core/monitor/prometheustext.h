#pragma once

#include "hostresources.h"
#include "pipeline/component.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace ferry {

// The components' and the host's metrics in the Prometheus text exposition format 0.0.4, as
// /metrics serves them (docs/monitoring.md lists the names). Dead components are left out. Any
// thread.
QByteArray prometheusText(const QList<ComponentSnapshot> &components,
                          const std::optional<ResourceSample> &host);

} // namespace ferry
