#include "projectrepository.h"

#include "common/language.h"
#include "common/logging.h"
#include "runheartbeat.h"
#include "store/metastore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ferry {

// Before the file's other constants: kProjectColumns is built from them.
const QString kHeartbeatColumns = u"h.at, h.interval_ms, h.pid, h.host"_s;
const QString kHeartbeatJoin = u"LEFT JOIN run_heartbeat h ON h.project_id = p.id"_s;

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timestamp(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// A state as the store spells it. The store only ever holds the ids Ferry wrote; an unknown one
// (a newer Ferry's, a hand edit) reads as pending, so a run redoes the work rather than skip it.
template<typename State>
State storedState(const QVariant &v)
{
    const QString id = v.toString();
    if (auto state = stateFromId<State>(id))
        return *state;
    qCWarning(lcStore).noquote() << u"unknown state '%1' in the store: read as pending"_s.arg(id);
    return State::Pending;
}

const QString kProjectColumns =
    u"p.id, p.uuid, p.definition, p.state, p.last_error, p.progress, p.created_at, "
    "p.updated_at, "_s
    + kHeartbeatColumns;
const QString kProjectFrom = u" FROM project p "_s + kHeartbeatJoin;

Result<ProjectRecord> projectFromRow(const QSqlQuery &q)
{
    ProjectRecord r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    const QJsonObject json = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    // The stored definition was valid when stored; parse it without checking the environment.
    auto definition = ProjectDefinition::fromJson(json, ProjectDefinition::Parse::Stored);
    if (!definition)
        return fail(Error::Code::Internal,
                    Text::tr("the stored definition of project %1 is unreadable: %2")
                        .arg(json.value(u"name"_s).toString(), definition.error().text()));
    r.definition = *definition;
    r.state = liveProjectState(projectStateFromId(q.value(3).toString()), q, 8);
    r.lastError = q.value(4).toString();
    r.progress = q.value(5).toDouble();
    r.createdAt = timestamp(q.value(6));
    r.updatedAt = timestamp(q.value(7));
    return r;
}

QByteArray definitionJson(const ProjectDefinition &d)
{
    return QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

ProjectState liveProjectState(ProjectState stored, const QSqlQuery &q, int column)
{
    if (stored != ProjectState::Running)
        return stored;
    // No heartbeat at all: a run of a Ferry before heartbeats, or one that died before its
    // first beat; either way nothing runs it.
    if (q.value(column).isNull())
        return ProjectState::Interrupted;
    return RunHeartbeat::isAlive(timestamp(q.value(column)), q.value(column + 1).toInt(),
                                 q.value(column + 2).toLongLong(), q.value(column + 3).toString())
        ? ProjectState::Running
        : ProjectState::Interrupted;
}

ProjectRepository::ProjectRepository(std::shared_ptr<MetaStore> store)
    : m_store(std::move(store))
{ }

Result<ProjectRecord> ProjectRepository::create(const ProjectDefinition &definition)
{
    if (findByName(definition.name))
        return fail(Error::Code::Conflict,
                    Text::tr("a project named '%1' already exists").arg(definition.name),
                    Text::tr("Choose another name, or remove the existing project."),
                    definition.name);
    qint64 id = 0;
    auto stored = m_store->transaction([&]() -> Status {
        const QString stamp = now();
        auto q = m_store->exec(u"INSERT INTO project (name, type, state, definition, tags, uuid, "
                               "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)"_s,
                               {definition.name, definition.type, u"not-started"_s,
                                QString::fromUtf8(definitionJson(definition)),
                                definition.tags.join(u","_s),
                                QUuid::createUuid().toString(QUuid::WithoutBraces), stamp, stamp});
        if (!q)
            return std::unexpected(q.error());
        id = q->lastInsertId().toLongLong();
        for (const auto &[role, spec] : {std::pair {u"source"_s, definition.source},
                                         std::pair {u"target"_s, definition.target}}) {
            if (!spec.isDataSource())
                continue;
            auto ref = m_store->exec(u"INSERT INTO project_datasource (project_id, datasource_id, "
                                     "role) SELECT ?, id, ? FROM datasource WHERE name = ?"_s,
                                     {id, role, spec.dataSource});
            if (!ref)
                return std::unexpected(ref.error());
            if (ref->numRowsAffected() != 1)
                return fail(
                    Error::Code::NotFound,
                    (role == u"source"
                         ? Text::tr("project %1: no data source named '%2' for its source")
                         : Text::tr("project %1: no data source named '%2' for its target"))
                        .arg(definition.name, spec.dataSource),
                    Text::tr("Add the data source first (ferry datasource add), or spell the "
                             "endpoint out in the project file."));
        }
        for (int i = 0; i < definition.steps.size(); ++i) {
            auto step = m_store->exec(u"INSERT INTO project_step (project_id, step, position) "
                                      "VALUES (?,?,?)"_s,
                                      {id, definition.steps[i], i});
            if (!step)
                return std::unexpected(step.error());
        }
        return {};
    });
    if (!stored)
        return std::unexpected(stored.error());
    return findById(id);
}

Result<ProjectRecord> ProjectRepository::findByName(const QString &name) const
{
    auto q = m_store->exec(u"SELECT "_s + kProjectColumns + kProjectFrom + u" WHERE p.name = ?"_s,
                           {name});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Text::tr("no project named '%1'").arg(name),
                    Text::tr("List them with 'ferry project list'."), name);
    return projectFromRow(*q);
}

Result<ProjectRecord> ProjectRepository::findById(qint64 id) const
{
    auto q =
        m_store->exec(u"SELECT "_s + kProjectColumns + kProjectFrom + u" WHERE p.id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Text::tr("no project with id %1").arg(id));
    return projectFromRow(*q);
}

Result<QList<ProjectRecord>> ProjectRepository::list() const
{
    auto q = m_store->exec(u"SELECT "_s + kProjectColumns + kProjectFrom + u" ORDER BY p.name"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<ProjectRecord> out;
    while (q->next()) {
        auto r = projectFromRow(*q);
        if (!r)
            return std::unexpected(r.error());
        out.append(*r);
    }
    return out;
}

Status ProjectRepository::updateDefinition(qint64 id, const ProjectDefinition &definition)
{
    return m_store->transaction([&]() -> Status {
        auto q = m_store->exec(u"UPDATE project SET definition = ?, tags = ?, updated_at = ? "
                               "WHERE id = ?"_s,
                               {QString::fromUtf8(definitionJson(definition)),
                                definition.tags.join(u","_s), now(), id});
        if (!q)
            return std::unexpected(q.error());
        // Steps added to the definition join the list; known ones keep their state.
        for (int i = 0; i < definition.steps.size(); ++i) {
            auto step = m_store->exec(u"INSERT INTO project_step (project_id, step, position) "
                                      "VALUES (?,?,?) ON CONFLICT (project_id, step) DO UPDATE "
                                      "SET position = excluded.position"_s,
                                      {id, definition.steps[i], i});
            if (!step)
                return std::unexpected(step.error());
        }
        return {};
    });
}

Status ProjectRepository::setState(qint64 id, ProjectState state, const QString &error)
{
    auto q = m_store->exec(u"UPDATE project SET state = ?, last_error = ?, updated_at = ? "
                           "WHERE id = ?"_s,
                           {projectStateId(state), error.isNull() ? u""_s : error, now(), id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status ProjectRepository::setProgress(qint64 id, double progress)
{
    auto q = m_store->exec(u"UPDATE project SET progress = ? WHERE id = ?"_s, {progress, id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status ProjectRepository::remove(qint64 id)
{
    auto q = m_store->exec(u"DELETE FROM project WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QList<StepRecord>> ProjectRepository::steps(qint64 id) const
{
    auto q = m_store->exec(u"SELECT step, state, started_at, finished_at, error FROM "
                           "project_step WHERE project_id = ? ORDER BY position"_s,
                           {id});
    if (!q)
        return std::unexpected(q.error());
    QList<StepRecord> out;
    while (q->next())
        out.append({q->value(0).toString(), storedState<StepState>(q->value(1)),
                    timestamp(q->value(2)), timestamp(q->value(3)), q->value(4).toString()});
    return out;
}

Status ProjectRepository::setStep(qint64 id, const QString &step, StepState state,
                                  const QString &error)
{
    const QString stamp = now();
    const bool starting = state == StepState::Running;
    const bool ending = isFinished(state);
    auto q = m_store->exec(u"UPDATE project_step SET state = ?, error = ?, "
                           "started_at = CASE WHEN ? THEN ? ELSE started_at END, "
                           "finished_at = CASE WHEN ? THEN ? WHEN ? THEN NULL ELSE finished_at END "
                           "WHERE project_id = ? AND step = ?"_s,
                           {stateId(state), error.isNull() ? u""_s : error, starting, stamp, ending,
                            stamp, starting, id, step});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QList<TableRecord>> ProjectRepository::tables(qint64 id) const
{
    auto q = m_store->exec(u"SELECT source_table, target_table, state, created, target_had_rows, "
                           "truncated, planned, indexes_done, rows_estimate, rows_done, "
                           "rows_skipped, bytes_done, error, started_at, finished_at "
                           "FROM project_table WHERE project_id = ? ORDER BY source_table"_s,
                           {id});
    if (!q)
        return std::unexpected(q.error());
    QList<TableRecord> out;
    while (q->next()) {
        TableRecord t;
        t.sourceTable = q->value(0).toString();
        t.targetTable = q->value(1).toString();
        t.state = storedState<TableState>(q->value(2));
        t.created = q->value(3).toBool();
        t.targetHadRows = q->value(4).toBool();
        t.truncated = q->value(5).toBool();
        t.planned = q->value(6).toBool();
        t.indexesDone = q->value(7).toBool();
        t.rowsEstimate = q->value(8).toLongLong();
        t.rowsDone = q->value(9).toLongLong();
        t.rowsSkipped = q->value(10).toLongLong();
        t.bytesDone = q->value(11).toLongLong();
        t.error = q->value(12).toString();
        t.startedAt = timestamp(q->value(13));
        t.finishedAt = timestamp(q->value(14));
        out.append(t);
    }
    return out;
}

Status ProjectRepository::saveTable(qint64 id, const TableRecord &t)
{
    auto text = [](const QString &s) {
        return s.isNull() ? u""_s : s;
    };
    auto stamp = [](const QDateTime &d) {
        return d.isValid() ? QVariant(d.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
    };
    auto q = m_store->exec(
        u"INSERT INTO project_table (project_id, source_table, target_table, state, created, "
        "target_had_rows, truncated, planned, indexes_done, rows_estimate, rows_done, "
        "rows_skipped, bytes_done, error, started_at, finished_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (project_id, source_table) DO UPDATE "
        "SET target_table = excluded.target_table, state = excluded.state, "
        "created = excluded.created, target_had_rows = excluded.target_had_rows, "
        "truncated = excluded.truncated, planned = excluded.planned, "
        "indexes_done = excluded.indexes_done, rows_estimate = excluded.rows_estimate, "
        "rows_done = excluded.rows_done, rows_skipped = excluded.rows_skipped, "
        "bytes_done = excluded.bytes_done, error = excluded.error, "
        "started_at = excluded.started_at, finished_at = excluded.finished_at"_s,
        {id, t.sourceTable, t.targetTable, stateId(t.state), t.created, t.targetHadRows,
         t.truncated, t.planned, t.indexesDone, t.rowsEstimate, t.rowsDone, t.rowsSkipped,
         t.bytesDone, text(t.error), stamp(t.startedAt), stamp(t.finishedAt)});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status ProjectRepository::log(qint64 id, const QString &level, const QString &message)
{
    auto q = m_store->exec(u"INSERT INTO project_log (project_id, at, level, message) "
                           "VALUES (?,?,?,?)"_s,
                           {id, now(), level, message});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QList<LogLine>> ProjectRepository::logLines(qint64 id, int limit) const
{
    auto q = m_store->exec(u"SELECT at, level, message FROM (SELECT id, at, level, message FROM "
                           "project_log WHERE project_id = ? ORDER BY id DESC LIMIT ?) "
                           "ORDER BY id"_s,
                           {id, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<LogLine> out;
    while (q->next())
        out.append({timestamp(q->value(0)), q->value(1).toString(), q->value(2).toString()});
    return out;
}

Status ProjectRepository::addSample(qint64 id, const MetricSample &s)
{
    auto q = m_store->exec(u"INSERT INTO metric_sample (project_id, at, rows_per_s, bytes_per_s, "
                           "lag_ms) VALUES (?,?,?,?,?)"_s,
                           {id, s.at.toUTC().toString(Qt::ISODateWithMs), s.rowsPerSecond,
                            s.bytesPerSecond, s.lagMs < 0 ? QVariant() : QVariant(s.lagMs)});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QList<MetricSample>> ProjectRepository::samples(qint64 id, int limit) const
{
    auto q = m_store->exec(u"SELECT at, rows_per_s, bytes_per_s, lag_ms FROM (SELECT at, "
                           "rows_per_s, bytes_per_s, lag_ms FROM metric_sample WHERE "
                           "project_id = ? ORDER BY at DESC LIMIT ?) ORDER BY at"_s,
                           {id, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<MetricSample> out;
    while (q->next())
        out.append({timestamp(q->value(0)), q->value(1).toDouble(), q->value(2).toDouble(),
                    q->value(3).isNull() ? -1 : q->value(3).toLongLong()});
    return out;
}

Status ProjectRepository::release(qint64 id)
{
    if (auto ok = setState(id, ProjectState::Releasing); !ok)
        return ok;
    auto released = m_store->transaction([&]() -> Status {
        for (const QString &sql : {u"DELETE FROM chunk WHERE project_id = ?"_s,
                                   u"DELETE FROM metric_sample WHERE project_id = ?"_s,
                                   u"DELETE FROM stream_state WHERE project_id = ?"_s})
            if (auto q = m_store->exec(sql, {id}); !q)
                return std::unexpected(q.error());
        return {};
    });
    if (!released)
        return released;
    logIfFailed(lcStore(),
                log(id, u"info"_s, Text::tr("project released: checkpoints and samples deleted")),
                "the release is done; only its line in the project log is missing");
    return setState(id, ProjectState::Released);
}

Status ProjectRepository::reset(qint64 id)
{
    auto done = m_store->transaction([&]() -> Status {
        for (const QString &sql : {
                 u"DELETE FROM chunk WHERE project_id = ?"_s,
                 u"DELETE FROM project_table WHERE project_id = ?"_s,
                 u"DELETE FROM metric_sample WHERE project_id = ?"_s,
                 u"DELETE FROM stream_state WHERE project_id = ?"_s,
                 u"UPDATE project_step SET state = 'pending', started_at = NULL, finished_at = "
                 u"NULL, "
                 "error = '' WHERE project_id = ?"_s,
             })
            if (auto q = m_store->exec(sql, {id}); !q)
                return std::unexpected(q.error());
        auto q = m_store->exec(u"UPDATE project SET state = ?, progress = 0, last_error = '', "
                               "updated_at = ? WHERE id = ?"_s,
                               {projectStateId(ProjectState::NotStarted), now(), id});
        if (!q)
            return std::unexpected(q.error());
        return {};
    });
    if (!done)
        return done;
    logIfFailed(lcStore(), log(id, u"info"_s, Text::tr("project reset: its progress was deleted")),
                "the reset is done; only its line in the project log is missing");
    return {};
}

Result<QString> ProjectRepository::freeName(const QString &base) const
{
    for (int n = 1; n < 1000; ++n) {
        const QString suffix = n == 1 ? u"-clone"_s : u"-clone%1"_s.arg(n);
        const QString candidate = base.left(64 - int(suffix.size())) + suffix;
        auto existing = findByName(candidate);
        if (!existing && existing.error().code == Error::Code::NotFound)
            return candidate;
        if (!existing)
            return std::unexpected(existing.error());
    }
    return fail(Error::Code::Conflict, Text::tr("no free name for a clone of '%1'").arg(base));
}

Result<QList<Checkpoint>> ProjectRepository::checkpoints(qint64 id) const
{
    auto q = m_store->exec(
        u"SELECT c.source_table, count(*), sum(c.state = 'done'), sum(c.state = 'started'), "
        "sum(CASE WHEN c.state = 'done' THEN c.rows ELSE 0 END), "
        "(SELECT d.upper_key FROM chunk d WHERE d.project_id = c.project_id AND "
        " d.source_table = c.source_table AND d.state = 'done' ORDER BY d.ordinal DESC LIMIT 1) "
        "FROM chunk c WHERE c.project_id = ? GROUP BY c.source_table ORDER BY c.source_table"_s,
        {id});
    if (!q)
        return std::unexpected(q.error());
    QList<Checkpoint> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt(),
                    q->value(3).toInt(), q->value(4).toLongLong(), q->value(5).toString()});
    return out;
}

Status ProjectRepository::saveStream(qint64 id, const StreamRecord &s)
{
    // tables_json: {"shop.orders": [inserts, updates, deletes(, [source columns])]}
    QJsonObject tables;
    for (auto it = s.tables.cbegin(); it != s.tables.cend(); ++it)
        tables.insert(it.key(), QJsonArray {it->inserts, it->updates, it->deletes});
    for (auto it = s.sourceColumns.cbegin(); it != s.sourceColumns.cend(); ++it) {
        QJsonArray entry = tables.value(it.key()).toArray();
        while (entry.size() < 3)
            entry.append(0);
        entry.append(QJsonArray::fromStringList(it.value()));
        tables.insert(it.key(), entry);
    }
    auto stamp = [](const QDateTime &t) {
        return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
    };
    auto q = m_store->exec(
        u"INSERT INTO stream_state (project_id, stream, state, read_position, applied_position, "
        "last_commit_at, applied_at, lag_ms, events_per_s, transactions, events, tables_json, "
        "detail, updated_at, held_position, ddl_decision) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (project_id, stream) DO UPDATE SET state = excluded.state, "
        "read_position = excluded.read_position, held_position = excluded.held_position, "
        "ddl_decision = excluded.ddl_decision, "
        "applied_position = excluded.applied_position, last_commit_at = "
        "excluded.last_commit_at, applied_at = excluded.applied_at, lag_ms = excluded.lag_ms, "
        "events_per_s = excluded.events_per_s, transactions = excluded.transactions, events = "
        "excluded.events, tables_json = excluded.tables_json, detail = excluded.detail, "
        "updated_at = excluded.updated_at"_s,
        {id, s.stream, s.state, s.readPosition, s.appliedPosition, stamp(s.lastCommitAt),
         stamp(s.appliedAt), s.lagMs < 0 ? QVariant() : QVariant(s.lagMs), s.eventsPerSecond,
         s.transactions, s.events,
         QString::fromUtf8(QJsonDocument(tables).toJson(QJsonDocument::Compact)), s.detail, now(),
         s.heldPosition, s.ddlDecision});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

namespace {

const QString kStreamColumns =
    u"stream, state, read_position, applied_position, last_commit_at, applied_at, lag_ms, "
    "events_per_s, transactions, events, tables_json, detail, updated_at, held_position, "
    "ddl_decision"_s;

// A stream_state row read through kStreamColumns, from `column` on.
StreamRecord streamFromRow(const QSqlQuery &q, int column)
{
    StreamRecord s;
    s.stream = q.value(column).toString();
    s.state = q.value(column + 1).toString();
    s.readPosition = q.value(column + 2).toString();
    s.appliedPosition = q.value(column + 3).toString();
    s.lastCommitAt = timestamp(q.value(column + 4));
    s.appliedAt = timestamp(q.value(column + 5));
    s.lagMs = q.value(column + 6).isNull() ? -1 : q.value(column + 6).toLongLong();
    s.eventsPerSecond = q.value(column + 7).toDouble();
    s.transactions = q.value(column + 8).toLongLong();
    s.events = q.value(column + 9).toLongLong();
    const QJsonObject tables = QJsonDocument::fromJson(q.value(column + 10).toByteArray()).object();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const QJsonArray c = it.value().toArray();
        const TableChangeCounts counts {c.at(0).toInteger(), c.at(1).toInteger(),
                                        c.at(2).toInteger()};
        if (c.size() <= 3 || counts.inserts || counts.updates || counts.deletes)
            s.tables.insert(it.key(), counts);
        if (c.size() > 3) {
            QStringList columns;
            for (const QJsonValue &v : c.at(3).toArray())
                columns << v.toString();
            s.sourceColumns.insert(it.key(), columns);
        }
    }
    s.detail = q.value(column + 11).toString();
    s.updatedAt = timestamp(q.value(column + 12));
    s.heldPosition = q.value(column + 13).toString();
    s.ddlDecision = q.value(column + 14).toString();
    return s;
}

} // namespace

Result<QList<StreamRecord>> ProjectRepository::streams(qint64 id) const
{
    auto q = m_store->exec(u"SELECT "_s + kStreamColumns
                               + u" FROM stream_state WHERE project_id = ? ORDER BY stream"_s,
                           {id});
    if (!q)
        return std::unexpected(q.error());
    QList<StreamRecord> out;
    while (q->next())
        out.append(streamFromRow(*q, 0));
    return out;
}

Result<QHash<qint64, StreamRecord>> ProjectRepository::streamsNamed(const QString &stream) const
{
    auto q = m_store->exec(u"SELECT project_id, "_s + kStreamColumns
                               + u" FROM stream_state WHERE stream = ?"_s,
                           {stream});
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, StreamRecord> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), streamFromRow(*q, 1));
    return out;
}

QString ProjectRepository::appliedPosition(qint64 id, const QString &stream) const
{
    auto all = streams(id);
    if (!all)
        return {};
    for (const StreamRecord &s : std::as_const(*all))
        if (s.stream == stream)
            return s.appliedPosition;
    return {};
}

QSet<QString> ProjectRepository::ownTargets(qint64 id) const
{
    QSet<QString> out;
    auto all = tables(id);
    if (!all)
        return out;
    // A table whose key walk a crash cut short is not planned yet, but its first chunks may
    // be in the target: the ledger says so.
    QSet<QString> chunked;
    if (auto q =
            m_store->exec(u"SELECT DISTINCT source_table FROM chunk WHERE project_id = ?"_s, {id}))
        while (q->next())
            chunked.insert(q->value(0).toString());
    for (const TableRecord &t : *all) {
        if (!t.created && !t.planned && !chunked.contains(t.sourceTable))
            continue;
        const qsizetype dot = t.targetTable.lastIndexOf(u'.');
        out.insert(dot >= 0 ? t.targetTable.mid(dot + 1) : t.targetTable);
    }
    return out;
}

} // namespace ferry
