#pragma once

#include "tablestate.h"

#include <QDateTime>
#include <QString>

namespace ferry {

// A source table's journey to its target table.
struct TableRecord
{
    QString sourceTable; // "shop.orders"
    QString targetTable; // "public.orders"
    TableState state = TableState::Pending;
    bool created = false; // the schema step made the target table
    bool targetHadRows = false; // the target held rows before this project wrote to it
    bool truncated = false; // the 'truncate' policy has emptied it
    bool planned = false; // its chunks are in the ledger
    bool indexesDone = false;
    qint64 rowsEstimate = 0;
    qint64 rowsDone = 0;
    qint64 rowsSkipped = 0;
    qint64 bytesDone = 0;
    QString error;
    QDateTime startedAt;
    QDateTime finishedAt;
};

} // namespace ferry
