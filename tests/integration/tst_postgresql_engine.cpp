// PostgreSQL engine against the real server: catalog, dialect, COPY reader and COPY writer,
// with exact values for every type, the messages of refused values, and cancellation.
#include "engines/driver.h"
#include "engines/keypredicate.h"
#include "engines/keysetchunker.h"
#include "engines/postgresql/postgresqlcatalog.h"
#include "engines/postgresql/postgresqlcopytext.h"
#include "engines/postgresql/postgresqldialect.h"
#include "engines/postgresql/postgresqlsession.h"
#include "logcapture.h"
#include "testservers.h"
#include "values/canonical.h"

#include <QRandomGenerator>
#include <QtTest>

#include <thread>

Q_DECLARE_METATYPE(ferry::ColumnType)

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

using Cells = std::vector<std::optional<std::string>>;
const QByteArray kNull = "<NULL>";

const Driver &driver()
{
    return Driver::forEngine(Engine::PostgreSql);
}

const Dialect &dialect()
{
    return driver().dialect();
}

QByteArray cellAt(const RowBatch &b, int row, int column)
{
    if (b.isNull(row, column))
        return kNull;
    const std::string_view v = b.cell(row, column);
    return QByteArray(v.data(), qsizetype(v.size()));
}

RowBatch makeBatch(int columns, const std::vector<Cells> &rows)
{
    RowBatch b(columns);
    for (const Cells &row : rows) {
        for (const auto &cell : row) {
            if (cell)
                b.append(*cell);
            else
                b.appendNull();
        }
        b.endRow();
    }
    return b;
}

QString describe(const Column &c)
{
    static const char *kinds[] = {"none", "literal", "now", "expression"};
    const ColumnType &t = c.type;
    return u"%1 %2 w%3%4 l%5 p%6,%7 f%8 [%9] native=%10%11 default=%12:%13%14%15"_s
        .arg(c.name, ColumnType::kindName(t.kind))
        .arg(t.byteWidth)
        .arg(t.isUnsigned ? u"u"_s : QString())
        .arg(t.length)
        .arg(t.precision)
        .arg(t.scale)
        .arg(t.fraction)
        .arg(t.labels.join(u','), t.native, c.nullable ? QString() : u" NOT NULL"_s,
             QLatin1StringView(kinds[int(c.defaultKind)]), c.defaultValue,
             c.autoIncrement ? u" auto"_s : QString(), c.generated ? u" generated"_s : QString());
}

QStringList describeColumns(const Table &t)
{
    QStringList out;
    for (const Column &c : t.columns)
        out << describe(c);
    return out;
}

QString describe(const Index &i)
{
    return u"%1(%2)%3%4"_s.arg(i.name, i.columns.join(u','), i.unique ? u" unique"_s : QString(),
                               i.primary ? u" primary"_s : QString());
}

QString describe(const ForeignKey &fk)
{
    return u"%1(%2) -> %3(%4) delete=%5 update=%6"_s.arg(
        fk.name, fk.columns.join(u','), fk.referenced.display(), fk.referencedColumns.join(u','),
        fk.onDelete, fk.onUpdate);
}

ColumnType typeOf(TypeKind kind)
{
    ColumnType t;
    t.kind = kind;
    return t;
}

Column columnOf(const QString &name, const ColumnType &type)
{
    Column c;
    c.name = name;
    c.type = type;
    return c;
}

const Table *findTable(const QList<Table> &tables, const QString &name)
{
    for (const Table &t : tables)
        if (t.ref.name == name)
            return &t;
    return nullptr;
}

// A target table for `source` in `schema`, declared by the PostgreSQL dialect.
TargetTable targetFor(const Table &source, const QString &schema, Engine engine)
{
    TargetTable t;
    t.ref = {schema, source.ref.name};
    for (const Column &c : source.columns) {
        if (c.generated)
            continue;
        TargetColumn tc;
        tc.name = c.name;
        tc.sourceName = c.name;
        tc.sourceType = c.type;
        tc.type = dialect().declare(c.type, engine);
        tc.nullable = c.nullable;
        tc.defaultKind = c.defaultKind;
        tc.defaultValue = c.defaultValue;
        tc.autoIncrement = c.autoIncrement;
        t.columns << tc;
    }
    if (source.primaryKey)
        t.primaryKey = source.primaryKey->columns;
    t.indexes = source.indexes;
    for (ForeignKey fk : source.foreignKeys) {
        fk.referenced.schema = schema;
        t.foreignKeys << fk;
    }
    return t;
}

QList<Column> copiedColumns(const Table &t)
{
    QList<Column> out;
    for (const Column &c : t.columns)
        if (!c.generated)
            out << c;
    return out;
}

QList<Column> keyColumnsOf(const Table &t)
{
    QList<Column> out;
    for (const QString &name : t.chunkKey())
        out << *t.column(name);
    return out;
}

QString errorText(const Error &e)
{
    return u"[%1] %2"_s.arg(Error::codeName(e.code), e.text());
}

std::string allBytes()
{
    std::string s(256, '\0');
    for (int i = 0; i < 256; ++i)
        s[size_t(i)] = char(i);
    return s;
}

} // namespace

class TestPostgreSqlEngine : public QObject
{
    Q_OBJECT

private:
    QString m_database;
    std::unique_ptr<PostgreSqlSession> m_session;

    void sql(const QString &statement)
    {
        auto s = m_session->exec(statement);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().text()));
    }

    QString scalar(const QString &query)
    {
        auto r = m_session->query(query);
        if (!r || r->size() == 0)
            return u"<error: %1>"_s.arg(r ? u"no row"_s : r.error().text());
        return r->isNull(0, 0) ? QString::fromLatin1(kNull) : r->text(0, 0);
    }

    Result<QList<Table>> tables(const QString &schema)
    {
        return driver().readTables(*m_session, schema);
    }

    // Reads every row of `table` (all copied columns, in key order) into batches.
    Result<std::vector<RowBatch>> readAll(const Table &table, int batchRows = 4096,
                                          KeyRange range = {})
    {
        auto reader = driver().makeReader(*m_session);
        ReadRequest request;
        request.table = table.ref;
        request.columns = copiedColumns(table);
        request.keyColumns = keyColumnsOf(table);
        request.range = std::move(range);
        request.batchRows = batchRows;
        std::vector<RowBatch> batches;
        CancelToken cancel;
        auto s = reader->read(
            request,
            [&](RowBatch &&b) -> Status {
                batches.push_back(std::move(b));
                return {};
            },
            cancel);
        if (!s)
            return std::unexpected(s.error());
        return batches;
    }

    WriteRequest writeRequest(const Table &source, const Table &target)
    {
        WriteRequest w;
        w.table = target.ref;
        w.sourceName = source.ref.display();
        for (const Column &c : copiedColumns(source)) {
            const Column *t = target.column(c.name);
            w.columns << c.name;
            w.sourceTypes << c.type;
            w.targetTypes << (t ? t->type : c.type);
            w.targetNullable << (t ? t->nullable : true);
        }
        for (const QString &k : source.chunkKey()) {
            w.keyCells << int(w.columns.indexOf(k));
            w.keyNames << k;
        }
        return w;
    }

    void createTarget(const TargetTable &t)
    {
        for (const QString &statement : dialect().createTable(t, true))
            sql(statement);
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_database =
            u"ferry_pg_%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
        {
            auto admin = PostgreSqlSession::open(test::postgres());
            QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().text()));
            auto s = (*admin)->exec(u"CREATE DATABASE "_s + m_database);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().text()));
        }
        auto session = PostgreSqlSession::open(test::postgres(m_database));
        QVERIFY2(session, qPrintable(session ? QString() : session.error().text()));
        m_session = std::move(*session);

        sql(u"CREATE SCHEMA src"_s);
        sql(u"CREATE SCHEMA dst"_s);
        sql(u"CREATE TYPE src.mood AS ENUM ('sad', 'ok', 'happy')"_s);
        sql(uR"(CREATE TABLE src.hard (
            id integer PRIMARY KEY,
            i2 smallint, i4 integer, i8 bigint,
            n65 numeric(65,30), nu numeric,
            r real, d double precision,
            b boolean,
            c5 character(5), vc character varying(20), tx text,
            by bytea,
            dt date, tm time(6), ts timestamp(6), tz timestamp(6) with time zone,
            iv interval, js json, jb jsonb, u uuid,
            b1 bit(1), b10 bit(10), b64 bit(64),
            mo src.mood, arr integer[]))"_s);
        sql(uR"(INSERT INTO src.hard VALUES
            (1, -32768, -2147483648, -9223372036854775808,
             '-99999999999999999999999999999999999.999999999999999999999999999999', 'NaN',
             1.2345678, 0.30000000000000004, true,
             'ab', '😀 ü 中', E'tab\there\nnew line\\back\\slash\r',
             (SELECT string_agg(set_byte('\x00'::bytea, 0, g), ''::bytea ORDER BY g)
              FROM generate_series(0, 255) g),
             '0001-01-01', '00:00:00', '2024-02-29 23:59:59.999999',
             '2024-06-01 12:00:00.123456+05:30',
             '1 year 2 mons 3 days 04:05:06.789', '{"b": 1,   "a": [1,2]}', '{"b": 1, "a": 2}',
             'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11',
             B'1', B'1010101010', B'1111111111111111111111111111111111111111111111111111111111111111',
             'happy', '{1,2,NULL}'),
            (2, 32767, 2147483647, 9223372036854775807,
             '99999999999999999999999999999999999.999999999999999999999999999999',
             '12345678901234567890.000000000000000000000000000001',
             3.4028235e38, 5e-324, false,
             'abcde', '', '', '', '9999-12-31', '23:59:59.999999', '0001-01-01 00:00:00',
             '1970-01-01 00:00:00+00', '-1 days +00:00:01', '[]', '[]',
             '00000000-0000-0000-0000-000000000000',
             B'0', B'0000000000', B'0000000000000000000000000000000000000000000000000000000000000001',
             'sad', '{}'),
            (3, 0, 0, 0, 0, 0, 'NaN', 'Infinity', NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
            (4, NULL, NULL, NULL, NULL, NULL, '-Infinity', '-Infinity', NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
            (5, NULL, NULL, NULL, NULL, NULL, 100000000000000, 'NaN', NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
            (6, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL))"_s);

        sql(uR"(CREATE TABLE src.orders (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            code text NOT NULL UNIQUE,
            customer integer,
            status src.mood NOT NULL DEFAULT 'ok'))"_s);
        sql(u"CREATE INDEX orders_customer_idx ON src.orders (customer, status)"_s);
        sql(u"CREATE INDEX orders_lower_idx ON src.orders (lower(code))"_s);
        sql(u"CREATE INDEX orders_partial_idx ON src.orders (customer) WHERE customer > 0"_s);
        sql(uR"(CREATE TABLE src."Order Items" (
            "order id" bigint NOT NULL REFERENCES src.orders (id) ON DELETE CASCADE,
            "select" integer NOT NULL,
            "Qty" smallint NOT NULL DEFAULT 1,
            note character varying(30) DEFAULT 'n/a ''quoted''',
            created timestamp(3) with time zone NOT NULL DEFAULT now(),
            flag boolean DEFAULT true,
            price numeric(10,2) DEFAULT -1.50,
            stamp timestamp with time zone DEFAULT '2024-01-01 10:00:00+05',
            mask bit(4) DEFAULT B'0101',
            expr text DEFAULT md5('x'),
            doubled integer GENERATED ALWAYS AS ("select" * 2) STORED,
            PRIMARY KEY ("order id", "select")))"_s);
        sql(uR"(COMMENT ON COLUMN src."Order Items".note IS 'free text')"_s);
        sql(uR"(CREATE TABLE src.serials (id serial PRIMARY KEY, label text,
            CONSTRAINT serials_label_fk FOREIGN KEY (label) REFERENCES src.orders (code)
            ON UPDATE SET NULL))"_s);
        sql(u"CREATE TABLE src.keyless (a integer, b text)"_s);
        sql(u"CREATE TABLE src.parted (id integer PRIMARY KEY, k integer) PARTITION BY RANGE (id)"_s);
        sql(u"CREATE TABLE src.parted_1 PARTITION OF src.parted FOR VALUES FROM (0) TO (100)"_s);
        sql(u"CREATE VIEW src.a_view AS SELECT 1 AS one"_s);
        sql(u"CREATE TABLE src.big (id integer PRIMARY KEY, payload text NOT NULL)"_s);
        sql(u"INSERT INTO src.big SELECT 2 * g, 'row ' || g FROM generate_series(1, 50000) g"_s);
        sql(u"ANALYZE src.big"_s);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        if (m_database.isEmpty())
            return;
        auto admin = PostgreSqlSession::open(test::postgres());
        if (admin)
            (void)(*admin)->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database));
    }

    // --- dialect ---------------------------------------------------------------------------

    void literalsRoundTripOnTheServer()
    {
        // Each literal, cast to its column's type, reads back as the canonical value.
        QCOMPARE(scalar(u"SELECT (%1)::text"_s.arg(
                     dialect().literal("\x01\x02", typeOf(TypeKind::Blob)))),
                 u"\\x0102"_s);
        ColumnType tz = typeOf(TypeKind::TimestampTz);
        QCOMPARE(scalar(u"SELECT %1::timestamptz = '2024-01-01 10:00:00+00'"_s.arg(
                     dialect().literal("2024-01-01 10:00:00", tz))),
                 u"t"_s);
        ColumnType real = typeOf(TypeKind::Float);
        QCOMPARE(scalar(u"SELECT 1.2345678::real = %1"_s.arg(dialect().literal("1.2345678", real))),
                 u"t"_s);
        ColumnType bits = typeOf(TypeKind::Bit);
        bits.length = 10;
        QCOMPARE(scalar(u"SELECT B'1010101010' = %1"_s.arg(dialect().literal("682", bits))),
                 u"t"_s);
    }

    void ddl()
    {
        TargetTable t;
        t.ref = {u"shop"_s, u"Order Items"_s};
        const auto col = [](const QString &name, TypeKind kind, const QString &declaration,
                            bool nullable) {
            TargetColumn c;
            c.name = name;
            c.sourceName = name;
            c.sourceType.kind = kind;
            c.type.declaration = declaration;
            c.nullable = nullable;
            return c;
        };
        TargetColumn id = col(u"id"_s, TypeKind::Integer, u"bigint"_s, false);
        id.autoIncrement = true;
        TargetColumn name = col(u"select"_s, TypeKind::VarChar, u"character varying(20)"_s, true);
        name.defaultKind = Column::DefaultKind::Literal;
        name.defaultValue = u"it's"_s;
        TargetColumn created = col(u"created"_s, TypeKind::DateTime, u"timestamp(6)"_s, false);
        created.defaultKind = Column::DefaultKind::CurrentTimestamp;
        TargetColumn status = col(u"status"_s, TypeKind::Enum, u"character varying(5)"_s, false);
        status.sourceType.labels = {u"new"_s, u"o'k"_s};
        status.defaultKind = Column::DefaultKind::Literal;
        status.defaultValue = u"new"_s;
        TargetColumn flag = col(u"flag"_s, TypeKind::Boolean, u"boolean"_s, true);
        flag.defaultKind = Column::DefaultKind::Literal;
        flag.defaultValue = u"1"_s;
        TargetColumn mask = col(u"mask"_s, TypeKind::Bit, u"bit(4)"_s, true);
        mask.defaultKind = Column::DefaultKind::Literal;
        mask.defaultValue = u"5"_s;
        TargetColumn foreign = col(u"f"_s, TypeKind::Integer, u"integer"_s, true);
        foreign.sourceType.native = u"int(11)"_s;
        foreign.defaultKind = Column::DefaultKind::Expression;
        foreign.defaultValue = u"(rand() * 10)"_s; // MySQL's: dropped
        t.columns = {id, name, created, status, flag, mask, foreign};
        t.primaryKey = {u"id"_s};
        t.indexes = {Index {u"idx_name"_s, {u"select"_s, u"created"_s}, false, false},
                     Index {u"uq_status"_s, {u"status"_s}, true, false}};
        t.foreignKeys = {ForeignKey {u"fk_parent"_s,
                                     {u"f"_s},
                                     {QString(), u"parents"_s},
                                     {u"id"_s},
                                     u"cascade"_s,
                                     u"NO ACTION"_s}};

        const QStringList create = dialect().createTable(t, false);
        QCOMPARE(create,
                 QStringList {u"CREATE TABLE \"shop\".\"Order Items\" (\n"
                              "    \"id\" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
                              "    \"select\" character varying(20) DEFAULT 'it''s',\n"
                              "    \"created\" timestamp(6) DEFAULT LOCALTIMESTAMP NOT NULL,\n"
                              "    \"status\" character varying(5) DEFAULT 'new' NOT NULL CHECK "
                              "(\"status\" IN ('new', 'o''k')),\n"
                              "    \"flag\" boolean DEFAULT TRUE,\n"
                              "    \"mask\" bit(4) DEFAULT B'0101',\n"
                              "    \"f\" integer,\n"
                              "    PRIMARY KEY (\"id\")\n"
                              ")"_s});
        const QString idx = PostgreSqlDialect::indexName(t.ref, u"idx_name"_s);
        const QString uq = PostgreSqlDialect::indexName(t.ref, u"uq_status"_s);
        QVERIFY(idx.startsWith(u"Order Items_idx_name_"_s));
        QCOMPARE(idx.size(), 21 + 8);
        QCOMPARE(dialect().createIndexes(t),
                 (QStringList {u"CREATE INDEX IF NOT EXISTS \"%1\" ON \"shop\".\"Order Items\" "
                               "(\"select\", \"created\")"_s.arg(idx),
                               u"CREATE UNIQUE INDEX IF NOT EXISTS \"%1\" ON \"shop\".\"Order "
                               "Items\" (\"status\")"_s.arg(uq)}));
        QCOMPARE(dialect().createTable(t, true), create + dialect().createIndexes(t));
        QCOMPARE(dialect().createForeignKeys(t),
                 QStringList {u"ALTER TABLE \"shop\".\"Order Items\" ADD CONSTRAINT "
                              "\"fk_parent\" FOREIGN KEY (\"f\") REFERENCES \"shop\".\"parents\" "
                              "(\"id\") ON DELETE CASCADE"_s});
        QCOMPARE(dialect().resetIdentity(t),
                 QStringList {u"SELECT setval(pg_get_serial_sequence('\"shop\".\"Order Items\"', "
                              "'id'), GREATEST(COALESCE(MAX(\"id\"), 0)::bigint + 1, 1), false) "
                              "FROM \"shop\".\"Order Items\""_s});
        QCOMPARE(dialect().deleteAll(t.ref), u"DELETE FROM \"shop\".\"Order Items\""_s);
        QCOMPARE(dialect().createSchema(u"shop"_s),
                 QStringList {u"CREATE SCHEMA IF NOT EXISTS \"shop\""_s});
        QCOMPARE(dialect().createSchema(QString()), QStringList());
        QCOMPARE(dialect().dropTable(t.ref), u"DROP TABLE IF EXISTS \"shop\".\"Order Items\""_s);

        // Two tables with the same index name get different, valid names; a long name is cut
        // on a character boundary to 63 bytes.
        QVERIFY(PostgreSqlDialect::indexName({u"s"_s, u"a"_s}, u"idx"_s)
                != PostgreSqlDialect::indexName({u"s"_s, u"b"_s}, u"idx"_s));
        QVERIFY(PostgreSqlDialect::indexName({u"s"_s, u"a_b"_s}, u"c"_s)
                != PostgreSqlDialect::indexName({u"s"_s, u"a"_s}, u"b_c"_s));
        const QString longName =
            PostgreSqlDialect::indexName({u"s"_s, QString(40, u'ü')}, u"index"_s);
        QVERIFY(longName.toUtf8().size() <= 63);
        QVERIFY(longName.startsWith(QString(27, u'ü') + u'_'));

        // The statements run: schema, referenced table, table, indexes, keys, reset.
        sql(dialect().createSchema(u"shop"_s).first());
        sql(u"CREATE TABLE shop.parents (id integer PRIMARY KEY)"_s);
        for (const QString &s : dialect().createTable(t, true))
            sql(s);
        for (const QString &s : dialect().createForeignKeys(t))
            sql(s);
        for (const QString &s : dialect().resetIdentity(t))
            sql(s);
        sql(u"INSERT INTO shop.\"Order Items\" DEFAULT VALUES"_s);
        QCOMPARE(scalar(u"SELECT concat_ws('|', id, \"select\", status, flag, mask) FROM "
                        "shop.\"Order Items\""_s),
                 u"1|it's|new|t|0101"_s);
        sql(dialect().dropTable({u"shop"_s, u"Order Items"_s}));
        sql(u"DROP SCHEMA shop CASCADE"_s);
    }

    // --- catalog ---------------------------------------------------------------------------

    void catalogTablesAndTypes()
    {
        auto all = tables(u"src"_s);
        QVERIFY2(all, qPrintable(all ? QString() : all.error().text()));
        QStringList names;
        for (const Table &t : *all)
            names << t.ref.name;
        QCOMPARE(names,
                 (QStringList {u"Order Items"_s, u"big"_s, u"hard"_s, u"keyless"_s, u"orders"_s,
                               u"parted"_s, u"serials"_s}));
        const Table *hard = findTable(*all, u"hard"_s);
        QCOMPARE(hard->ref, (TableRef {u"src"_s, u"hard"_s}));
        QCOMPARE(describeColumns(*hard),
                 (QStringList {
                     u"id integer w4 l0 p0,0 f0 [] native=integer NOT NULL default=none:"_s,
                     u"i2 integer w2 l0 p0,0 f0 [] native=smallint default=none:"_s,
                     u"i4 integer w4 l0 p0,0 f0 [] native=integer default=none:"_s,
                     u"i8 integer w8 l0 p0,0 f0 [] native=bigint default=none:"_s,
                     u"n65 decimal w0 l0 p65,30 f0 [] native=numeric(65,30) default=none:"_s,
                     u"nu decimal w0 l0 p0,0 f0 [] native=numeric default=none:"_s,
                     u"r float w0 l0 p0,0 f0 [] native=real default=none:"_s,
                     u"d double w0 l0 p0,0 f0 [] native=double precision default=none:"_s,
                     u"b boolean w0 l0 p0,0 f0 [] native=boolean default=none:"_s,
                     u"c5 char w0 l5 p0,0 f0 [] native=character(5) default=none:"_s,
                     u"vc varchar w0 l20 p0,0 f0 [] native=character varying(20) default=none:"_s,
                     u"tx text w0 l0 p0,0 f0 [] native=text default=none:"_s,
                     u"by blob w0 l0 p0,0 f0 [] native=bytea default=none:"_s,
                     u"dt date w0 l0 p0,0 f0 [] native=date default=none:"_s,
                     u"tm time w0 l0 p0,0 f6 [] native=time(6) without time zone default=none:"_s,
                     u"ts datetime w0 l0 p0,0 f6 [] native=timestamp(6) without time zone "
                     "default=none:"_s,
                     u"tz timestamptz w0 l0 p0,0 f6 [] native=timestamp(6) with time zone "
                     "default=none:"_s,
                     u"iv interval w0 l0 p0,0 f0 [] native=interval default=none:"_s,
                     u"js json w0 l0 p0,0 f0 [] native=json default=none:"_s,
                     u"jb json w0 l0 p0,0 f0 [] native=jsonb default=none:"_s,
                     u"u uuid w0 l0 p0,0 f0 [] native=uuid default=none:"_s,
                     u"b1 bit w0 l1 p0,0 f0 [] native=bit(1) default=none:"_s,
                     u"b10 bit w0 l10 p0,0 f0 [] native=bit(10) default=none:"_s,
                     u"b64 bit w0 l64 p0,0 f0 [] native=bit(64) default=none:"_s,
                     u"mo enum w0 l0 p0,0 f0 [sad,ok,happy] native=src.mood default=none:"_s,
                     u"arr other w0 l0 p0,0 f0 [] native=integer[] default=none:"_s,
                 }));
        QCOMPARE(describe(*hard->primaryKey), u"hard_pkey(id) unique primary"_s);
        QVERIFY(hard->indexes.isEmpty());
        QVERIFY(hard->foreignKeys.isEmpty());
        QCOMPARE(hard->rowEstimate, qint64(-1)); // never analyzed
        QCOMPARE(findTable(*all, u"big"_s)->rowEstimate, qint64(50000));
    }

    void catalogDefaultsKeysIndexes()
    {
        auto all = tables(u"src"_s);
        QVERIFY2(all, qPrintable(all ? QString() : all.error().text()));
        const Table *items = findTable(*all, u"Order Items"_s);
        QCOMPARE(describeColumns(*items),
                 (QStringList {
                     u"order id integer w8 l0 p0,0 f0 [] native=bigint NOT NULL default=none:"_s,
                     u"select integer w4 l0 p0,0 f0 [] native=integer NOT NULL default=none:"_s,
                     u"Qty integer w2 l0 p0,0 f0 [] native=smallint NOT NULL default=literal:1"_s,
                     u"note varchar w0 l30 p0,0 f0 [] native=character varying(30) "
                     "default=literal:n/a 'quoted'"_s,
                     u"created timestamptz w0 l0 p0,0 f3 [] native=timestamp(3) with time zone "
                     "NOT NULL default=now:"_s,
                     u"flag boolean w0 l0 p0,0 f0 [] native=boolean default=literal:1"_s,
                     u"price decimal w0 l0 p10,2 f0 [] native=numeric(10,2) "
                     "default=literal:-1.50"_s,
                     u"stamp timestamptz w0 l0 p0,0 f6 [] native=timestamp with time zone "
                     "default=literal:2024-01-01 05:00:00"_s,
                     u"mask bit w0 l4 p0,0 f0 [] native=bit(4) default=literal:5"_s,
                     u"expr text w0 l0 p0,0 f0 [] native=text default=expression:md5('x'::text)"_s,
                     u"doubled integer w4 l0 p0,0 f0 [] native=integer default=none: "
                     "generated"_s,
                 }));
        QCOMPARE(items->columns.last().generationExpression, u"(\"select\" * 2)"_s);
        QCOMPARE(items->columns.last().generatedStored, true);
        QCOMPARE(items->columns[3].comment, u"free text"_s);
        QCOMPARE(describe(*items->primaryKey),
                 u"Order Items_pkey(order id,select) unique primary"_s);
        QCOMPARE(items->foreignKeys.size(), 1);
        QCOMPARE(describe(items->foreignKeys.first()),
                 u"Order Items_order id_fkey(order id) -> src.orders(id) delete=CASCADE update="_s);

        const Table *orders = findTable(*all, u"orders"_s);
        QCOMPARE(describeColumns(*orders),
                 (QStringList {
                     u"id integer w8 l0 p0,0 f0 [] native=bigint NOT NULL default=none: auto"_s,
                     u"code text w0 l0 p0,0 f0 [] native=text NOT NULL default=none:"_s,
                     u"customer integer w4 l0 p0,0 f0 [] native=integer default=none:"_s,
                     u"status enum w0 l0 p0,0 f0 [sad,ok,happy] native=src.mood NOT NULL "
                     "default=literal:ok"_s,
                 }));
        QStringList indexes;
        for (const Index &i : orders->indexes)
            indexes << describe(i);
        // The expression and the partial index are left out (and logged).
        QCOMPARE(indexes,
                 (QStringList {u"orders_code_key(code) unique"_s,
                               u"orders_customer_idx(customer,status)"_s}));
        QCOMPARE(orders->chunkKey(), QStringList {u"id"_s});

        const Table *serials = findTable(*all, u"serials"_s);
        QCOMPARE(describeColumns(*serials),
                 (QStringList {
                     u"id integer w4 l0 p0,0 f0 [] native=integer NOT NULL default=none: auto"_s,
                     u"label text w0 l0 p0,0 f0 [] native=text default=none:"_s,
                 }));
        QCOMPARE(describe(serials->foreignKeys.value(0)),
                 u"serials_label_fk(label) -> src.orders(code) delete= update=SET NULL"_s);

        const Table *keyless = findTable(*all, u"keyless"_s);
        QVERIFY(!keyless->primaryKey);
        QVERIFY(keyless->chunkKey().isEmpty());
        const Table *parted = findTable(*all, u"parted"_s);
        QCOMPARE(describe(*parted->primaryKey), u"parted_pkey(id) unique primary"_s);

        auto none = tables(u"no_such_schema"_s);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    // --- reader ----------------------------------------------------------------------------

    void readerCanonicalValues()
    {
        auto all = tables(u"src"_s);
        QVERIFY(all);
        const Table hard = *findTable(*all, u"hard"_s);
        auto batches = readAll(hard);
        QVERIFY2(batches, qPrintable(batches ? QString() : batches.error().text()));
        QCOMPARE(batches->size(), size_t(1));
        const RowBatch &b = batches->front();
        QCOMPARE(b.rows(), 6);
        QCOMPARE(b.columns(), 26);
        const std::string bytes = allBytes();
        const QList<QByteArray> row1 = {
            "1",
            "-32768",
            "-2147483648",
            "-9223372036854775808",
            "-99999999999999999999999999999999999.999999999999999999999999999999",
            "NaN",
            "1.2345678",
            "0.30000000000000004",
            "1",
            "ab   ",
            "😀 ü 中",
            "tab\there\nnew line\\back\\slash\r",
            QByteArray(bytes.data(), qsizetype(bytes.size())),
            "0001-01-01",
            "00:00:00",
            "2024-02-29 23:59:59.999999",
            "2024-06-01 06:30:00.123456",
            "1 year 2 mons 3 days 04:05:06.789",
            "{\"b\": 1,   \"a\": [1,2]}",
            "{\"a\": 2, \"b\": 1}",
            "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
            "1",
            "682",
            "18446744073709551615",
            "happy",
            "{1,2,NULL}",
        };
        const QList<QByteArray> row2 = {
            "2",
            "32767",
            "2147483647",
            "9223372036854775807",
            "99999999999999999999999999999999999.999999999999999999999999999999",
            "12345678901234567890.000000000000000000000000000001",
            "3.4028235e+38",
            "5e-324",
            "0",
            "abcde",
            "",
            "",
            "",
            "9999-12-31",
            "23:59:59.999999",
            "0001-01-01 00:00:00",
            "1970-01-01 00:00:00",
            "-1 days +00:00:01",
            "[]",
            "[]",
            "00000000-0000-0000-0000-000000000000",
            "0",
            "0",
            "1",
            "sad",
            "{}",
        };
        for (int c = 0; c < 26; ++c) {
            QCOMPARE(cellAt(b, 0, c), row1[c]);
            QCOMPARE(cellAt(b, 1, c), row2[c]);
        }
        // Float specials, and PostgreSQL's "100000000000000" in canonical shortest form.
        QCOMPARE(cellAt(b, 2, 6), QByteArray("NaN"));
        QCOMPARE(cellAt(b, 2, 7), QByteArray("Infinity"));
        QCOMPARE(cellAt(b, 2, 5), QByteArray("0"));
        QCOMPARE(cellAt(b, 3, 6), QByteArray("-Infinity"));
        QCOMPARE(cellAt(b, 3, 7), QByteArray("-Infinity"));
        QCOMPARE(cellAt(b, 4, 6), QByteArray("1e+14"));
        QCOMPARE(cellAt(b, 4, 7), QByteArray("NaN"));
        QCOMPARE(cellAt(b, 5, 0), QByteArray("6"));
        for (int c = 1; c < 26; ++c)
            QCOMPARE(cellAt(b, 5, c), kNull);
    }

    void copyTextCodec()
    {
        // Escapes PostgreSQL never prints but COPY text allows.
        const char in[] = "a\\101\\x42\\b\\f\\v\\\\\\Nz";
        char out[64];
        const size_t n = pgcopy::unescape(in, sizeof in - 1, out);
        QCOMPARE(QByteArray(out, qsizetype(n)), QByteArray("aAB\b\f\v\\Nz"));

        pgcopy::TextError error;
        char buffer[64];
        size_t w = pgcopy::encodeText("a\tb\\c\nd\re", buffer, error);
        QCOMPARE(error, pgcopy::TextError::None);
        QCOMPARE(QByteArray(buffer, qsizetype(w)), QByteArray("a\\tb\\\\c\\nd\\re"));
        pgcopy::encodeText(std::string_view("a\0b", 3), buffer, error);
        QCOMPARE(error, pgcopy::TextError::NulByte);
        for (const char *bad : {"\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "ab\xe2\x82"}) {
            pgcopy::encodeText(bad, buffer, error);
            QCOMPARE(error, pgcopy::TextError::InvalidUtf8);
        }
        w = pgcopy::encodeText("😀 ü 中", buffer, error);
        QCOMPARE(error, pgcopy::TextError::None);
        QCOMPARE(QByteArray(buffer, qsizetype(w)), QByteArray("😀 ü 中"));
        w = pgcopy::encodeBytea(std::string_view("\x00\xff", 2), buffer);
        QCOMPARE(QByteArray(buffer, qsizetype(w)), QByteArray("\\\\x00ff"));
    }

    void readerBatchesAndFilter()
    {
        auto all = tables(u"src"_s);
        QVERIFY(all);
        const Table big = *findTable(*all, u"big"_s);
        auto batches = readAll(big, 1000);
        QVERIFY(batches);
        QCOMPARE(batches->size(), size_t(50));
        for (size_t i = 0; i < batches->size(); ++i) {
            QCOMPARE((*batches)[i].rows(), 1000);
            QCOMPARE(cellAt((*batches)[i], 0, 0), QByteArray::number(qint64(i) * 2000 + 2));
        }
        QCOMPARE(cellAt(batches->back(), 999, 1), QByteArray("row 50000"));

        auto reader = driver().makeReader(*m_session);
        QCOMPARE(reader->countRows(big.ref, QString()).value_or(-1), qint64(50000));
        // ids 2..10, and 14 ('row 7').
        QCOMPARE(reader->countRows(big.ref, u"id <= 10 OR payload = 'row 7'"_s).value_or(-1),
                 qint64(6));
        auto bad = reader->countRows(big.ref, u"no_such_column = 1"_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, Error::Code::Database);
        QCOMPARE(bad.error().sqlState, u"42703"_s);

        // A filter and a range together.
        ReadRequest request;
        request.table = big.ref;
        request.columns = big.columns;
        request.keyColumns = keyColumnsOf(big);
        request.range = {KeyValues {"100"}, KeyValues {"120"}};
        request.filter = u"id % 4 = 0"_s;
        QByteArrayList ids;
        CancelToken cancel;
        auto s = reader->read(
            request,
            [&](RowBatch &&b) -> Status {
                for (int r = 0; r < b.rows(); ++r)
                    ids << cellAt(b, r, 0);
                return {};
            },
            cancel);
        QVERIFY(s);
        QCOMPARE(ids, (QByteArrayList {"104", "108", "112", "116", "120"}));

        // The sink's error stops the read and the session stays usable.
        int delivered = 0;
        s = reader->read(
            {big.ref, big.columns, keyColumnsOf(big), {}, {}, 100},
            [&](RowBatch &&) -> Status {
                if (++delivered == 3)
                    return fail(Error::Code::Io, u"queue closed"_s);
                return {};
            },
            cancel);
        QVERIFY(!s);
        QCOMPARE(s.error().message, u"queue closed"_s);
        QCOMPARE(delivered, 3);
        QCOMPARE(scalar(u"SELECT 41 + 1"_s), u"42"_s);
    }

    void chunkBoundaries()
    {
        auto all = tables(u"src"_s);
        QVERIFY(all);
        const Table big = *findTable(*all, u"big"_s);
        auto reader = driver().makeReader(*m_session);
        CancelToken cancel;
        auto boundaries = KeysetChunker(*reader, big.ref, keyColumnsOf(big), {}, 7000).all(cancel);
        QVERIFY2(boundaries, qPrintable(boundaries ? QString() : boundaries.error().text()));
        // ids are 2, 4, ..., 100000: the 7000th id of each chunk; the last 1000 rows form the
        // open-ended last chunk.
        QCOMPARE(*boundaries,
                 (std::vector<KeyValues> {
                     {"14000"}, {"28000"}, {"42000"}, {"56000"}, {"70000"}, {"84000"}, {"98000"}}));
        // Exactly divisible: no empty chunk at the end.
        auto even = KeysetChunker(*reader, big.ref, keyColumnsOf(big), {}, 25000).all(cancel);
        QVERIFY(even);
        QCOMPARE(*even, (std::vector<KeyValues> {{"50000"}}));
        auto filtered =
            KeysetChunker(*reader, big.ref, keyColumnsOf(big), u"id > 99990"_s, 2).all(cancel);
        QVERIFY(filtered);
        QCOMPARE(*filtered, (std::vector<KeyValues> {{"99994"}, {"99998"}}));

        // Reading every range returns every row exactly once.
        std::vector<std::optional<KeyValues>> bounds {std::nullopt};
        for (const KeyValues &k : *boundaries)
            bounds.push_back(k);
        std::vector<int> seen(50001, 0);
        qint64 rows = 0;
        for (size_t i = 0; i < bounds.size(); ++i) {
            KeyRange range {bounds[i],
                            i + 1 < bounds.size() ? bounds[i + 1] : std::optional<KeyValues>()};
            auto batches = readAll(big, 4096, range);
            QVERIFY(batches);
            qint64 inChunk = 0;
            for (const RowBatch &b : *batches)
                for (int r = 0; r < b.rows(); ++r) {
                    ++seen[size_t(cellAt(b, r, 0).toInt() / 2)];
                    ++inChunk;
                }
            QCOMPARE(inChunk, qint64(i + 1 < bounds.size() ? 7000 : 1000));
            rows += inChunk;
        }
        QCOMPARE(rows, qint64(50000));
        for (int id = 1; id <= 50000; ++id)
            QCOMPARE(seen[size_t(id)], 1);
    }

    void chunkBoundariesOnOddKeys()
    {
        // A composite key of text with quotes, timestamptz and bytea: the boundaries come
        // back canonical and the literals built from them select the right rows.
        sql(u"CREATE TABLE src.oddkeys (t text, z timestamptz, b bytea, v integer, "
            "PRIMARY KEY (t, z, b))"_s);
        sql(uR"(INSERT INTO src.oddkeys VALUES
            ('it''s', '2024-01-01 10:00:00+02', '\x00', 1),
            ('it''s', '2024-01-01 10:00:00+02', '\x01', 2),
            ('it''s', '2024-01-01 09:00:00+00', '\x00', 3),
            (E'tab\tx', '2024-01-01 00:00:00.5+00', '\xff', 4),
            ('ü', '2000-02-29 23:59:59+00', '\x5c', 5))"_s);
        auto all = tables(u"src"_s);
        QVERIFY(all);
        const Table odd = *findTable(*all, u"oddkeys"_s);
        auto reader = driver().makeReader(*m_session);
        CancelToken cancel;
        auto boundaries = KeysetChunker(*reader, odd.ref, keyColumnsOf(odd), {}, 2).all(cancel);
        QVERIFY2(boundaries, qPrintable(boundaries ? QString() : boundaries.error().text()));
        QCOMPARE(*boundaries,
                 (std::vector<KeyValues> {{"it's", "2024-01-01 08:00:00", std::string(1, '\x01')},
                                          {"tab\tx", "2024-01-01 00:00:00.5", "\xff"}}));
        QList<int> values;
        std::optional<KeyValues> lower;
        for (size_t i = 0; i <= boundaries->size(); ++i) {
            KeyRange range {lower,
                            i < boundaries->size() ? (*boundaries)[i] : std::optional<KeyValues>()};
            auto batches = readAll(odd, 10, range);
            QVERIFY(batches);
            for (const RowBatch &b : *batches)
                for (int r = 0; r < b.rows(); ++r)
                    values << cellAt(b, r, 3).toInt();
            if (i < boundaries->size())
                lower = (*boundaries)[i];
        }
        QCOMPARE(values, (QList<int> {1, 2, 3, 4, 5}));
        sql(u"DROP TABLE src.oddkeys"_s);
    }

    // --- writer ----------------------------------------------------------------------------

    void roundTripPostgresToPostgres()
    {
        auto source = tables(u"src"_s);
        QVERIFY(source);
        for (const QString &name : {u"hard"_s, u"orders"_s, u"Order Items"_s, u"keyless"_s}) {
            const Table *t = findTable(*source, name);
            createTarget(targetFor(*t, u"dst"_s, Engine::PostgreSql));
        }
        sql(u"INSERT INTO src.orders (code, customer, status) VALUES ('A-1', 7, 'happy'), "
            "('B-2', NULL, 'sad')"_s);
        sql(u"INSERT INTO src.\"Order Items\" (\"order id\", \"select\", note, mask) VALUES "
            "(1, 1, E'multi\\nline', B'1111'), (1, 2, NULL, B'0000'), (2, 1, 'x', NULL)"_s);
        sql(u"INSERT INTO src.keyless VALUES (1, 'a'), (1, 'a'), (NULL, NULL)"_s);

        auto target = tables(u"dst"_s);
        QVERIFY2(target, qPrintable(target ? QString() : target.error().text()));
        // The PostgreSQL declarations are kept, except the enum (text with a CHECK).
        const QStringList sourceHard = describeColumns(*findTable(*source, u"hard"_s));
        const QStringList targetHard = describeColumns(*findTable(*target, u"hard"_s));
        QCOMPARE(targetHard.mid(0, 24), sourceHard.mid(0, 24));
        QCOMPARE(targetHard[24],
                 u"mo varchar w0 l5 p0,0 f0 [] native=character varying(5) default=none:"_s);
        QCOMPARE(targetHard[25], sourceHard[25]);

        for (const QString &name : {u"hard"_s, u"orders"_s, u"Order Items"_s, u"keyless"_s}) {
            const Table src = *findTable(*source, name);
            const Table dst = *findTable(*target, name);
            auto batches = readAll(src, 2);
            QVERIFY(batches);
            auto writer = driver().makeWriter(*m_session);
            QVERIFY(writer->begin(writeRequest(src, dst)));
            qint64 rows = 0;
            for (const RowBatch &b : *batches) {
                auto s = writer->write(b);
                QVERIFY2(s, qPrintable(s ? QString() : errorText(s.error())));
                rows += b.rows();
            }
            auto stats = writer->commit();
            QVERIFY2(stats, qPrintable(stats ? QString() : errorText(stats.error())));
            QCOMPARE(stats->written, rows);
            QCOMPARE(stats->skipped, qint64(0));
            QVERIFY(stats->bytes > 0);

            // Read back through the target's catalog: byte-identical canonical values.
            auto back = readAll(dst, 1000);
            QVERIFY(back);
            std::vector<QByteArrayList> expected, actual;
            for (const RowBatch &b : *batches)
                for (int r = 0; r < b.rows(); ++r) {
                    QByteArrayList row;
                    for (int c = 0; c < b.columns(); ++c)
                        row << cellAt(b, r, c);
                    expected.push_back(row);
                }
            for (const RowBatch &b : *back)
                for (int r = 0; r < b.rows(); ++r) {
                    QByteArrayList row;
                    for (int c = 0; c < b.columns(); ++c)
                        row << cellAt(b, r, c);
                    actual.push_back(row);
                }
            if (src.chunkKey().isEmpty()) {
                std::sort(expected.begin(), expected.end());
                std::sort(actual.begin(), actual.end());
            }
            QCOMPARE(actual.size(), expected.size());
            for (size_t i = 0; i < actual.size(); ++i)
                QCOMPARE(actual[i], expected[i]);
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM dst.hard"_s), u"6"_s);
    }

    void writeFromMySqlTypes()
    {
        // Canonical values as a MySQL reader produces them, into tables declared for them.
        struct Col
        {
            QString name;
            ColumnType type;
        };
        const auto type = [](TypeKind k, int width = 0, bool isUnsigned = false, int length = 0) {
            ColumnType t;
            t.kind = k;
            t.byteWidth = width;
            t.isUnsigned = isUnsigned;
            t.length = length;
            return t;
        };
        ColumnType en = type(TypeKind::Enum);
        en.labels = {u"small"_s, u"large"_s};
        ColumnType set = type(TypeKind::Set);
        set.labels = {u"a"_s, u"b"_s, u"c"_s};
        ColumnType dec = type(TypeKind::Decimal);
        dec.precision = 65;
        dec.scale = 30;
        ColumnType dt = type(TypeKind::DateTime);
        dt.fraction = 6;
        ColumnType tz = type(TypeKind::TimestampTz);
        tz.fraction = 0;
        const QList<Col> cols = {
            {u"id"_s, type(TypeKind::Integer, 8, true)},
            {u"tiny"_s, type(TypeKind::Integer, 1, false)},
            {u"utiny"_s, type(TypeKind::Integer, 1, true)},
            {u"uint"_s, type(TypeKind::Integer, 4, true)},
            {u"flag"_s, type(TypeKind::Boolean, 1)},
            {u"dec"_s, dec},
            {u"f"_s, type(TypeKind::Float)},
            {u"bits"_s, type(TypeKind::Bit, 0, false, 3)},
            {u"yr"_s, type(TypeKind::Year)},
            {u"en"_s, en},
            {u"st"_s, set},
            {u"dt"_s, dt},
            {u"tz"_s, tz},
            {u"bin"_s, type(TypeKind::VarBinary, 0, false, 16)},
            {u"js"_s, type(TypeKind::Json)},
        };
        TargetTable t;
        t.ref = {u"dst"_s, u"from_mysql"_s};
        for (const Col &c : cols) {
            TargetColumn tc;
            tc.name = c.name;
            tc.sourceName = c.name;
            tc.sourceType = c.type;
            tc.type = dialect().declare(c.type, Engine::MySql);
            t.columns << tc;
        }
        t.columns[0].nullable = false;
        t.columns[0].autoIncrement = true;
        t.primaryKey = {u"id"_s};
        createTarget(t);
        QCOMPARE(scalar(u"SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE "
                        "attrelid = 'dst.from_mysql'::regclass AND attname = 'id'"_s),
                 u"numeric(20,0)"_s);

        const std::vector<Cells> rows = {
            {"18446744073709551615", "-128", "255", "4294967295", "1",
             "-12345678901234567890123456789012345.123456789012345678901234567890", "3.4028235e+38",
             "5", "2155", "large", "a,c", "2024-02-29 23:59:59.999999", "2038-01-19 03:14:07",
             std::string("\x00\x01\xfe\xff", 4), "{\"k\": [1, 2.5, \"x\"]}"},
            {"1", "127", "0", "0", "0", "0.000000000000000000000000000001", "-1e-45", "0", "0",
             "small", "", "1000-01-01 00:00:00", "1970-01-01 00:00:01", "", "null"},
            {"2", std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
             std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
             std::nullopt, std::nullopt, std::nullopt},
        };
        WriteRequest w;
        w.table = t.ref;
        w.sourceName = u"shop.from_mysql"_s;
        auto target = tables(u"dst"_s);
        QVERIFY(target);
        const Table dst = *findTable(*target, u"from_mysql"_s);
        for (const Col &c : cols) {
            w.columns << c.name;
            w.sourceTypes << c.type;
            w.targetTypes << dst.column(c.name)->type;
            w.targetNullable << dst.column(c.name)->nullable;
        }
        w.keyCells = {0};
        w.keyNames = {u"id"_s};
        auto writer = driver().makeWriter(*m_session);
        QVERIFY(writer->begin(w));
        auto s = writer->write(makeBatch(int(cols.size()), rows));
        QVERIFY2(s, qPrintable(s ? QString() : errorText(s.error())));
        auto stats = writer->commit();
        QVERIFY2(stats, qPrintable(stats ? QString() : errorText(stats.error())));
        QCOMPARE(stats->written, qint64(3));

        QCOMPARE(scalar(u"SELECT concat_ws('|', id, tiny, utiny, uint, flag, dec, f, bits, yr, en, "
                        "st, dt, tz, encode(bin, 'hex'), js) FROM dst.from_mysql WHERE id = 1"_s),
                 u"1|127|0|0|f|0.000000000000000000000000000001|-1e-45|000|0|small||1000-01-01 "
                 "00:00:00|1970-01-01 00:00:01+00||null"_s);
        auto back = readAll(dst);
        QVERIFY(back);
        const RowBatch &b = back->front();
        // Read back in key order (1, 2, 18446744073709551615): the same canonical values,
        // except the kinds PostgreSQL reports differently (boolean, bit width, year).
        QCOMPARE(cellAt(b, 2, 0), QByteArray("18446744073709551615"));
        for (int c : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
            QCOMPARE(cellAt(b, 2, c),
                     QByteArray(rows[0][size_t(c)]->data(), qsizetype(rows[0][size_t(c)]->size())));
        for (int c : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
            QCOMPARE(cellAt(b, 0, c),
                     QByteArray(rows[1][size_t(c)]->data(), qsizetype(rows[1][size_t(c)]->size())));
        for (int c = 1; c < int(cols.size()); ++c)
            QCOMPARE(cellAt(b, 1, c), kNull);

        // The enum CHECK constraint refuses a label the source does not have.
        auto bad = m_session->exec(u"INSERT INTO dst.from_mysql (id, en) VALUES (9, 'mid')"_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().sqlState, u"23514"_s);

        // resetIdentity on the sequence that stands in for BIGINT UNSIGNED AUTO_INCREMENT.
        sql(u"DELETE FROM dst.from_mysql WHERE id > 2"_s);
        for (const QString &statement : dialect().resetIdentity(t))
            sql(statement);
        QCOMPARE(scalar(u"INSERT INTO dst.from_mysql DEFAULT VALUES RETURNING id"_s), u"3"_s);
    }

    void rejectedValues()
    {
        sql(u"CREATE TABLE dst.rej (id integer PRIMARY KEY, t text, n numeric(5,2), tm time, "
            "d date NOT NULL DEFAULT '2000-01-01', dn date, b bit(3))"_s);
        sql(u"INSERT INTO dst.rej (id) VALUES (1)"_s);
        auto target = tables(u"dst"_s);
        QVERIFY(target);
        const Table rej = *findTable(*target, u"rej"_s);
        WriteRequest w;
        w.table = rej.ref;
        w.sourceName = u"shop.items"_s;
        w.columns = {u"id"_s, u"t"_s, u"n"_s, u"tm"_s, u"d"_s, u"dn"_s, u"b"_s};
        const auto kind = [](TypeKind k, int length = 0) {
            ColumnType t;
            t.kind = k;
            t.length = length;
            return t;
        };
        w.sourceTypes = {kind(TypeKind::Integer), kind(TypeKind::Text), kind(TypeKind::Decimal),
                         kind(TypeKind::Time),    kind(TypeKind::Date), kind(TypeKind::Date),
                         kind(TypeKind::Bit, 8)};
        for (const QString &c : w.columns) {
            w.targetTypes << rej.column(c)->type;
            w.targetNullable << rej.column(c)->nullable;
        }
        w.keyCells = {0};
        w.keyNames = {u"id"_s};
        const int n = int(w.columns.size());
        const Cells good = {"0", "ok", "1.5", "12:30:00", "2024-01-01", std::nullopt, "5"};
        const auto rowWith = [&](const char *id, int cell, std::optional<std::string> value) {
            Cells c = good;
            c[0] = id;
            c[size_t(cell)] = std::move(value);
            return c;
        };

        // Each case: rows written in two batches, the bad one in the second.
        struct Case
        {
            const char *name;
            std::vector<Cells> first, second;
            ZeroDatePolicy zeroDates;
            Error::Code code;
            QString message;
        };
        const QList<Case> cases = {
            {"NUL byte",
             {rowWith("10", 1, "fine")},
             {rowWith("11", 1, std::string("a\0b", 3))},
             ZeroDatePolicy::Reject,
             Error::Code::DataRejected,
             u"shop.items, row id=11: column t value 'a\\0b' contains a NUL byte: PostgreSQL "
             "text cannot hold NUL bytes"_s},
            {"invalid UTF-8",
             {},
             {rowWith("12", 1, "caf\xe9")},
             ZeroDatePolicy::Reject,
             Error::Code::DataRejected,
             u"shop.items, row id=12: column t value 0x636166e9 is not valid UTF-8: PostgreSQL "
             "text must be valid UTF-8"_s},
            {"numeric overflow",
             {rowWith("13", 2, "999.99"), rowWith("14", 2, "-999.99")},
             {rowWith("15", 2, "0.01"), rowWith("16", 2, "123456.7"), rowWith("17", 2, "1")},
             ZeroDatePolicy::Reject,
             Error::Code::DataRejected,
             u"shop.items, row id=16: column n value 123456.7 is refused by PostgreSQL: "
             "numeric field overflow (A field with precision 5, scale 2 must round to an "
             "absolute value less than 10^3.)"_s},
            {"negative time",
             {rowWith("18", 3, "23:59:59")},
             {rowWith("19", 3, "-12:30:00")},
             ZeroDatePolicy::Reject,
             Error::Code::DataRejected,
             u"shop.items, row id=19: column tm value '-12:30:00' is refused by PostgreSQL: "
             "invalid input syntax for type time: \"-12:30:00\""_s},
            {"zero date rejected",
             {rowWith("20", 4, "2024-02-29")},
             {rowWith("21", 4, "0000-00-00")},
             ZeroDatePolicy::Reject,
             Error::Code::DataRejected,
             u"shop.items, row id=21: column d value '0000-00-00' is a zero date, which "
             "PostgreSQL cannot store"_s},
            {"zero date into NOT NULL",
             {},
             {rowWith("22", 4, "2024-00-10")},
             ZeroDatePolicy::Null,
             Error::Code::DataRejected,
             u"shop.items, row id=22: column d value '2024-00-10' is a zero date and the column "
             "is NOT NULL, so it cannot become NULL"_s},
            {"NULL into NOT NULL",
             {rowWith("23", 1, "x")},
             {rowWith("24", 4, std::nullopt)},
             ZeroDatePolicy::Reject,
             Error::Code::DataRejected,
             u"shop.items, row id=24: column d value NULL is refused by dst.rej: the column is "
             "NOT NULL"_s},
            {"bit too wide",
             {},
             {rowWith("25", 6, "8")},
             ZeroDatePolicy::Reject,
             Error::Code::DataRejected,
             u"shop.items, row id=25: column b value 8 does not fit bit(3)"_s},
            {"duplicate key",
             {rowWith("26", 1, "new")},
             {rowWith("1", 1, "again")},
             ZeroDatePolicy::Reject,
             Error::Code::Conflict,
             u"shop.items, row id=1: the key already exists in dst.rej: duplicate key value "
             "violates unique constraint \"rej_pkey\" (Key (id)=(1) already exists.)"_s},
        };
        for (const Case &c : cases) {
            w.zeroDates = c.zeroDates;
            auto writer = driver().makeWriter(*m_session);
            QVERIFY(writer->begin(w));
            Status s = writer->write(makeBatch(n, c.first));
            QVERIFY2(s, c.name);
            s = writer->write(makeBatch(n, c.second));
            if (s) {
                auto committed = writer->commit();
                QVERIFY2(!committed, c.name);
                s = fail(committed.error());
            } else {
                // A refused write leaves a partial row behind: only rollback() may follow.
                auto committed = writer->commit();
                QVERIFY2(!committed, c.name);
                QCOMPARE(committed.error().code, Error::Code::Internal);
            }
            QVERIFY2(!s, c.name);
            QCOMPARE(s.error().code, c.code);
            QCOMPARE(s.error().message, c.message);
            QCOMPARE(s.error().object, u"shop.items"_s);
            QVERIFY(!s.error().fix.isEmpty());
            writer->rollback();
            QCOMPARE(scalar(u"SELECT string_agg(id::text, ',') FROM dst.rej"_s), u"1"_s);
        }

        // Zero dates become NULL under the NULL policy in a nullable column.
        w.zeroDates = ZeroDatePolicy::Null;
        {
            auto writer = driver().makeWriter(*m_session);
            QVERIFY(writer->begin(w));
            QVERIFY(writer->write(makeBatch(n, {rowWith("30", 5, "0000-00-00")})));
            auto stats = writer->commit();
            QVERIFY(stats);
            QCOMPARE(stats->written, qint64(1));
        }
        QCOMPARE(scalar(u"SELECT concat_ws('|', id, t, n, tm, d, coalesce(dn::text, 'NULL'), b) "
                        "FROM dst.rej WHERE id = 30"_s),
                 u"30|ok|1.50|12:30:00|2024-01-01|NULL|101"_s);

        // A keyless table names the row by its position.
        sql(u"CREATE TABLE dst.rej_keyless (n numeric(3,1))"_s);
        WriteRequest k;
        k.table = {u"dst"_s, u"rej_keyless"_s};
        k.sourceName = u"shop.log"_s;
        k.columns = {u"n"_s};
        k.sourceTypes = {kind(TypeKind::Decimal)};
        k.targetTypes = {kind(TypeKind::Decimal)};
        k.targetNullable = {true};
        auto writer = driver().makeWriter(*m_session);
        QVERIFY(writer->begin(k));
        QVERIFY(writer->write(makeBatch(1, {{"1"}, {"2"}})));
        QVERIFY(writer->write(makeBatch(1, {{"3"}, {"1000"}})));
        auto result = writer->commit();
        QVERIFY(!result);
        QCOMPARE(result.error().message,
                 u"shop.log, row 4 of this transaction (the table has no key): column n value "
                 "1000 is refused by PostgreSQL: numeric field overflow (A field with precision "
                 "3, scale 1 must round to an absolute value less than 10^2.)"_s);
        writer->rollback();
        QCOMPARE(scalar(u"SELECT count(*) FROM dst.rej_keyless"_s), u"0"_s);
    }

    void conflictIgnoreAndDeleteRange()
    {
        sql(u"CREATE TABLE dst.ign (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
            "v text NOT NULL)"_s);
        sql(u"INSERT INTO dst.ign (id, v) OVERRIDING SYSTEM VALUE VALUES (1, 'old'), (5, 'old')"_s);
        auto target = tables(u"dst"_s);
        QVERIFY(target);
        const Table ign = *findTable(*target, u"ign"_s);
        WriteRequest w;
        w.table = ign.ref;
        w.sourceName = u"shop.ign"_s;
        w.columns = {u"id"_s, u"v"_s};
        w.sourceTypes = {ign.columns[0].type, ign.columns[1].type};
        w.targetTypes = w.sourceTypes;
        w.targetNullable = {false, false};
        w.keyCells = {0};
        w.keyNames = {u"id"_s};
        w.conflicts = ConflictPolicy::Ignore;
        auto writer = driver().makeWriter(*m_session);
        QVERIFY(writer->begin(w));
        QVERIFY(writer->write(makeBatch(2, {{"1", "new"}, {"2", "new"}, {"3", "new"}})));
        QVERIFY(writer->write(makeBatch(2, {{"3", "dup"}, {"4", "new"}, {"5", "new"}})));
        auto stats = writer->commit();
        QVERIFY2(stats, qPrintable(stats ? QString() : errorText(stats.error())));
        QCOMPARE(stats->written, qint64(3));
        QCOMPARE(stats->skipped, qint64(3));
        QCOMPARE(scalar(u"SELECT string_agg(id || '=' || v, ',' ORDER BY id) FROM dst.ign"_s),
                 u"1=old,2=new,3=new,4=new,5=old"_s);
        // The staging table stays for the session (emptied by the commit) and is used again.
        const QString stagingTables =
            u"SELECT count(*) FROM pg_class WHERE relname LIKE 'ferry\\_staging\\_%' "
            "AND relpersistence = 't'"_s;
        QCOMPARE(scalar(stagingTables), u"1"_s);

        // Under Ignore a bad value still names its row (COPY into the staging table).
        QVERIFY(writer->begin(w));
        QVERIFY(writer->write(makeBatch(2, {{"7", "x"}, {"8", std::nullopt}})));
        auto failed = writer->commit();
        QVERIFY(!failed);
        QCOMPARE(failed.error().message,
                 u"shop.ign, row id=8: column v value NULL is refused by dst.rej: the column is "
                 "NOT NULL"_s.replace(u"dst.rej"_s, u"dst.ign"_s));
        writer->rollback();
        QVERIFY(writer->begin(w));
        QVERIFY(writer->write(makeBatch(2, {{"5", "dup"}, {"6", "new"}})));
        stats = writer->commit();
        QVERIFY2(stats, qPrintable(stats ? QString() : errorText(stats.error())));
        QCOMPARE(stats->written, qint64(1));
        QCOMPARE(stats->skipped, qint64(1));
        QCOMPARE(scalar(stagingTables), u"1"_s);

        // deleteRange removes exactly (2, 4] and the re-copy of the chunk lands once.
        w.conflicts = ConflictPolicy::Fail;
        QVERIFY(writer->begin(w));
        QVERIFY(writer->deleteRange({ign.columns[0]}, {KeyValues {"2"}, KeyValues {"4"}}));
        QVERIFY(writer->write(makeBatch(2, {{"3", "again"}, {"4", "again"}})));
        stats = writer->commit();
        QVERIFY(stats);
        QCOMPARE(stats->written, qint64(2));
        QCOMPARE(scalar(u"SELECT string_agg(id || '=' || v, ',' ORDER BY id) FROM dst.ign"_s),
                 u"1=old,2=new,3=again,4=again,5=old,6=new"_s);

        // Rolled back: nothing changes.
        QVERIFY(writer->begin(w));
        QVERIFY(writer->deleteAll());
        QVERIFY(writer->write(makeBatch(2, {{"9", "gone"}})));
        writer->rollback();
        QCOMPARE(scalar(u"SELECT count(*) FROM dst.ign"_s), u"6"_s);
        QVERIFY(writer->begin(w));
        QVERIFY(writer->deleteAll());
        QVERIFY(writer->commit());
        QCOMPARE(scalar(u"SELECT count(*) FROM dst.ign"_s), u"0"_s);
    }

    void identityReset()
    {
        auto source = tables(u"src"_s);
        QVERIFY(source);
        TargetTable orders =
            targetFor(*findTable(*source, u"orders"_s), u"dst"_s, Engine::PostgreSql);
        orders.ref.name = u"orders_reset"_s;
        orders.indexes.clear();
        TargetTable serials =
            targetFor(*findTable(*source, u"serials"_s), u"dst"_s, Engine::PostgreSql);
        serials.ref.name = u"serials_reset"_s;
        serials.foreignKeys.clear();
        createTarget(orders);
        createTarget(serials);
        QCOMPARE(scalar(u"SELECT attidentity FROM pg_attribute WHERE attrelid = "
                        "'dst.orders_reset'::regclass AND attname = 'id'"_s),
                 u"d"_s);
        sql(u"INSERT INTO dst.orders_reset (id, code) VALUES (41, 'a'), (7, 'b')"_s);
        sql(u"INSERT INTO dst.serials_reset (id, label) VALUES (3, 'a')"_s);
        for (const QString &s : dialect().resetIdentity(orders) + dialect().resetIdentity(serials))
            sql(s);
        QCOMPARE(scalar(u"INSERT INTO dst.orders_reset (code) VALUES ('c') RETURNING id"_s),
                 u"42"_s);
        QCOMPARE(scalar(u"INSERT INTO dst.serials_reset (label) VALUES ('b') RETURNING id"_s),
                 u"4"_s);
        // An empty table starts at 1.
        sql(u"DELETE FROM dst.serials_reset"_s);
        for (const QString &s : dialect().resetIdentity(serials))
            sql(s);
        QCOMPARE(scalar(u"INSERT INTO dst.serials_reset (label) VALUES ('b') RETURNING id"_s),
                 u"1"_s);
    }

    // --- cancellation ----------------------------------------------------------------------

    void cancelStopsLongRead()
    {
        sql(u"CREATE VIEW src.endless AS SELECT generate_series(1, 2000000000) AS id, "
            "repeat('x', 100) AS payload"_s);
        ColumnType i4 = typeOf(TypeKind::Integer);
        i4.byteWidth = 4;
        ReadRequest request;
        request.table = {u"src"_s, u"endless"_s};
        request.columns = {columnOf(u"id"_s, i4), columnOf(u"payload"_s, typeOf(TypeKind::Text))};
        auto reader = driver().makeReader(*m_session);
        CancelToken cancel;
        qint64 rows = 0;
        std::thread canceller([cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            cancel.cancel();
        });
        auto s = reader->read(
            request,
            [&](RowBatch &&b) -> Status {
                rows += b.rows();
                return {};
            },
            cancel);
        canceller.join();
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Cancelled);
        QCOMPARE(s.error().message, u"reading src.endless was cancelled"_s);
        QVERIFY(rows > 0);
        QCOMPARE(scalar(u"SELECT 1"_s), u"1"_s);

        // A statement that sends nothing yet is interrupted on the server: it would sleep for
        // an hour, so only the interrupt ends it before ctest's timeout (nothing is timed).
        CancelToken cancel2;
        request.filter = u"pg_sleep(3600) IS NOT NULL"_s;
        std::thread canceller2([cancel2] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel2.cancel();
        });
        s = reader->read(
            request, [](RowBatch &&) -> Status { return {}; }, cancel2);
        canceller2.join();
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Cancelled);
        QCOMPARE(scalar(u"SELECT 2"_s), u"2"_s);

        // Already cancelled: nothing runs.
        s = reader->read(
            request, [](RowBatch &&) -> Status { return {}; }, cancel2);
        QCOMPARE(s.error().code, Error::Code::Cancelled);
        sql(u"DROP VIEW src.endless"_s);
    }

    // A refused statement is logged once, as a warning naming the server, with the server's
    // message and the SQL, its literals masked (SQLite: tst_logging).
    void failedStatementIsLoggedMasked()
    {
        QList<test::LogCapture::Message> captured;
        Status ok;
        {
            const test::LogCapture capture("ferry.engine");
            ok = m_session->exec(u"INSERT INTO missing_table VALUES ('s3cret-value')"_s);
            captured = capture.messages();
        }
        QVERIFY(!ok);
        QCOMPARE(captured.size(), 1);
        QCOMPARE(captured[0].first, QtWarningMsg);
        const Endpoint e = test::postgres();
        QCOMPARE(captured[0].second,
                 u"PostgreSQL at %1:%2: statement failed [42P01]: ERROR:  relation "
                 u"\"missing_table\" does not exist | SQL: INSERT INTO missing_table "
                 "VALUES ('***')"_s.arg(e.host)
                     .arg(e.port));
    }
};

QTEST_GUILESS_MAIN(TestPostgreSqlEngine)
#include "tst_postgresql_engine.moc"
