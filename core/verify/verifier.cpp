#include "verifier.h"

#include "checksumsql.h"
#include "common/language.h"
#include "common/logging.h"
#include "engines/driver.h"
#include "engines/keypredicate.h"
#include "engines/keysetchunker.h"
#include "engines/sqlite/sqlitedialect.h"
#include "pipeline/workerpool.h"
#include "rowhash.h"
#include "transfer/chunkplanner.h"
#include "valuecompare.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QScopeGuard>
#include <QThread>

#include <atomic>
#include <deque>
#include <map>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace ferry {

VerifyOptions VerifyOptions::fromJson(const QJsonObject &o)
{
    VerifyOptions v;
    v.concurrency = std::clamp(o.value(u"concurrency"_s).toInt(v.concurrency), 1, 64);
    v.sliceRows =
        std::max<qint64>(100, qint64(o.value(u"sliceRows"_s).toDouble(double(v.sliceRows))));
    v.rowLevelRows = std::max(10, o.value(u"rowLevelRows"_s).toInt(v.rowLevelRows));
    v.recheckRounds = std::clamp(o.value(u"recheckRounds"_s).toInt(v.recheckRounds), 0, 100);
    v.recheckDelayMs = std::clamp(o.value(u"recheckDelayMs"_s).toInt(v.recheckDelayMs), 0, 600000);
    v.settleSeconds = std::clamp(o.value(u"settleSeconds"_s).toInt(v.settleSeconds), 0, 3600);
    v.maxDifferences = std::max(1, o.value(u"maxDifferences"_s).toInt(v.maxDifferences));
    const QJsonValue pushdown = o.value(u"pushdown"_s);
    if (pushdown.isBool())
        v.pushdown = pushdown.toBool() ? Pushdown::Always : Pushdown::Never;
    return v;
}

qint64 VerifyOptions::settleMs() const
{
    if (settleSeconds > 0)
        return qint64(settleSeconds) * 1000;
    return std::min<qint64>(kSettleCapMs, std::max<qint64>(0, streamLagMs) + kSettleMarginMs);
}

namespace {

using valuecompare::Form;

// Adds two non-negative decimal integers written as text.
std::string addDecimal(const std::string &a, const std::string &b)
{
    std::string out;
    int carry = 0;
    for (size_t i = 0; i < std::max(a.size(), b.size()) || carry; ++i) {
        const int da = i < a.size() ? a[a.size() - 1 - i] - '0' : 0;
        const int db = i < b.size() ? b[b.size() - 1 - i] - '0' : 0;
        const int s = da + db + carry;
        out.insert(out.begin(), char('0' + s % 10));
        carry = s / 10;
    }
    return out.empty() ? std::string("0") : out;
}

// One source table of a group, with its columns in the group's compared order.
struct SourcePart
{
    const TablePlan *plan = nullptr;
    QList<Column> columns; // source columns, compared order
    QList<Column> key; // source key columns
    QString rowString; // pushdown expressions
    QString keyString;
};

struct Group
{
    TableRef targetRef;
    QString targetFilter; // the target's rows of this group: its origin (originColumn); or all
    QList<SourcePart> sources;
    QList<Column> targetColumns; // target columns, compared order (names and target types)
    QList<Column> targetKey;
    QList<Form> forms;
    QList<Form> targetForms; // the same, but where the target holds a value differently
    QList<int> keyIndex; // positions of the key in the compared columns
    bool keyed = false;
    bool rangeMode = false;
    bool pushdown = false;
    QString targetRowString;
    QString targetKeyString;
    qint64 estimate = 0;

    std::mutex mutex;
    TableVerification result;
    std::atomic<qint64> rowsDone {0};
    std::atomic<int> slicesLeft {0};
    QElapsedTimer timer;
};

// `condition` and the group's target filter.
QString withTargetFilter(const Group &g, const QString &condition)
{
    if (g.targetFilter.isEmpty() || condition.isEmpty())
        return condition.isEmpty() ? g.targetFilter : condition;
    return u'(' + g.targetFilter + u") AND ("_s + condition + u')';
}

struct Row
{
    RowValues values;
    std::vector<std::string> normalized; // "\x01" for NULL
};

using RowMap = std::unordered_multimap<std::string, Row>;

struct Sessions
{
    std::unique_ptr<Session> source;
    std::unique_ptr<Session> target;
    std::unique_ptr<TableReader> sourceReader;
    std::unique_ptr<TableReader> targetReader;
};

struct SliceWork
{
    Group *group = nullptr;
    KeyRange range;
    bool whole = false; // partition mode: the whole group in one item
};

} // namespace

struct Verifier::Private
{
    VerifyInput in;
    const Driver &sourceDriver;
    const Driver &targetDriver;
    std::vector<std::unique_ptr<Group>> groups;
    WorkQueue<SliceWork> work;
    size_t slices = 0;
    std::mutex fatalMutex;
    std::optional<Error> fatal;

    explicit Private(VerifyInput input)
        : in(std::move(input))
        , sourceDriver(Driver::forEngine(in.source.engine))
        , targetDriver(Driver::forEngine(in.target.engine))
    { }

    Status buildGroups();
    Status planSlices(Sessions &s);
    Result<Sessions> openSessions();
    void worker();
    Status compareRange(Sessions &s, Group &g, const KeyRange &range, int depth, bool top);
    Status comparePartitions(Sessions &s, Group &g);
    Result<SliceChecksum> checksum(Sessions &s, Group &g, bool sourceSide, const KeyRange &range);
    // Reads one side's rows (every source of the group, or the target) in `range`, with an extra
    // condition per source (SourcePart) or for the target (nullptr).
    using ExtraFilter = std::function<QString(const SourcePart *)>;
    Status readRows(Sessions &s, Group &g, bool sourceSide, const KeyRange &range,
                    const ExtraFilter &extra, const std::function<void(Row &&, bool)> &take);
    void diffKeyed(Group &g, RowMap &source, RowMap &target);
    void diffMultiset(Group &g, RowMap &source, RowMap &target);
    Status recheck(Sessions &s, Group &g);
    void addDifference(Group &g, RowDifference &&d);

    std::string keyOf(const Group &g, const Row &row) const
    {
        std::string key;
        for (int i : g.keyIndex) {
            const std::string &v = row.normalized[size_t(i)];
            key += std::to_string(v.size());
            key += ':';
            key += v;
        }
        return key;
    }
    std::string wholeRowOf(const Row &row) const
    {
        std::string key;
        for (const std::string &v : row.normalized) {
            key += std::to_string(v.size());
            key += ':';
            key += v;
        }
        return key;
    }
    void progress();
};

Verifier::Verifier(VerifyInput input)
    : d(std::make_unique<Private>(std::move(input)))
{ }

Verifier::~Verifier() = default;

Status Verifier::Private::buildGroups()
{
    QHash<QString, Group *> byTarget;
    const bool sameFamily = in.source.family() == in.target.family();
    auto local = [](const Endpoint &e) {
        return e.host == u"127.0.0.1" || e.host == u"localhost" || e.host == u"::1";
    };
    const bool wanted = in.options.pushdown == VerifyOptions::Pushdown::Always
        || (in.options.pushdown == VerifyOptions::Pushdown::Auto && !local(in.source)
            && !local(in.target));
    const bool pushdownPossible = wanted && checksumsql::supported(sourceDriver.dialect())
        && checksumsql::supported(targetDriver.dialect());
    const Dialect &sd = sourceDriver.dialect();
    const Dialect &td = targetDriver.dialect();
    for (const TablePlan &plan : in.plans) {
        // A target that records its rows' origin is compared per source: each source against
        // the target rows of its origin.
        const QString groupName = plan.originColumn.isEmpty()
            ? plan.target.ref.name
            : plan.target.ref.name + u'\n' + plan.originValue();
        Group *g = byTarget.value(groupName);
        if (!g) {
            auto owned = std::make_unique<Group>();
            g = owned.get();
            g->targetRef = plan.target.ref;
            if (!plan.originColumn.isEmpty()) {
                g->targetFilter = td.quote(plan.originColumn) + u" = "_s
                    + td.literal(plan.originValue().toStdString(),
                                 plan.target.columns.last().sourceType);
                g->result.originColumn = plan.originColumn;
                g->result.origin = plan.originValue();
            }
            const Table target = in.targetTables.value(plan.target.ref.name);
            if (target.columns.isEmpty())
                return fail(
                    Error::Code::NotFound,
                    Text::tr("target table %1 does not exist").arg(plan.target.ref.display()),
                    Text::tr("Run the schema and full steps first."));
            for (int i = 0; i < plan.targetColumns.size(); ++i) {
                const Column *c = target.column(plan.targetColumns[i]);
                if (!c)
                    return fail(Error::Code::NotFound,
                                Text::tr("target table %1 has no column %2")
                                    .arg(plan.target.ref.display(), plan.targetColumns[i]));
                g->targetColumns.append(*c);
                const ColumnType &sourceType = plan.readColumns[i].type;
                const Form form = valuecompare::formFor(sourceType, c->type);
                g->forms.append(form);
                // Judged by the source's meaning: an exact decimal that an SQLite target keeps
                // as a binary double differs, unless the project chose that mapping.
                const TargetColumn *planned = nullptr;
                for (const TargetColumn &tc : plan.target.columns)
                    if (tc.name == c->name)
                        planned = &tc;
                const bool chosen = planned && planned->overridden;
                if (chosen)
                    g->result.lossyByChoice << u"%1: %2 -> %3 (%4)"_s.arg(
                        c->name,
                        sourceType.native.isEmpty() ? sourceType.describe() : sourceType.native,
                        planned->type.declaration, planned->type.note);
                const bool storesNumbers = in.target.engine == Engine::Sqlite
                    && SqliteDialect::affinityOf(c->type.native) != SqliteDialect::Affinity::Text
                    && SqliteDialect::affinityOf(c->type.native) != SqliteDialect::Affinity::Blob;
                g->targetForms.append(sourceType.kind == TypeKind::Decimal && storesNumbers
                                              && !chosen
                                          ? Form::DecimalInDouble
                                          : form);
            }
            g->keyed = !plan.keyColumns.isEmpty();
            for (const Column &k : plan.targetKey) {
                const Column *c = target.column(k.name);
                g->targetKey.append(c ? *c : k);
                g->keyIndex.append(int(plan.targetColumns.indexOf(k.name)));
            }
            g->result.target = plan.target.ref.display();
            g->result.targetColumns = plan.targetColumns;
            for (const Column &c : g->targetColumns)
                g->result.targetTypes.append(c.type);
            for (const Column &k : g->targetKey)
                g->result.targetKeyColumns.append(k.name);
            for (const Column &c : plan.readColumns) {
                g->result.columns.append(c.name);
                g->result.columnTypes.append(c.type);
            }
            for (const Column &k : plan.keyColumns)
                g->result.keyColumns.append(k.name);
            byTarget.insert(groupName, g);
            groups.push_back(std::move(owned));
        }
        // Every source of a target contributes the target's columns, in the target's order.
        SourcePart part;
        part.plan = &plan;
        for (const Column &tc : g->targetColumns) {
            const int i = int(plan.targetColumns.indexOf(tc.name));
            if (i < 0)
                return fail(
                    Error::Code::InvalidInput,
                    Text::tr("%1 does not provide column %2 of %3, so the two cannot be compared")
                        .arg(plan.sourceKey, tc.name, g->result.target));
            part.columns.append(plan.readColumns[i]);
        }
        part.key = plan.keyColumns;
        if (g->keyed && part.key.size() != g->targetKey.size())
            g->keyed = false;
        g->sources.append(part);
        if (!g->result.source.isEmpty())
            g->result.source += u" + "_s;
        g->result.source += plan.sourceKey;
        g->estimate += std::max<qint64>(0, plan.source.rowEstimate);
    }

    for (auto &owned : groups) {
        Group &g = *owned;
        if (!g.keyed) {
            g.keyIndex.clear();
            g.result.keyColumns.clear();
        }
        // Pushdown needs every column rendered identically on both sides.
        bool pushdown = pushdownPossible;
        QStringList targetNames, targetRendered;
        for (int i = 0; pushdown && i < g.targetColumns.size(); ++i) {
            const QString q = td.quote(g.targetColumns[i].name);
            auto r = checksumsql::render(td, q, g.targetColumns[i].type,
                                         g.sources.first().columns[i].type, g.forms[i], sameFamily);
            if (!r)
                pushdown = false;
            targetNames << q;
            targetRendered << r.value_or(QString());
        }
        for (SourcePart &part : g.sources) {
            QStringList names, rendered;
            for (int i = 0; pushdown && i < part.columns.size(); ++i) {
                const QString q = sd.quote(part.columns[i].name);
                auto r = checksumsql::render(sd, q, part.columns[i].type, g.targetColumns[i].type,
                                             g.forms[i], sameFamily);
                if (!r)
                    pushdown = false;
                names << q;
                rendered << r.value_or(QString());
            }
            if (pushdown) {
                part.rowString = checksumsql::rowString(sd, names, rendered);
                QStringList keyNames, keyRendered;
                for (int i : g.keyIndex) {
                    keyNames << names[i];
                    keyRendered << rendered[i];
                }
                part.keyString =
                    g.keyed ? checksumsql::rowString(sd, keyNames, keyRendered) : part.rowString;
            }
        }
        g.pushdown = pushdown;
        if (pushdown) {
            g.targetRowString = checksumsql::rowString(td, targetNames, targetRendered);
            QStringList keyNames, keyRendered;
            for (int i : g.keyIndex) {
                keyNames << targetNames[i];
                keyRendered << targetRendered[i];
            }
            g.targetKeyString =
                g.keyed ? checksumsql::rowString(td, keyNames, keyRendered) : g.targetRowString;
        }
        g.rangeMode =
            g.keyed && keyOrderIsPortable(g.sources.first().key) && keyOrderIsPortable(g.targetKey);
        g.result.method = g.pushdown ? u"pushdown"_s : u"stream"_s;
    }
    return {};
}

Result<Sessions> Verifier::Private::openSessions()
{
    Sessions s;
    auto source = sourceDriver.connect(in.source);
    if (!source)
        return std::unexpected(source.error());
    auto target = targetDriver.connect(in.target);
    if (!target)
        return std::unexpected(target.error());
    s.source = std::move(*source);
    s.target = std::move(*target);
    s.sourceReader = sourceDriver.makeReader(*s.source);
    s.targetReader = targetDriver.makeReader(*s.target);
    return s;
}

Status Verifier::Private::planSlices(Sessions &s)
{
    for (auto &owned : groups) {
        Group &g = *owned;
        g.timer.start();
        if (!g.rangeMode) {
            work.push({&g, {}, true});
            ++slices;
            g.slicesLeft = 1;
            continue;
        }
        // Ranges cut on the first source; every source and the target are read over them.
        const TablePlan &plan = *g.sources.first().plan;
        auto chunks = planChunks(*s.source, *s.sourceReader, plan, in.options.sliceRows, in.cancel);
        if (!chunks)
            return std::unexpected(chunks.error());
        g.slicesLeft = int(chunks->size());
        g.result.slices = int(chunks->size());
        for (const Chunk &c : *chunks) {
            work.push({&g, c.range, false});
            ++slices;
        }
    }
    return {};
}

Result<SliceChecksum> Verifier::Private::checksum(Sessions &s, Group &g, bool sourceSide,
                                                  const KeyRange &range)
{
    SliceChecksum sum;
    if (g.pushdown) {
        std::string count = "0", s1 = "0", s2 = "0";
        auto run = [&](Session &session, const Dialect &dialect, const TableRef &table,
                       const QList<Column> &key, const QString &rowString,
                       const QString &filter) -> Status {
            QStringList where;
            const QString keyPart = keyRangePredicate(dialect, key, range);
            if (!keyPart.isEmpty())
                where << keyPart;
            if (!filter.isEmpty())
                where << u'(' + filter + u')';
            auto r = session.query(checksumsql::sliceQuery(dialect, dialect.qualify(table),
                                                           rowString, where.join(u" AND "_s)));
            if (!r)
                return std::unexpected(r.error());
            count = addDecimal(count, r->text(0, 0).toStdString());
            s1 = addDecimal(s1, r->text(0, 1).toStdString());
            s2 = addDecimal(s2, r->text(0, 2).toStdString());
            return {};
        };
        if (sourceSide) {
            for (const SourcePart &p : g.sources)
                if (auto ok = run(*s.source, sourceDriver.dialect(), p.plan->source.ref, p.key,
                                  p.rowString, p.plan->filter);
                    !ok)
                    return std::unexpected(ok.error());
        } else if (auto ok = run(*s.target, targetDriver.dialect(), g.targetRef, g.targetKey,
                                 g.targetRowString, g.targetFilter);
                   !ok) {
            return std::unexpected(ok.error());
        }
        sum.rows = std::stoull(count);
        sum.pushed = QString::fromStdString(count + '|' + s1 + '|' + s2);
        return sum;
    }
    // Streamed: hash the normalized cells straight from the batches, no row copies.
    std::string buffer;
    const QList<Form> &forms = sourceSide ? g.forms : g.targetForms;
    auto hashBatch = [&](RowBatch &&batch) -> Status {
        for (int r = 0; r < batch.rows(); ++r) {
            RowHasher h;
            for (int c = 0; c < batch.columns(); ++c) {
                if (batch.isNull(r, c))
                    h.add(std::string_view("\x01", 1));
                else
                    h.add(valuecompare::normalizeView(forms[c], batch.cell(r, c), buffer));
            }
            ++sum.rows;
            sum.sum1 += h.high();
            sum.sum2 += h.low();
        }
        return {};
    };
    auto readOne = [&](TableReader &reader, const TableRef &table, const QList<Column> &columns,
                       const QList<Column> &key, const QString &filter) -> Status {
        ReadRequest request;
        request.table = table;
        request.columns = columns;
        request.range = range;
        if (range.lower || range.upper)
            request.keyColumns = key;
        request.filter = filter;
        return reader.read(request, hashBatch, in.cancel);
    };
    if (sourceSide) {
        for (const SourcePart &p : g.sources)
            if (auto ok =
                    readOne(*s.sourceReader, p.plan->source.ref, p.columns, p.key, p.plan->filter);
                !ok)
                return std::unexpected(ok.error());
    } else if (auto ok = readOne(*s.targetReader, g.targetRef, g.targetColumns, g.targetKey,
                                 g.targetFilter);
               !ok) {
        return std::unexpected(ok.error());
    }
    return sum;
}

Status Verifier::Private::readRows(Sessions &s, Group &g, bool sourceSide, const KeyRange &range,
                                   const ExtraFilter &extra,
                                   const std::function<void(Row &&, bool)> &take)
{
    auto readOne = [&](TableReader &reader, const TableRef &table, const QList<Column> &columns,
                       const QList<Column> &key, const QString &filter,
                       const QString &extraFilter) -> Status {
        ReadRequest request;
        request.table = table;
        request.columns = columns;
        request.range = range;
        if (range.lower || range.upper)
            request.keyColumns = key; // ordered reads only where a range needs the key
        QStringList filters;
        if (!filter.isEmpty())
            filters << u'(' + filter + u')';
        if (!extraFilter.isEmpty())
            filters << u'(' + extraFilter + u')';
        request.filter = filters.join(u" AND "_s);
        return reader.read(
            request,
            [&](RowBatch &&batch) -> Status {
                for (int r = 0; r < batch.rows(); ++r) {
                    Row row;
                    row.values.reserve(size_t(batch.columns()));
                    row.normalized.reserve(size_t(batch.columns()));
                    for (int c = 0; c < batch.columns(); ++c) {
                        if (batch.isNull(r, c)) {
                            row.values.emplace_back(std::nullopt);
                            row.normalized.emplace_back("\x01", 1);
                        } else {
                            const std::string_view v = batch.cell(r, c);
                            row.values.emplace_back(std::string(v));
                            row.normalized.push_back(valuecompare::normalize(
                                (sourceSide ? g.forms : g.targetForms)[c], v));
                        }
                    }
                    take(std::move(row), sourceSide);
                }
                return {};
            },
            in.cancel);
    };
    if (sourceSide) {
        for (const SourcePart &p : g.sources)
            if (auto ok = readOne(*s.sourceReader, p.plan->source.ref, p.columns, p.key,
                                  p.plan->filter, extra ? extra(&p) : QString());
                !ok)
                return ok;
        return {};
    }
    return readOne(*s.targetReader, g.targetRef, g.targetColumns, g.targetKey, g.targetFilter,
                   extra ? extra(nullptr) : QString());
}

void Verifier::Private::addDifference(Group &g, RowDifference &&d)
{
    std::lock_guard lock(g.mutex);
    switch (d.kind) {
    case RowDifference::Kind::Missing: g.result.missing += d.count; break;
    case RowDifference::Kind::Extra: g.result.extra += d.count; break;
    case RowDifference::Kind::Different: g.result.different += 1; break;
    case RowDifference::Kind::Duplicate: g.result.duplicates += d.count; break;
    }
    if (g.result.differences.size() < in.options.maxDifferences)
        g.result.differences.append(std::move(d));
}

void Verifier::Private::diffKeyed(Group &g, RowMap &source, RowMap &target)
{
    for (auto it = source.begin(); it != source.end(); it = source.equal_range(it->first).second) {
        const auto [sBegin, sEnd] = source.equal_range(it->first);
        const auto [tBegin, tEnd] = target.equal_range(it->first);
        const Row &s = sBegin->second;
        const long targetCount = std::distance(tBegin, tEnd);
        RowDifference d;
        for (int i : g.keyIndex)
            d.key.push_back(s.values[size_t(i)]);
        if (targetCount == 0) {
            d.kind = RowDifference::Kind::Missing;
            d.sourceRow = s.values;
            addDifference(g, std::move(d));
            continue;
        }
        const Row &t = tBegin->second;
        if (targetCount > 1) {
            d.kind = RowDifference::Kind::Duplicate;
            d.count = int(targetCount - 1);
            d.sourceRow = s.values;
            d.targetRow = t.values;
            addDifference(g, std::move(d));
            continue;
        }
        QStringList columns;
        for (size_t c = 0; c < s.normalized.size(); ++c)
            if (s.normalized[c] != t.normalized[c])
                columns << g.result.columns[int(c)];
        if (!columns.isEmpty()) {
            d.kind = RowDifference::Kind::Different;
            d.columns = columns;
            d.sourceRow = s.values;
            d.targetRow = t.values;
            addDifference(g, std::move(d));
        }
    }
    for (auto it = target.begin(); it != target.end(); it = target.equal_range(it->first).second) {
        if (source.count(it->first))
            continue;
        RowDifference d;
        d.kind = RowDifference::Kind::Extra;
        for (int i : g.keyIndex)
            d.key.push_back(it->second.values[size_t(i)]);
        d.targetRow = it->second.values;
        d.count = int(target.count(it->first));
        addDifference(g, std::move(d));
    }
}

void Verifier::Private::diffMultiset(Group &g, RowMap &source, RowMap &target)
{
    std::unordered_set<std::string> seen;
    for (auto &[key, row] : source) {
        if (!seen.insert(key).second)
            continue;
        const long s = long(source.count(key));
        const long t = long(target.count(key));
        if (s == t)
            continue;
        RowDifference d;
        d.sourceRow = row.values;
        if (t < s) {
            d.kind = RowDifference::Kind::Missing;
            d.count = int(s - t);
        } else {
            d.kind = RowDifference::Kind::Duplicate;
            d.count = int(t - s);
            d.targetRow = row.values;
        }
        addDifference(g, std::move(d));
    }
    for (auto &[key, row] : target) {
        if (!seen.insert(key).second)
            continue;
        RowDifference d;
        d.kind = RowDifference::Kind::Extra;
        d.targetRow = row.values;
        d.count = int(target.count(key));
        addDifference(g, std::move(d));
    }
}

Status Verifier::Private::compareRange(Sessions &s, Group &g, const KeyRange &range, int depth,
                                       bool top)
{
    if (in.cancel.isCancelled())
        return fail(Error::Code::Cancelled, Text::tr("verification stopped"));
    auto source = checksum(s, g, true, range);
    if (!source)
        return std::unexpected(source.error());
    auto target = checksum(s, g, false, range);
    if (!target)
        return std::unexpected(target.error());
    if (top) {
        std::lock_guard lock(g.mutex);
        g.result.rows += qint64(source->rows);
        g.result.targetRows += qint64(target->rows);
        if (!(*source == *target))
            ++g.result.slicesMismatched;
    }
    if (*source == *target) {
        g.rowsDone += qint64(source->rows);
        return {};
    }
    const qint64 rows = qint64(std::max(source->rows, target->rows));
    if (rows > in.options.rowLevelRows && depth < 24) {
        // Bisect: cut the range again on whichever side has the rows.
        const SourcePart &first = g.sources.first();
        const QString sourceRange = keyRangePredicate(sourceDriver.dialect(), first.key, range);
        QString filter = first.plan->filter;
        if (!sourceRange.isEmpty())
            filter = filter.isEmpty() ? sourceRange : u'(' + filter + u") AND "_s + sourceRange;
        Result<std::vector<KeyValues>> cuts = source->rows >= target->rows
            ? KeysetChunker(*s.sourceReader, first.plan->source.ref, first.key, filter,
                            std::max<qint64>(1, qint64(source->rows) / 2))
                  .all(in.cancel)
            : KeysetChunker(*s.targetReader, g.targetRef, g.targetKey,
                            withTargetFilter(
                                g, keyRangePredicate(targetDriver.dialect(), g.targetKey, range)),
                            std::max<qint64>(1, qint64(target->rows) / 2))
                  .all(in.cancel);
        if (!cuts)
            return std::unexpected(cuts.error());
        // The last boundary may be the range's own upper bound: nothing to split there.
        std::vector<KeyValues> inner;
        for (const KeyValues &k : *cuts)
            if (!range.upper || k != *range.upper)
                inner.push_back(k);
        if (!inner.empty()) {
            std::optional<KeyValues> lower = range.lower;
            for (size_t i = 0; i <= inner.size(); ++i) {
                KeyRange sub;
                sub.lower = lower;
                sub.upper = i < inner.size() ? std::optional<KeyValues>(inner[i]) : range.upper;
                if (auto ok = compareRange(s, g, sub, depth + 1, false); !ok)
                    return ok;
                if (i < inner.size())
                    lower = inner[i];
            }
            return {};
        }
    }
    // Row by row.
    RowMap sourceRows, targetRows;
    auto take = [&](Row &&row, bool sourceSide) {
        const std::string key = g.keyed ? keyOf(g, row) : wholeRowOf(row);
        (sourceSide ? sourceRows : targetRows).emplace(key, std::move(row));
    };
    if (auto ok = readRows(s, g, true, range, {}, take); !ok)
        return ok;
    if (auto ok = readRows(s, g, false, range, {}, take); !ok)
        return ok;
    g.rowsDone += qint64(sourceRows.size());
    if (g.keyed)
        diffKeyed(g, sourceRows, targetRows);
    else
        diffMultiset(g, sourceRows, targetRows);
    return {};
}

Status Verifier::Private::comparePartitions(Sessions &s, Group &g)
{
    const int partitions =
        int(std::clamp<qint64>(g.estimate / std::max(1, in.options.rowLevelRows), 1, 1 << 20));
    std::map<int, SliceChecksum> sourceSums, targetSums;
    auto partitionOf = [&](const Row &row) {
        RowHasher h;
        if (g.keyed)
            for (int i : g.keyIndex)
                h.add(row.normalized[size_t(i)]);
        else
            for (const std::string &v : row.normalized)
                h.add(v);
        return int(h.high() % uint64_t(partitions));
    };
    if (g.pushdown) {
        auto run = [&](Session &session, const Dialect &dialect, const TableRef &table,
                       const QString &rowString, const QString &keyString, const QString &filter,
                       std::map<int, std::array<std::string, 3>> &out) -> Status {
            auto r = session.query(checksumsql::partitionQuery(
                dialect, dialect.qualify(table), rowString, keyString, partitions,
                filter.isEmpty() ? QString() : u'(' + filter + u')'));
            if (!r)
                return std::unexpected(r.error());
            for (int i = 0; i < r->size(); ++i) {
                auto &acc = out[r->text(i, 0).toInt()];
                for (int k = 0; k < 3; ++k)
                    acc[size_t(k)] = addDecimal(acc[size_t(k)].empty() ? "0" : acc[size_t(k)],
                                                r->text(i, k + 1).toStdString());
            }
            return {};
        };
        std::map<int, std::array<std::string, 3>> src, tgt;
        for (const SourcePart &p : g.sources)
            if (auto ok = run(*s.source, sourceDriver.dialect(), p.plan->source.ref, p.rowString,
                              p.keyString, p.plan->filter, src);
                !ok)
                return ok;
        if (auto ok = run(*s.target, targetDriver.dialect(), g.targetRef, g.targetRowString,
                          g.targetKeyString, g.targetFilter, tgt);
            !ok)
            return ok;
        auto fill = [](const std::map<int, std::array<std::string, 3>> &in,
                       std::map<int, SliceChecksum> &out) {
            for (const auto &[p, v] : in) {
                SliceChecksum c;
                c.rows = std::stoull(v[0]);
                c.pushed = QString::fromStdString(v[0] + '|' + v[1] + '|' + v[2]);
                out[p] = c;
            }
        };
        fill(src, sourceSums);
        fill(tgt, targetSums);
    } else {
        for (bool side : {true, false}) {
            auto &sums = side ? sourceSums : targetSums;
            auto ok = readRows(s, g, side, {}, {}, [&](Row &&row, bool) {
                RowHasher h;
                for (const std::string &v : row.normalized)
                    h.add(v);
                SliceChecksum &c = sums[partitionOf(row)];
                ++c.rows;
                c.sum1 += h.high();
                c.sum2 += h.low();
            });
            if (!ok)
                return ok;
        }
    }
    std::vector<int> mismatched;
    qint64 sourceRows = 0, targetRows = 0;
    for (const auto &[p, c] : sourceSums)
        sourceRows += qint64(c.rows);
    for (const auto &[p, c] : targetSums)
        targetRows += qint64(c.rows);
    for (int p = 0; p < partitions; ++p) {
        const auto a = sourceSums.find(p);
        const auto b = targetSums.find(p);
        const SliceChecksum empty;
        if (!((a == sourceSums.end() ? empty : a->second)
              == (b == targetSums.end() ? empty : b->second)))
            mismatched.push_back(p);
    }
    {
        std::lock_guard lock(g.mutex);
        g.result.rows = sourceRows;
        g.result.targetRows = targetRows;
        g.result.slices = partitions;
        g.result.slicesMismatched = int(mismatched.size());
    }
    g.rowsDone = sourceRows;
    if (mismatched.empty())
        return {};

    // Row by row within the mismatched partitions, a few hundred partitions per pass.
    for (size_t start = 0; start < mismatched.size(); start += 256) {
        const std::vector<int> batch(mismatched.begin() + qsizetype(start),
                                     mismatched.begin()
                                         + qsizetype(std::min(mismatched.size(), start + 256)));
        const std::unordered_set<int> wanted(batch.begin(), batch.end());
        RowMap sourceRows, targetRows;
        auto take = [&](Row &&row, bool sourceSide) {
            if (!g.pushdown && !wanted.count(partitionOf(row)))
                return;
            const std::string key = g.keyed ? keyOf(g, row) : wholeRowOf(row);
            (sourceSide ? sourceRows : targetRows).emplace(key, std::move(row));
        };
        ExtraFilter inPartitions;
        if (g.pushdown) {
            const QList<int> parts(batch.begin(), batch.end());
            inPartitions = [&, parts](const SourcePart *p) {
                return p ? checksumsql::partitionPredicate(sourceDriver.dialect(), p->keyString,
                                                           partitions, parts)
                         : checksumsql::partitionPredicate(targetDriver.dialect(),
                                                           g.targetKeyString, partitions, parts);
            };
        }
        if (auto ok = readRows(s, g, true, {}, inPartitions, take); !ok)
            return ok;
        if (auto ok = readRows(s, g, false, {}, inPartitions, take); !ok)
            return ok;
        if (g.keyed)
            diffKeyed(g, sourceRows, targetRows);
        else
            diffMultiset(g, sourceRows, targetRows);
    }
    return {};
}

Status Verifier::Private::recheck(Sessions &s, Group &g)
{
    if (!g.keyed)
        return {};
    const VerifyOptions &o = in.options;
    if (!o.besideStream && o.recheckRounds <= 0)
        return {};
    qsizetype found = 0;
    {
        std::lock_guard lock(g.mutex);
        found = g.result.differences.size();
    }
    // Whatever the rechecks end with, the rows that compared equal on one of them settled.
    const auto countSettled = qScopeGuard([&] {
        std::lock_guard lock(g.mutex);
        g.result.settled = std::max<qint64>(0, found - g.result.differences.size());
    });
    // Beside a change stream a row keeps differing while its change is in flight: read again
    // until every row settles or the bound passes, a little longer between rounds each time.
    QElapsedTimer since;
    since.start();
    const qint64 bound = o.settleMs();
    int delayMs = o.recheckDelayMs;
    for (int round = 1; o.besideStream || round <= o.recheckRounds; ++round) {
        if (o.besideStream && round > 1 && since.elapsed() >= bound)
            return {};
        QList<RowDifference> previous;
        {
            std::lock_guard lock(g.mutex);
            if (g.result.differences.isEmpty())
                return {};
            previous = g.result.differences;
        }
        // In slices: a stop must not wait out a long recheck delay.
        const int wait = o.besideStream
            ? int(std::clamp<qint64>(bound - since.elapsed(), 0, delayMs))
            : o.recheckDelayMs;
        for (int waited = 0; waited < wait && !in.cancel.isCancelled(); waited += 50)
            QThread::msleep(ulong(std::min(50, wait - waited)));
        if (in.cancel.isCancelled())
            return fail(Error::Code::Cancelled, Text::tr("verification stopped"));
        if (o.besideStream)
            delayMs = std::min(2000, delayMs * 3 / 2 + 50);
        // Read the differing keys again on both sides, in batches.
        RowMap sourceRows, targetRows;
        auto take = [&](Row &&row, bool sourceSide) {
            (sourceSide ? sourceRows : targetRows).emplace(keyOf(g, row), std::move(row));
        };
        for (qsizetype start = 0; start < previous.size(); start += 200) {
            auto keysPredicate = [&](const Dialect &dialect, const QList<Column> &key) {
                QStringList alternatives;
                for (qsizetype i = start; i < std::min(previous.size(), start + 200); ++i) {
                    QStringList terms;
                    for (int k = 0; k < key.size(); ++k) {
                        const auto &v = previous[i].key[size_t(k)];
                        terms << dialect.quote(key[k].name)
                                + (v ? u" = "_s + dialect.literal(*v, key[k].type) : u" IS NULL"_s);
                    }
                    alternatives << u'(' + terms.join(u" AND "_s) + u')';
                }
                return alternatives.join(u" OR "_s);
            };
            const ExtraFilter keys = [&](const SourcePart *p) {
                return p ? keysPredicate(sourceDriver.dialect(), p->key)
                         : keysPredicate(targetDriver.dialect(), g.targetKey);
            };
            if (auto ok = readRows(s, g, true, {}, keys, take); !ok)
                return ok;
            if (auto ok = readRows(s, g, false, {}, keys, take); !ok)
                return ok;
        }
        {
            std::lock_guard lock(g.mutex);
            g.result.differences.clear();
            g.result.missing = g.result.extra = g.result.different = g.result.duplicates = 0;
            g.result.recheckRounds = round;
        }
        diffKeyed(g, sourceRows, targetRows);
    }
    return {};
}

void Verifier::Private::worker()
{
    auto sessions = openSessions();
    if (!sessions) {
        {
            std::lock_guard lock(fatalMutex);
            if (!fatal)
                fatal = sessions.error();
        }
        work.stop();
        return;
    }
    work.forEach([&](const SliceWork &item) {
        if (in.cancel.isCancelled())
            return false;
        Group &g = *item.group;
        {
            std::lock_guard lock(g.mutex);
            if (!g.result.error.isEmpty())
                return true;
        }
        Status ok = item.whole ? comparePartitions(*sessions, g)
                               : compareRange(*sessions, g, item.range, 0, true);
        if (!ok) {
            if (ok.error().code == Error::Code::Cancelled)
                return false;
            std::lock_guard lock(g.mutex);
            g.result.error = ok.error().text();
        }
        if (--g.slicesLeft == 0) {
            // The table's last slice: re-check its differences, then it is done.
            bool failed;
            {
                std::lock_guard lock(g.mutex);
                failed = !g.result.error.isEmpty();
            }
            if (!failed)
                if (auto rc = recheck(*sessions, g); !rc) {
                    std::lock_guard lock(g.mutex);
                    g.result.error = rc.error().text();
                }
            std::lock_guard lock(g.mutex);
            g.result.consistent = g.result.rows - g.result.missing - g.result.different;
            g.result.seconds = double(g.timer.elapsed()) / 1000.0;
        }
        return true;
    });
}

void Verifier::Private::progress()
{
    if (!in.observer)
        return;
    RunProgress p;
    p.projectId = in.projectId;
    p.runId = in.runId;
    p.step = u"verify"_s;
    p.stepState = StepState::Running;
    p.at = QDateTime::currentDateTimeUtc();
    for (const auto &g : groups) {
        TableProgress t;
        t.source = g->result.source;
        t.target = g->result.target;
        t.rowsDone = g->rowsDone.load();
        t.rowsTotal = std::max(g->estimate, t.rowsDone);
        t.state = g->slicesLeft.load() == 0
            ? TableState::Done
            : (t.rowsDone > 0 ? TableState::Verifying : TableState::Pending);
        t.chunksTotal = g->result.slices;
        p.rowsDone += t.rowsDone;
        p.rowsTotal += t.rowsTotal;
        p.tables.append(t);
    }
    p.fraction = p.rowsTotal > 0 ? std::min(1.0, double(p.rowsDone) / double(p.rowsTotal)) : 0;
    in.observer->progress(p);
}

Result<VerifyReport> Verifier::run()
{
    QElapsedTimer timer;
    timer.start();
    VerifyReport report;
    report.project = d->in.project;
    report.sourceEndpoint =
        engines::displayName(d->in.source.engine) + u' ' + d->in.source.displayAddress();
    report.targetEndpoint =
        engines::displayName(d->in.target.engine) + u' ' + d->in.target.displayAddress();
    report.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    report.besideStream = d->in.options.besideStream;
    report.settleMs = report.besideStream ? d->in.options.settleMs() : 0;
    if (auto ok = d->buildGroups(); !ok)
        return std::unexpected(ok.error());
    {
        auto sessions = d->openSessions();
        if (!sessions)
            return std::unexpected(sessions.error());
        if (auto ok = d->planSlices(*sessions); !ok)
            return std::unexpected(ok.error());
    }
    const int workers = std::max(1, std::min<int>(d->in.options.concurrency, int(d->slices)));
    {
        WorkerPool pool(u"ferry-verify"_s, workers, [this](int) { d->worker(); });
        pool.wait(std::chrono::milliseconds(200), [this](bool) { d->progress(); });
    }
    if (d->fatal)
        return std::unexpected(*d->fatal);
    if (d->in.cancel.isCancelled())
        return fail(Error::Code::Cancelled, Text::tr("verification was stopped"),
                    Text::tr("Run it again: verification starts over and writes nothing."));
    for (const auto &g : d->groups) {
        TableVerification t = g->result;
        // Differences in key order read best.
        std::sort(t.differences.begin(), t.differences.end(),
                  [](const RowDifference &a, const RowDifference &b) { return a.key < b.key; });
        report.tables.append(t);
    }
    report.seconds = double(timer.elapsed()) / 1000.0;
    qCInfo(lcVerify).noquote() << report.summary();
    return report;
}

} // namespace ferry
