#pragma once

#include "common/error.h"
#include "engines/probereport.h"
#include "kafkatarget.h"

namespace ferry {

// A Kafka data source's "test": one metadata request that lists the cluster's brokers and
// topics as findings (product "Kafka"). Errors name the bootstrap servers and the fix.
// Blocking for up to `timeoutMs`: call from a worker.
Result<ProbeReport> probeKafka(const KafkaTarget &target, int timeoutMs = 10000);

} // namespace ferry
