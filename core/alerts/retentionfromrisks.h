#pragma once

#include "alertfacts.h"
#include "monitor/riskboard.h"

#include <memory>

namespace ferry {

class MetaStore;

// The rule "source log retention at risk" fed by the O&M risk board: per project stream, the
// board's facts (binlog expiry against the projected catch-up, a slot's WAL against
// max_slot_wal_keep_size and the disk) judged as the Risks tab judges them. One board is kept
// across calls, so its rates are measured between two evaluations (the first one knows no
// rate and finds no risk it cannot see yet). Blocking: called on the evaluator's thread.
RetentionProvider riskBoardRetention(std::shared_ptr<MetaStore> store,
                                     RiskBoard::SecretOpener secrets);

} // namespace ferry
