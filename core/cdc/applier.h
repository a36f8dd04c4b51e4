#pragma once

#include "common/error.h"
#include "engines/bulkwriter.h"
#include "pipeline/streamrecord.h"
#include "schema/splitrule.h"
#include "values/change.h"

#include <QHash>
#include <QMap>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ferry {

class Driver;
class Session;

// How one captured source table reaches its target table: the same columns, names, types and
// filter as the full step (TablePlan), so a value arrives identical by either way.
struct ApplyRoute
{
    TableRef source; // the captured table, as ChangeEvent::table names it
    QString sourceKey; // "shop.orders": counts and messages
    // The target table, its columns and their source/target types (conflicts: Replace, by
    // conflictKey); one cell per request column.
    WriteRequest request;
    QList<int> cells; // for each request column, its index in the source row image
    QList<Column> targetKey; // the key under target names, with source types (literals)
    QList<int> keyCells; // for each targetKey column, its index in the source row image
    // The project's row filter on the source image; empty: every row. A row an update moves
    // out of the filter is deleted from the target, one it moves in is written.
    std::function<bool(const RowImage &)> filter;
    // The origin column (a table rule's originColumn): the last request column, not in the
    // source image, always `origin` (the source table's name). Deletes and partial updates
    // touch only the rows of this origin. Empty: none.
    QString originColumn;
    std::string origin;
    // A split source table: this route is shard `shard` of the rule, chosen by the source
    // row's cell `splitCell`. An update that moves a row to another shard deletes it here.
    std::optional<SplitRule> split;
    int shard = -1;
    int splitCell = -1;
};

struct ApplyOptions
{
    QString project; // names the position record's row
    QString stream = QStringLiteral("forward");
    QString positionSchema; // where ferry_position lives; empty: the target's own schema
    bool applyInserts = true;
    bool applyUpdates = true;
    bool applyDeletes = true;
};

struct ApplyResult
{
    qint64 transactions = 0; // source transactions committed (heartbeats included)
    qint64 events = 0; // row changes applied (after the DML filters)
    QString position; // the last transaction's position, now committed in the target
    QMap<QString, TableChangeCounts> counts; // by source table, this call
    bool inOrder = false; // the batch needed the statement-by-statement fallback
};

// Applies captured source transactions to a target, many at a time in one target transaction
// with the stream's position (PositionRecord) in it: a crash at any instant leaves the target
// either before or after the whole batch, and the stream resumes from the committed position,
// so every change is applied exactly once.
//
// A batch is reduced to each row's last state, in the order rows were last touched: a row
// whose last change left it present is upserted (the engine's BulkWriter with
// ConflictPolicy::Replace, so values convert exactly as in the full step), one that ended
// deleted is deleted by key. Replaying a change the target already has converges to the same
// rows, which is what makes the full -> incremental hand-off exact. When the reduced batch
// breaks a target constraint (a unique key that two rows swap, a foreign key in the target
// only), the batch is rolled back and applied again change by change in source order.
// Used on one thread.
class Applier
{
public:
    Applier(Session &target, const Driver &driver, QList<ApplyRoute> routes, ApplyOptions options);
    ~Applier();

    // Creates the position record's table when it is missing (outside any transaction).
    Status prepare();
    // The stream's committed position in the target; std::nullopt before the first commit.
    Result<std::optional<QString>> position();
    // Writes `position` alone (the start position of a new stream), in its own transaction.
    Status savePosition(const QString &position);

    // Applies `transactions` (whole, in source commit order) in one target transaction.
    Result<ApplyResult> apply(const std::vector<ChangeTransaction> &transactions);

private:
    struct Op;
    struct Plan;

    Result<ApplyResult> applyOnce(const std::vector<ChangeTransaction> &transactions, bool inOrder);
    Status plan(const std::vector<ChangeTransaction> &transactions, bool inOrder, Plan &out,
                ApplyResult &result) const;
    Status execute(const Plan &plan);
    Status upsert(const ApplyRoute &route, const std::vector<const Op *> &ops);
    Status remove(const ApplyRoute &route, const std::vector<const Op *> &ops);
    Status patch(const ApplyRoute &route, const Op &op);
    QString keyLiteral(const ApplyRoute &route, const RowImage &image, int k) const;
    QString originCondition(const ApplyRoute &route) const; // "origin = '...'", or empty

    Session &m_session;
    const Driver &m_driver;
    QList<ApplyRoute> m_routes;
    ApplyOptions m_options;
    std::unique_ptr<BulkWriter> m_writer;
    RowBatch m_batch; // the rows of one upsert, its memory kept from batch to batch
    QHash<QString, QList<int>> m_routesOf; // source table (display()) -> its routes (shards)
    std::vector<int> m_targetOf; // route -> its target table's number (routes may share one)
};

} // namespace ferry
