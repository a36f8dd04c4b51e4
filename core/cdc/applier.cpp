#include "applier.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/driver.h"
#include "engines/positionrecord.h"
#include "engines/session.h"

#include <QHash>

#include <deque>
#include <unordered_map>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

constexpr int kKeysPerDelete = 1000;

// The key cells of `image` as one byte string (length-prefixed, so keys never run together);
// std::nullopt when a key cell is missing or NULL (an image the key cannot be read from).
std::optional<std::string> keyBytes(const QList<int> &keyCells, const RowImage &image)
{
    std::string key;
    for (int cell : keyCells) {
        const size_t c = size_t(cell);
        if (c >= image.values.size() || !image.isPresent(c) || !image.values[c])
            return std::nullopt;
        const std::string &v = *image.values[c];
        key += std::to_string(v.size());
        key += ':';
        key += v;
    }
    return key;
}

// The row's identity in its target table: its key, and its origin when the route records one
// (two shards' rows with one key are two target rows then).
std::optional<std::string> routeKey(const ApplyRoute &route, const RowImage &image)
{
    auto key = keyBytes(route.keyCells, image);
    if (key && !route.originColumn.isEmpty()) {
        *key += std::to_string(route.origin.size());
        *key += ':';
        *key += route.origin;
    }
    return key;
}

// Whether the row `image` shows is in the shard of a split table's route; true when the image
// cannot tell (empty, or without the routing column).
bool inShard(const ApplyRoute &route, const RowImage &image)
{
    if (!route.split || image.empty() || route.splitCell < 0
        || size_t(route.splitCell) >= image.values.size()
        || !image.isPresent(size_t(route.splitCell)))
        return true;
    const auto &v = image.values[size_t(route.splitCell)];
    return route.split->shardOf(v ? std::optional<std::string_view>(*v) : std::nullopt)
        == route.shard;
}

bool complete(const RowImage &image)
{
    return image.present.empty()
        || std::all_of(image.present.begin(), image.present.end(), [](bool p) { return p; });
}

// Whether `image` has every column the route writes (a column the target lacks, or the
// project leaves out, may be missing).
bool complete(const ApplyRoute &route, const RowImage &image)
{
    return image.present.empty()
        || std::all_of(route.cells.begin(), route.cells.end(),
                       [&](int cell) { return image.isPresent(size_t(cell)); });
}

// `later` over `earlier`: the columns `later` carries, the rest as `earlier` had them.
RowImage merged(const RowImage &earlier, const RowImage &later)
{
    RowImage out = earlier;
    if (out.present.empty() && !complete(later))
        out.present.assign(out.values.size(), true);
    for (size_t c = 0; c < later.values.size() && c < out.values.size(); ++c)
        if (later.isPresent(c)) {
            out.values[c] = later.values[c];
            if (!out.present.empty())
                out.present[c] = true;
        }
    if (complete(out))
        out.present.clear();
    return out;
}

} // namespace

struct Applier::Op
{
    enum class Kind { Upsert, Delete, Patch };
    int route = 0;
    Kind kind = Kind::Upsert;
    // Upsert/Patch: the row; Delete: an image holding at least the key. It points into the
    // transactions being applied, or into Plan::merged; never copied per change.
    const RowImage *image = nullptr;
    std::string key;
    bool live = true; // false once a later change of the same row replaced it
};

struct Applier::Plan
{
    std::vector<Op> ops;
    std::deque<RowImage> merged; // images put together from partial ones (stable addresses)
    bool inOrder = false;
};

Applier::Applier(Session &target, const Driver &driver, QList<ApplyRoute> routes,
                 ApplyOptions options)
    : m_session(target)
    , m_driver(driver)
    , m_routes(std::move(routes))
    , m_options(std::move(options))
    , m_writer(driver.makeWriter(target))
{
    QHash<QString, int> targets;
    for (int r = 0; r < m_routes.size(); ++r) {
        m_routesOf[m_routes[r].source.display()].append(r);
        const QString target = m_routes[r].request.table.display();
        m_targetOf.push_back(int(targets.insert(target, int(targets.size())).value()));
    }
}

Applier::~Applier() = default;

Status Applier::prepare()
{
    return PositionRecord(m_session, m_options.positionSchema).ensureTable();
}

Result<std::optional<QString>> Applier::position()
{
    return PositionRecord(m_session, m_options.positionSchema)
        .read(m_options.project, m_options.stream);
}

Status Applier::savePosition(const QString &position)
{
    if (auto ok = m_session.beginTransaction(); !ok)
        return ok;
    if (auto ok = PositionRecord(m_session, m_options.positionSchema)
                      .write(m_options.project, m_options.stream, position);
        !ok) {
        m_session.rollbackTransaction();
        return ok;
    }
    return m_session.commitTransaction();
}

Result<ApplyResult> Applier::apply(const std::vector<ChangeTransaction> &transactions)
{
    auto reduced = applyOnce(transactions, false);
    if (reduced)
        return reduced;
    const Error::Code code = reduced.error().code;
    if (code == Error::Code::Cancelled || code == Error::Code::Connection
        || code == Error::Code::Internal)
        return reduced;
    // The reduced batch broke a constraint that the source order keeps (or a value is
    // refused, which the second attempt names again): apply it change by change.
    qCInfo(lcEngine).noquote() << u"applying %1 transactions into %2 change by change after: %3"_s
                                      .arg(transactions.size())
                                      .arg(m_session.endpoint().displayAddress(),
                                           reduced.error().text());
    return applyOnce(transactions, true);
}

Result<ApplyResult> Applier::applyOnce(const std::vector<ChangeTransaction> &transactions,
                                       bool inOrder)
{
    ApplyResult result;
    result.inOrder = inOrder;
    Plan p;
    if (auto ok = plan(transactions, inOrder, p, result); !ok)
        return std::unexpected(ok.error());
    if (transactions.empty())
        return result;
    if (auto ok = m_session.beginTransaction(); !ok)
        return std::unexpected(ok.error());
    Status done = execute(p);
    if (done)
        done = PositionRecord(m_session, m_options.positionSchema)
                   .write(m_options.project, m_options.stream, result.position);
    if (!done) {
        m_session.rollbackTransaction();
        return std::unexpected(done.error());
    }
    if (auto ok = m_session.commitTransaction(); !ok)
        return std::unexpected(ok.error());
    return result;
}

Status Applier::plan(const std::vector<ChangeTransaction> &transactions, bool inOrder, Plan &out,
                     ApplyResult &result) const
{
    // The op that holds each target row's last state: the target table's number + key bytes.
    std::unordered_map<std::string, size_t> last;
    out.inOrder = inOrder;
    size_t changes = 0;
    for (const ChangeTransaction &t : transactions)
        changes += t.events.size();
    out.ops.reserve(changes + changes / 4);
    if (!inOrder)
        last.reserve(changes);
    std::string slot;

    const auto put = [&](int route, Op::Kind kind, const RowImage &image, std::string key) {
        Op op;
        op.route = route;
        op.kind = kind;
        op.image = &image;
        if (!inOrder) {
            const int target = m_targetOf[size_t(route)];
            slot.assign(reinterpret_cast<const char *>(&target), sizeof target);
            slot += key;
            const auto [it, added] = last.try_emplace(slot, out.ops.size());
            if (!added) {
                Op &before = out.ops[it->second];
                before.live = false;
                if (kind == Op::Kind::Patch && before.kind != Op::Kind::Delete) {
                    // The columns the source did not send keep the earlier change's value.
                    op.image = &out.merged.emplace_back(merged(*before.image, image));
                    op.kind =
                        before.kind == Op::Kind::Upsert || complete(m_routes[route], *op.image)
                        ? Op::Kind::Upsert
                        : Op::Kind::Patch;
                } else if (kind == Op::Kind::Patch) {
                    op.kind = Op::Kind::Delete; // a change to a row deleted before: none
                }
                it->second = out.ops.size();
            }
        }
        op.key = std::move(key);
        out.ops.push_back(std::move(op));
    };
    const auto matches = [](const ApplyRoute &r, const RowImage &image) {
        // A partial image cannot be judged on columns it lacks: it is applied.
        return inShard(r, image) && (!r.filter || !complete(r, image) || r.filter(image));
    };

    // Consecutive changes mostly hit the same table: its routes are looked up once.
    const TableRef *lastTable = nullptr;
    const QList<int> *lastRoutes = nullptr;
    static const QList<int> none;
    std::vector<TableChangeCounts> counts(size_t(m_routes.size()));
    std::vector<bool> counted(size_t(m_routes.size()), false);
    for (const ChangeTransaction &t : transactions) {
        for (const ChangeEvent &e : t.events) {
            if (e.kind == ChangeEvent::Kind::Ddl)
                return fail(Error::Code::Internal,
                            Text::tr("a schema change reached the applier: %1").arg(e.statement));
            if (!lastTable || e.table.name != lastTable->name
                || e.table.schema != lastTable->schema) {
                lastTable = &e.table;
                const auto found = m_routesOf.constFind(e.table.display());
                lastRoutes = found == m_routesOf.constEnd() ? &none : &found.value();
            }
            if (lastRoutes->isEmpty())
                continue; // a table the project does not move
            if ((e.kind == ChangeEvent::Kind::Insert && !m_options.applyInserts)
                || (e.kind == ChangeEvent::Kind::Update && !m_options.applyUpdates)
                || (e.kind == ChangeEvent::Kind::Delete && !m_options.applyDeletes))
                continue;
            // A split table's routes (its shards) see the changes of their own rows only: the
            // row's shard before and after the change.
            for (const int route : *lastRoutes) {
                const ApplyRoute &r = m_routes[route];
                if (r.split) {
                    // An update without its old image (PostgreSQL when the key stays) may have
                    // moved the row out of any shard: each one is asked to drop it.
                    const bool before = e.kind != ChangeEvent::Kind::Insert
                        && (e.before.empty() || inShard(r, e.before));
                    const bool after = e.kind != ChangeEvent::Kind::Delete && inShard(r, e.after);
                    if (!before && !after)
                        continue;
                }
                const auto keyOf = [&](const RowImage &image) -> Result<std::string> {
                    auto key = routeKey(r, image);
                    if (!key)
                        return fail(
                            Error::Code::DataRejected,
                            Text::tr("%1: a captured change at %2 has no complete key")
                                .arg(r.sourceKey, t.position),
                            Text::tr("Give the table a primary key (or a non-null unique key) "
                                     "and redo its full step."),
                            r.sourceKey);
                    return *key;
                };
                TableChangeCounts &c = counts[size_t(route)];
                counted[size_t(route)] = true;
                switch (e.kind) {
                case ChangeEvent::Kind::Insert: {
                    auto key = keyOf(e.after);
                    if (!key)
                        return fail(key.error());
                    ++c.inserts;
                    if (matches(r, e.after))
                        put(route, complete(r, e.after) ? Op::Kind::Upsert : Op::Kind::Patch,
                            e.after, std::move(*key));
                    break;
                }
                case ChangeEvent::Kind::Update: {
                    auto after = keyOf(e.after);
                    if (!after)
                        return fail(after.error());
                    // An old image without its key (none sent) means the key did not change.
                    std::optional<std::string> before;
                    if (!e.before.empty())
                        before = routeKey(r, e.before);
                    ++c.updates;
                    if (before && *before != *after)
                        put(route, Op::Kind::Delete, e.before, std::move(*before));
                    if (matches(r, e.after))
                        put(route, complete(r, e.after) ? Op::Kind::Upsert : Op::Kind::Patch,
                            e.after, std::move(*after));
                    else
                        put(route, Op::Kind::Delete, e.after,
                            std::move(*after)); // filtered out, or moved to another shard
                    break;
                }
                case ChangeEvent::Kind::Delete: {
                    auto key = keyOf(e.before);
                    if (!key)
                        return fail(key.error());
                    ++c.deletes;
                    put(route, Op::Kind::Delete, e.before, std::move(*key));
                    break;
                }
                case ChangeEvent::Kind::Ddl: break;
                }
            }
            ++result.events;
        }
    }
    result.transactions = qint64(transactions.size());
    if (!transactions.empty())
        result.position = transactions.back().position;
    for (size_t r = 0; r < counts.size(); ++r) {
        if (!counted[r])
            continue;
        TableChangeCounts &c = result.counts[m_routes[qsizetype(r)].sourceKey];
        c.inserts += counts[r].inserts;
        c.updates += counts[r].updates;
        c.deletes += counts[r].deletes;
    }
    return {};
}

Status Applier::execute(const Plan &plan)
{
    // Runs of consecutive live ops of one route and kind become one statement or load. In
    // order, a run also ends before a row it already holds (one statement cannot change a row
    // twice).
    std::vector<const Op *> run;
    std::unordered_set<std::string> runKeys;
    const auto flush = [&]() -> Status {
        if (run.empty())
            return {};
        const Op &first = *run.front();
        const ApplyRoute &route = m_routes[first.route];
        Status s;
        if (first.kind == Op::Kind::Upsert)
            s = upsert(route, run);
        else if (first.kind == Op::Kind::Delete)
            s = remove(route, run);
        else
            for (const Op *op : run)
                if (s)
                    s = patch(route, *op);
        run.clear();
        runKeys.clear();
        return s;
    };
    for (const Op &op : plan.ops) {
        if (!op.live)
            continue;
        if (!run.empty()
            && (run.front()->route != op.route || run.front()->kind != op.kind
                || (plan.inOrder && runKeys.contains(op.key))))
            if (auto ok = flush(); !ok)
                return ok;
        run.push_back(&op);
        if (plan.inOrder)
            runKeys.insert(op.key);
    }
    return flush();
}

Status Applier::upsert(const ApplyRoute &route, const std::vector<const Op *> &ops)
{
    // One arena for the whole run, sized up front: growing it copied every cell again and again.
    RowBatch &batch = m_batch;
    const bool origin = !route.originColumn.isEmpty();
    batch.reset(int(route.cells.size()) + (origin ? 1 : 0));
    size_t bytes = origin ? route.origin.size() * ops.size() : 0;
    for (const Op *op : ops)
        for (int cell : route.cells)
            if (const auto &v = op->image->values[size_t(cell)])
                bytes += v->size();
    batch.reserve(bytes, int(ops.size()));
    for (const Op *op : ops) {
        for (int cell : route.cells) {
            const auto &v = op->image->values[size_t(cell)];
            if (v)
                batch.append(*v);
            else
                batch.appendNull();
        }
        if (origin)
            batch.append(route.origin);
        batch.endRow();
    }
    if (auto ok = m_writer->begin(route.request); !ok)
        return ok;
    if (auto ok = m_writer->write(batch); !ok) {
        m_writer->rollback();
        return ok;
    }
    if (auto stats = m_writer->commit(); !stats)
        return fail(stats.error());
    if (batch.bytes() > (size_t(64) << 20))
        m_batch = RowBatch(); // giant values are no reason to keep their memory
    return {};
}

QString Applier::keyLiteral(const ApplyRoute &route, const RowImage &image, int k) const
{
    const auto &v = image.values[size_t(route.keyCells[k])];
    return m_driver.dialect().literal(*v, route.targetKey[k].type);
}

QString Applier::originCondition(const ApplyRoute &route) const
{
    if (route.originColumn.isEmpty())
        return {};
    const Dialect &dialect = m_driver.dialect();
    return dialect.quote(route.originColumn) + u" = "_s
        + dialect.literal(route.origin, route.request.sourceTypes.last());
}

Status Applier::remove(const ApplyRoute &route, const std::vector<const Op *> &ops)
{
    const Dialect &dialect = m_driver.dialect();
    const QString table = dialect.qualify(route.request.table);
    const int width = int(route.targetKey.size());
    QStringList names;
    for (const Column &k : route.targetKey)
        names << dialect.quote(k.name);
    const QString column = width == 1 ? names.first() : u"("_s + names.join(u", "_s) + u')';
    const QString ofOrigin = originCondition(route);
    for (size_t from = 0; from < ops.size(); from += kKeysPerDelete) {
        QStringList keys;
        for (size_t i = from; i < std::min(ops.size(), from + kKeysPerDelete); ++i) {
            QStringList parts;
            for (int k = 0; k < width; ++k)
                parts << keyLiteral(route, *ops[i]->image, k);
            keys << (width == 1 ? parts.first() : u"("_s + parts.join(u", "_s) + u')');
        }
        if (auto ok = m_session.exec(u"DELETE FROM %1 WHERE %2 IN (%3)%4"_s.arg(
                table, column, keys.join(u", "_s),
                ofOrigin.isEmpty() ? QString() : u" AND "_s + ofOrigin));
            !ok) {
            Error e = ok.error();
            e.message = Text::tr("deleting rows of %1 (from %2): %3")
                            .arg(route.request.table.display(), route.sourceKey, e.message);
            return fail(e);
        }
    }
    return {};
}

Status Applier::patch(const ApplyRoute &route, const Op &op)
{
    // An update the source sent only in part (PostgreSQL keeps an unchanged TOAST value out of
    // the stream): the columns it sent, by key.
    const Dialect &dialect = m_driver.dialect();
    QStringList set, where;
    for (int i = 0; i < route.cells.size(); ++i) {
        const size_t cell = size_t(route.cells[i]);
        if (!op.image->isPresent(cell))
            continue;
        const auto &v = op.image->values[cell];
        set << dialect.quote(route.request.columns[i]) + u" = "_s
                + (v ? dialect.literal(*v, route.request.sourceTypes[i]) : u"NULL"_s);
    }
    for (int k = 0; k < route.targetKey.size(); ++k)
        where << dialect.quote(route.targetKey[k].name) + u" = "_s
                + keyLiteral(route, *op.image, k);
    if (const QString o = originCondition(route); !o.isEmpty())
        where << o;
    if (set.isEmpty())
        return {};
    return m_session.exec(u"UPDATE %1 SET %2 WHERE %3"_s.arg(
        dialect.qualify(route.request.table), set.join(u", "_s), where.join(u" AND "_s)));
}

} // namespace ferry
