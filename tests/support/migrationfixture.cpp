#include "migrationfixture.h"

#include "engines/driver.h"
#include "project/migrationrun.h"
#include "project/projectrepository.h"
#include "store/metastore.h"
#include "testservers.h"

#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ferry::test {

struct Scratch::Private
{
    QString tag;
    QTemporaryDir dir;
    QStringList mariadbDatabases;
    QString pgDatabase;
};

Scratch::Scratch(const QString &tag)
    : d(std::make_unique<Private>())
{
    d->tag = tag + u'_' + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    d->pgDatabase = u"ferry_fx_"_s + d->tag;
    auto admin = Driver::forEngine(Engine::PostgreSql).connect(postgres());
    if (admin)
        (void)(*admin)->exec(u"CREATE DATABASE "_s + d->pgDatabase);
}

Scratch::~Scratch()
{
    if (auto my = Driver::forEngine(Engine::MariaDb).connect(mariadb()))
        for (const QString &db : std::as_const(d->mariadbDatabases))
            (void)(*my)->exec(u"DROP DATABASE IF EXISTS `%1`"_s.arg(db));
    if (auto pg = Driver::forEngine(Engine::PostgreSql).connect(postgres()))
        (void)(*pg)->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(d->pgDatabase));
}

QString Scratch::dir() const
{
    return d->dir.path();
}

Endpoint Scratch::make(Engine engine, const QString &name)
{
    switch (engines::family(engine)) {
    case EngineFamily::MySql: {
        const QString db = u"ferry_fx_%1_%2"_s.arg(d->tag, name);
        d->mariadbDatabases << db;
        if (auto my = Driver::forEngine(Engine::MariaDb).connect(mariadb()))
            (void)(*my)->exec(u"CREATE DATABASE `%1` CHARACTER SET utf8mb4 COLLATE "
                              "utf8mb4_unicode_ci"_s.arg(db));
        return mariadb(db);
    }
    case EngineFamily::PostgreSql: {
        Endpoint e = postgres(d->pgDatabase);
        e.schema = name;
        if (auto pg = Driver::forEngine(Engine::PostgreSql).connect(e))
            (void)(*pg)->exec(u"CREATE SCHEMA \"%1\""_s.arg(name));
        return e;
    }
    case EngineFamily::Sqlite: {
        Endpoint e;
        e.engine = Engine::Sqlite;
        e.path = d->dir.filePath(name + u".sqlite"_s);
        return e;
    }
    }
    return {};
}

Status execute(const Endpoint &endpoint, const QStringList &statements)
{
    const Driver &driver = Driver::forEngine(endpoint.engine);
    auto session = driver.connectForWrite(endpoint);
    if (!session)
        return std::unexpected(session.error());
    if (endpoint.engine == Engine::PostgreSql)
        if (auto ok = (*session)->exec(u"SET search_path TO \"%1\""_s.arg(endpoint.schema)); !ok)
            return ok;
    for (const QString &sql : statements)
        if (auto ok = (*session)->exec(sql); !ok)
            return ok;
    return {};
}

QStringList rowsOf(const Endpoint &endpoint, const QString &sql)
{
    const Driver &driver = Driver::forEngine(endpoint.engine);
    auto session = driver.connect(endpoint);
    if (!session)
        return {u"connect: "_s + session.error().text()};
    if (endpoint.engine == Engine::PostgreSql)
        if (auto ok = (*session)->exec(u"SET search_path TO \"%1\", public"_s.arg(endpoint.schema));
            !ok)
            return {u"search_path: "_s + ok.error().text()};
    auto q = (*session)->query(sql);
    if (!q)
        return {u"query: "_s + q.error().text()};
    QStringList out;
    for (int r = 0; r < q->size(); ++r) {
        QStringList cells;
        for (int col = 0; col < int(q->columns.size()); ++col)
            cells << (q->isNull(r, col) ? u"NULL"_s : q->text(r, col));
        out << cells.join(u'|');
    }
    return out;
}

QStringList logOf(const QString &storePath, qint64 projectId)
{
    QStringList out;
    auto store = MetaStore::open(storePath);
    if (!store)
        return out;
    if (auto lines = ProjectRepository(*store).logLines(projectId))
        for (const LogLine &l : *lines)
            out << l.message;
    return out;
}

QStringList mariadbHardTable()
{
    return {
        u"CREATE TABLE hard (id INT PRIMARY KEY, u64 BIGINT UNSIGNED, i64 BIGINT, i8 TINYINT, "
        "dec65 DECIMAL(65,30), `dec` DECIMAL(10,2), f FLOAT, d DOUBLE, flag TINYINT(1), "
        "b10 BIT(10), ch CHAR(5), vc VARCHAR(100), t TEXT, bl BLOB, vb VARBINARY(16), dt DATE, "
        "dtm DATETIME(6), ts TIMESTAMP(6) NULL, tm TIME(6), y YEAR, e ENUM('a','b,c','d''e'), "
        "s SET('x','y','z'), j JSON, INDEX hard_vc (vc))"_s,
        u"INSERT INTO hard VALUES (1, 18446744073709551615, -9223372036854775808, -128, "
        "12345678901234567890123456789012345.123456789012345678901234567890, -12345678.90, "
        "1.2345678, 0.30000000000000004, 1, b'1010101010', 'ab', '😀 ü 中 emoji', "
        "'tab\\there\\nnew line back\\\\slash ''quote''', X'00FF0A5C0D09', X'DEADBEEF', "
        "'1000-01-01', '2024-02-29 23:59:59.999999', '2024-06-01 06:30:00.123456', "
        "'23:59:59.999999', 2155, 'b,c', 'x,z', '{\"b\": [1, 2], \"a\": \"ü\"}')"_s,
        u"INSERT INTO hard VALUES (2, 0, 9223372036854775807, 127, "
        "-0.000000000000000000000000000001, 0.00, 0.1, 5e-324, 0, b'0000000000', '', '', '', "
        "X'', X'00', '9999-12-31', '1970-01-01 00:00:00.000001', '1970-01-01 00:00:01', "
        "'00:00:00', 1901, 'd''e', '', '[]')"_s,
        u"INSERT INTO hard (id) VALUES (3)"_s,
    };
}

namespace {

QStringList mariadbFixture()
{
    return mariadbHardTable()
        + QStringList {
            u"CREATE TABLE `Order Items` (`Order Id` INT, `Line` VARCHAR(20), `select` INT, "
            "`Note` VARCHAR(40), PRIMARY KEY (`Order Id`, `Line`))"_s,
            u"INSERT INTO `Order Items` VALUES (1, 'a', 10, 'first'), (1, 'B', 11, NULL), "
            "(2, 'c', 12, 'x y'), (2, 'Ä', 13, 'umlaut')"_s,
            u"CREATE TABLE nokey (a INT, b VARCHAR(10))"_s,
            u"INSERT INTO nokey VALUES (1, 'x'), (1, 'x'), (2, NULL), (3, '')"_s,
            u"CREATE TABLE big (id INT PRIMARY KEY, v VARCHAR(32) NOT NULL, n BIGINT)"_s,
            u"INSERT INTO big SELECT seq, CONCAT('row-', seq), seq * 7 FROM seq_1_to_%1"_s.arg(
                bigRows),
        };
}

QStringList postgresFixture()
{
    return {
        u"CREATE TABLE hard (id integer PRIMARY KEY, i16 smallint, i64 bigint, "
        "num numeric(65,30), r real, d double precision, flag boolean, b10 bit(10), "
        "ch character(5), vc varchar(100), t text, bl bytea, dt date, ts timestamp(6), "
        "tstz timestamptz(6), tm time(6), j json, u uuid)"_s,
        u"CREATE INDEX hard_vc ON hard (vc)"_s,
        u"INSERT INTO hard VALUES (1, -32768, -9223372036854775808, "
        "12345678901234567890123456789012345.123456789012345678901234567890, 1.2345678, "
        "0.30000000000000004, true, B'1010101010', 'ab', '😀 ü 中 emoji', "
        "E'tab\\there\\nnew line back\\\\slash ''quote''', '\\x00ff0a5c0d09', '0001-01-01', "
        "'2024-02-29 23:59:59.999999', '2024-06-01 12:00:00.123456+05:30', '23:59:59.999999', "
        "'{\"b\": [1, 2],  \"a\": \"ü\"}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')"_s,
        u"INSERT INTO hard VALUES (2, 32767, 9223372036854775807, "
        "-0.000000000000000000000000000001, 3.4028235e38, 5e-324, false, B'0000000000', '', "
        "'', '', '\\x', '9999-12-31', '1970-01-01 00:00:00.000001', '1970-01-01 00:00:01+00', "
        "'00:00:00', '[]', '00000000-0000-0000-0000-000000000000')"_s,
        u"INSERT INTO hard (id) VALUES (3)"_s,
        u"CREATE TABLE \"Order Items\" (\"Order Id\" integer, \"Line\" varchar(20), "
        "\"select\" integer, \"Note\" varchar(40), PRIMARY KEY (\"Order Id\", \"Line\"))"_s,
        u"INSERT INTO \"Order Items\" VALUES (1, 'a', 10, 'first'), (1, 'B', 11, NULL), "
        "(2, 'c', 12, 'x y'), (2, 'Ä', 13, 'umlaut')"_s,
        u"CREATE TABLE nokey (a integer, b varchar(10))"_s,
        u"INSERT INTO nokey VALUES (1, 'x'), (1, 'x'), (2, NULL), (3, '')"_s,
        u"CREATE TABLE big (id integer PRIMARY KEY, v varchar(32) NOT NULL, n bigint)"_s,
        u"INSERT INTO big SELECT g, 'row-' || g, g * 7 FROM generate_series(1, %1) g"_s.arg(
            bigRows),
    };
}

QStringList sqliteFixture()
{
    return {
        u"CREATE TABLE hard (id INTEGER PRIMARY KEY, i INTEGER, r REAL, flag BOOLEAN, "
        "dec DECIMAL(10,2), vc VARCHAR(100), t TEXT, bl BLOB, dt DATE, dtm DATETIME)"_s,
        u"CREATE INDEX hard_vc ON hard (vc)"_s,
        u"INSERT INTO hard VALUES (1, 9223372036854775807, 0.30000000000000004, 1, 12.5, "
        "'😀 ü 中 emoji', 'tab' || char(9) || 'here' || char(10) || 'new line back\\slash "
        "''quote''', X'00FF0A5C0D09', '2024-02-29', '2024-02-29 23:59:59.999999')"_s,
        u"INSERT INTO hard VALUES (2, -9223372036854775808, 5e-324, 0, -0.01, '', '', X'', "
        "'0001-01-01', '1970-01-01 00:00:00.000001')"_s,
        u"INSERT INTO hard (id) VALUES (3)"_s,
        u"CREATE TABLE \"Order Items\" (\"Order Id\" INTEGER, \"Line\" VARCHAR(20), "
        "\"select\" INTEGER, \"Note\" VARCHAR(40), PRIMARY KEY (\"Order Id\", \"Line\"))"_s,
        u"INSERT INTO \"Order Items\" VALUES (1, 'a', 10, 'first'), (1, 'B', 11, NULL), "
        "(2, 'c', 12, 'x y'), (2, 'Ä', 13, 'umlaut')"_s,
        u"CREATE TABLE nokey (a INTEGER, b VARCHAR(10))"_s,
        u"INSERT INTO nokey VALUES (1, 'x'), (1, 'x'), (2, NULL), (3, '')"_s,
        u"CREATE TABLE big (id INTEGER PRIMARY KEY, v VARCHAR(32) NOT NULL, n INTEGER)"_s,
        u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %1) "
        "INSERT INTO big SELECT x, 'row-' || x, x * 7 FROM c"_s.arg(bigRows),
    };
}

} // namespace

Status createFixture(const Endpoint &endpoint)
{
    switch (endpoint.family()) {
    case EngineFamily::MySql: return execute(endpoint, mariadbFixture());
    case EngineFamily::PostgreSql: return execute(endpoint, postgresFixture() << u"ANALYZE"_s);
    case EngineFamily::Sqlite: return execute(endpoint, sqliteFixture());
    }
    return {};
}

Result<Table> describe(const Endpoint &endpoint, const QString &table)
{
    const Driver &driver = Driver::forEngine(endpoint.engine);
    auto session = driver.connect(endpoint);
    if (!session)
        return std::unexpected(session.error());
    auto tables = driver.readTables(**session, endpoint.effectiveSchema());
    if (!tables)
        return std::unexpected(tables.error());
    for (const Table &t : *tables)
        if (t.ref.name == table)
            return t;
    return fail(Error::Code::NotFound, u"no table %1"_s.arg(table));
}

Result<std::vector<RowData>> readTable(const Endpoint &endpoint, const QString &table,
                                       const QStringList &orderBy)
{
    const Driver &driver = Driver::forEngine(endpoint.engine);
    auto session = driver.connect(endpoint);
    if (!session)
        return std::unexpected(session.error());
    auto t = describe(endpoint, table);
    if (!t)
        return std::unexpected(t.error());
    ReadRequest request;
    request.table = t->ref;
    request.columns = t->columns;
    for (const QString &c : orderBy.isEmpty() ? QStringList {} : orderBy)
        if (const Column *col = t->column(c))
            request.keyColumns.append(*col);
    std::vector<RowData> rows;
    auto reader = driver.makeReader(**session);
    auto ok = reader->read(
        request,
        [&](RowBatch &&batch) -> Status {
            for (int r = 0; r < batch.rows(); ++r) {
                RowData row;
                for (int c = 0; c < batch.columns(); ++c)
                    row.push_back(batch.isNull(r, c) ? Cell()
                                                     : Cell(std::string(batch.cell(r, c))));
                rows.push_back(std::move(row));
            }
            return {};
        },
        CancelToken());
    if (!ok)
        return std::unexpected(ok.error());
    if (orderBy.isEmpty())
        std::sort(rows.begin(), rows.end());
    return rows;
}

static QJsonObject endpointJson(const Endpoint &e)
{
    QJsonObject o {{u"engine"_s, engines::id(e.engine)}};
    if (e.engine == Engine::Sqlite) {
        o[u"path"_s] = e.path;
        return o;
    }
    o[u"host"_s] = e.host;
    o[u"port"_s] = e.port;
    o[u"user"_s] = e.user;
    o[u"password"_s] = e.password;
    o[u"database"_s] = e.database;
    if (e.engine == Engine::PostgreSql)
        o[u"schema"_s] = e.schema;
    o[u"tls"_s] = u"disable"_s;
    return o;
}

QJsonObject projectJson(const QString &name, const Endpoint &source, const Endpoint &target,
                        const QStringList &steps, const QJsonObject &options)
{
    QJsonObject o {{u"name"_s, name},
                   {u"source"_s, endpointJson(source)},
                   {u"target"_s, endpointJson(target)},
                   {u"steps"_s, QJsonArray::fromStringList(steps)}};
    QJsonObject opts = options;
    if (!opts.contains(u"chunkRows"_s))
        opts[u"chunkRows"_s] = 5000;
    o[u"options"_s] = opts;
    return o;
}

RunResult runProject(const QString &storePath, const QJsonObject &project, const Endpoint &source,
                     const Endpoint &target, bool untilCaughtUp)
{
    RunResult result;
    auto store = MetaStore::open(storePath);
    if (!store) {
        result.error = store.error();
        return result;
    }
    auto definition = ProjectDefinition::fromJson(project);
    if (!definition) {
        result.error = definition.error();
        return result;
    }
    ProjectRepository projects(*store);
    auto record = projects.findByName(definition->name);
    if (!record)
        record = projects.create(*definition);
    else
        (void)projects.updateDefinition(record->id, *definition);
    if (!record) {
        result.error = record.error();
        return result;
    }
    result.projectId = record->id;
    MigrationRun run(*store, record->id, source, target, nullptr, CancelToken());
    run.setUntilCaughtUp(untilCaughtUp);
    auto outcome = run.execute();
    result.ok = outcome.has_value();
    if (!outcome)
        result.error = outcome.error();
    if (run.outcome().verification)
        result.verification = *run.outcome().verification;
    result.precheck = run.outcome().precheck.toJson();
    return result;
}

} // namespace ferry::test
