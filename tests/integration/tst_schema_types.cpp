// Types beyond the scalar ones, with the defaults: spatial columns (MySQL geometry <-> PostGIS,
// bytea without PostGIS, SQLite BLOB), SPATIAL and FULLTEXT indexes, PostgreSQL arrays as JSON,
// domains and partitioned tables. Every case compares the values exactly (WKB bytes and SRIDs,
// JSON text, rows) on the target as its own SQL reads them.
#include "engines/driver.h"
#include "migrationfixture.h"
#include "project/projectrepository.h"
#include "store/metastore.h"
#include "testservers.h"

#include <QJsonArray>
#include <QtTest>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

namespace {

// The lines of `lines` that contain `part`.
QStringList containing(const QStringList &lines, const QString &part)
{
    QStringList out;
    for (const QString &l : lines)
        if (l.contains(part))
            out << l;
    return out;
}

// "SRID:wkb-hex" of each geometry column, NULL as "NULL", per row ordered by id: the same text
// from MariaDB and from PostGIS for the same value.
QString geometrySelect(const Endpoint &endpoint, const QString &table, const QStringList &columns)
{
    QStringList parts {u"id"_s};
    for (const QString &c : columns)
        parts << (endpoint.engine == Engine::PostgreSql
                      ? u"ST_SRID(%1) || ':' || encode(ST_AsBinary(%1, 'NDR'), 'hex')"_s.arg(c)
                      : u"CONCAT(ST_SRID(%1), ':', LOWER(HEX(ST_AsWKB(%1))))"_s.arg(c));
    return u"SELECT %1 FROM %2 ORDER BY id"_s.arg(parts.join(u", "_s), table);
}

const QStringList kShapeColumns {u"g"_s,  u"p"_s,   u"ls"_s,    u"poly"_s,
                                 u"mp"_s, u"mls"_s, u"mpoly"_s, u"gc"_s};

// Every MySQL geometry type, SRIDs 4326, 3857 and 0, a polygon with a hole, NULLs; a SPATIAL
// and a FULLTEXT index.
QStringList mariadbShapes()
{
    return {
        u"CREATE TABLE shapes (id INT PRIMARY KEY, g GEOMETRY NOT NULL, p POINT, "
        "ls LINESTRING, poly POLYGON, mp MULTIPOINT, mls MULTILINESTRING, mpoly MULTIPOLYGON, "
        "gc GEOMETRYCOLLECTION, body TEXT, SPATIAL INDEX sx (g), FULLTEXT INDEX fx (body))"_s,
        u"INSERT INTO shapes VALUES (1, ST_GeomFromText('POINT(1 2)', 4326), "
        "ST_GeomFromText('POINT(-71.064544 42.28787)', 4326), "
        "ST_GeomFromText('LINESTRING(0 0, 1 1, 2 1.5)'), "
        "ST_GeomFromText('POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 3 2, 3 3, 2 2))', 3857), "
        "ST_GeomFromText('MULTIPOINT(1 1, 2 2)'), "
        "ST_GeomFromText('MULTILINESTRING((0 0, 1 1), (2 2, 3 3))', 4326), "
        "ST_GeomFromText('MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))'), "
        "ST_GeomFromText('GEOMETRYCOLLECTION(POINT(1 1), LINESTRING(0 0, 1 1))', 4326), "
        "'Trailers and Deleted Scenes')"_s,
        u"INSERT INTO shapes (id, g) VALUES (2, ST_GeomFromText('POLYGON((0 0, 1 0, 1 1, "
        "0 0))', 3857))"_s,
        u"INSERT INTO shapes (id, g, p, body) VALUES (3, ST_GeomFromText('POINT(0.1 "
        "-1e-300)'), ST_GeomFromText('POINT(180 -90)', 4326), 'Commentaries')"_s,
    };
}

} // namespace

class TestSchemaTypes : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_gis; // its PostgreSQL database has the postgis extension
    std::unique_ptr<Scratch> m_plain; // its PostgreSQL database has not
    QTemporaryDir m_storeDir;
    QString store() const { return m_storeDir.filePath(u"store.db"_s); }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_gis = std::make_unique<Scratch>(u"gis"_s);
        m_plain = std::make_unique<Scratch>(u"nogis"_s);
        const Endpoint any = m_gis->make(Engine::PostgreSql, u"ext"_s);
        QVERIFY(execute(any, {u"CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public"_s}));
    }

    void cleanupTestCase()
    {
        m_gis.reset();
        m_plain.reset();
    }

    // MariaDB -> PostGIS: each type becomes geometry(Subtype), every value keeps its SRID and
    // its WKB byte for byte; SPATIAL becomes GiST, FULLTEXT a GIN index on to_tsvector.
    void mariadbToPostgis()
    {
        const Endpoint source = m_gis->make(Engine::MariaDb, u"s_src"_s);
        const Endpoint target = m_gis->make(Engine::PostgreSql, u"s_dst"_s);
        QVERIFY(execute(source, mariadbShapes()));
        const RunResult run = runProject(
            store(),
            projectJson(u"spatial-my-pg"_s, source, target, {u"schema"_s, u"full"_s, u"verify"_s}),
            source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(run.verification.value(u"consistent"_s).toBool(), true);

        QCOMPARE(rowsOf(target,
                        u"SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM "
                        "pg_attribute a WHERE a.attrelid = 's_dst.shapes'::regclass AND "
                        "a.attnum > 0 ORDER BY a.attnum"_s),
                 (QStringList {u"id|integer"_s, u"g|geometry"_s, u"p|geometry(Point)"_s,
                               u"ls|geometry(LineString)"_s, u"poly|geometry(Polygon)"_s,
                               u"mp|geometry(MultiPoint)"_s, u"mls|geometry(MultiLineString)"_s,
                               u"mpoly|geometry(MultiPolygon)"_s,
                               u"gc|geometry(GeometryCollection)"_s, u"body|text"_s}));
        const QStringList expected =
            rowsOf(source, geometrySelect(source, u"shapes"_s, kShapeColumns));
        QCOMPARE(expected.size(), 3);
        QCOMPARE(
            expected.at(1).section(u'|', 0, 1),
            u"2|3857:010300000001000000040000000000000000000000000000000000000000000"
            "0000000f03f0000000000000000000000000000f03f000000000000f03f00000000000000000000000000000000"_s);
        QCOMPARE(rowsOf(target, geometrySelect(target, u"shapes"_s, kShapeColumns)), expected);
        QCOMPARE(rowsOf(target,
                        u"SELECT regexp_replace(indexdef, '^.* USING ', '') FROM pg_indexes "
                        "WHERE schemaname = 's_dst' AND tablename = 'shapes' AND indexdef NOT "
                        "LIKE '%UNIQUE%' ORDER BY 1"_s),
                 (QStringList {u"gin (to_tsvector('simple'::regconfig, COALESCE(body, "
                               "''::text)))"_s,
                               u"gist (g)"_s}));
        // The full-text index answers a full-text query.
        QCOMPARE(rowsOf(target,
                        u"SELECT id FROM shapes WHERE to_tsvector('simple'::regconfig, "
                        "coalesce(body, '')) @@ to_tsquery('simple', 'deleted')"_s),
                 QStringList {u"1"_s});
    }

    // PostGIS -> MariaDB: geometry(Point,4326) becomes POINT, a mixed geometry column GEOMETRY;
    // the SRID of every value and the WKB are kept; the GiST index becomes SPATIAL.
    void postgisToMariadb()
    {
        const Endpoint source = m_gis->make(Engine::PostgreSql, u"p_src"_s);
        const Endpoint target = m_gis->make(Engine::MariaDb, u"p_dst"_s);
        QVERIFY(execute(
            source,
            {u"CREATE TABLE places (id integer PRIMARY KEY, at public.geometry(Point,4326) "
             u"NOT NULL, "
             "area public.geometry(Polygon,3857), anything public.geometry, "
             "route public.geometry(LineString), name text)"_s,
             u"CREATE INDEX places_at ON places USING gist (at)"_s,
             u"INSERT INTO places VALUES (1, public.ST_GeomFromText('POINT(1 2)', 4326), "
             "public.ST_GeomFromText('POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))', 3857), "
             "public.ST_GeomFromText('MULTIPOINT(1 1, 2 2)', 2154), "
             "public.ST_GeomFromText('LINESTRING(0 0, 1 1)'), 'a'), "
             "(2, public.ST_GeomFromText('POINT(-0.5 1e-7)', 4326), NULL, "
             "public.ST_GeomFromText('GEOMETRYCOLLECTION(POINT(1 1))', 4326), NULL, NULL)"_s}));
        const RunResult run = runProject(
            store(),
            projectJson(u"spatial-pg-my"_s, source, target, {u"schema"_s, u"full"_s, u"verify"_s}),
            source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(run.verification.value(u"consistent"_s).toBool(), true);
        QCOMPARE(rowsOf(target,
                        u"SELECT COLUMN_NAME, DATA_TYPE, IS_NULLABLE FROM "
                        "information_schema.COLUMNS WHERE TABLE_SCHEMA = '%1' AND "
                        "TABLE_NAME = 'places' ORDER BY ORDINAL_POSITION"_s.arg(target.database)),
                 (QStringList {u"id|int|NO"_s, u"at|point|NO"_s, u"area|polygon|YES"_s,
                               u"anything|geometry|YES"_s, u"route|linestring|YES"_s,
                               u"name|longtext|YES"_s}));
        const QStringList columns {u"at"_s, u"area"_s, u"anything"_s, u"route"_s};
        const QStringList expected = rowsOf(source, geometrySelect(source, u"places"_s, columns));
        QCOMPARE(expected.at(0).section(u'|', 0, 1),
                 u"1|4326:0101000000000000000000f03f0000000000000040"_s);
        QCOMPARE(rowsOf(target, geometrySelect(target, u"places"_s, columns)), expected);
        QCOMPARE(rowsOf(target,
                        u"SELECT INDEX_NAME, INDEX_TYPE, COLUMN_NAME FROM "
                        "information_schema.STATISTICS WHERE TABLE_SCHEMA = '%1' AND "
                        "TABLE_NAME = 'places' ORDER BY INDEX_NAME"_s.arg(target.database)),
                 (QStringList {u"places_at|SPATIAL|at"_s, u"PRIMARY|BTREE|id"_s}));
    }

    // PostGIS -> MariaDB with a value that has a Z (or M) coordinate: MySQL geometries are 2D.
    // The precheck finds the value by a query and stops before anything is written, naming the
    // column and the value; a 2D value in the same column type passes.
    void postgisZToMariadbStopsAtPrecheck()
    {
        const Endpoint source = m_gis->make(Engine::PostgreSql, u"z_src"_s);
        const Endpoint target = m_gis->make(Engine::MariaDb, u"z_dst"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE flat (id integer PRIMARY KEY, g public.geometry)"_s,
                         u"INSERT INTO flat VALUES (1, public.ST_GeomFromText('POINT(1 2)', "
                         "4326))"_s,
                         u"CREATE TABLE solid (id integer PRIMARY KEY, g public.geometry)"_s,
                         u"INSERT INTO solid VALUES (1, public.ST_GeomFromText('POINT(1 2)')), "
                         "(2, public.ST_GeomFromEWKT('SRID=4326;POINT(1 2 3)'))"_s}));
        const RunResult run = runProject(
            store(), projectJson(u"spatial-z"_s, source, target, {u"schema"_s, u"full"_s}), source,
            target);
        QVERIFY(!run.ok);
        QJsonArray errors;
        for (const QJsonValue &item : run.precheck.value(u"items"_s).toArray())
            if (item[u"severity"_s].toString() == u"error")
                errors.append(item);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0][u"object"_s].toString(), u"z_src.solid.g"_s);
        QCOMPARE(errors[0][u"message"_s].toString(),
                 u"z_src.solid.g holds SRID=4326;POINT(1 2 3): values with Z or M coordinates "
                 "have no MySQL type (its geometries are 2D)"_s);
        // Nothing was written: not even the table whose values fit.
        QCOMPARE(rowsOf(target,
                        u"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                        "'%1'"_s.arg(target.database)),
                 QStringList {u"0"_s});
    }

    // The tables and views an extension owns (PostGIS's spatial_ref_sys, geometry_columns) are
    // not the database's data: they come with the extension on the target and are not read;
    // the extension is listed (and so named in the not-carried list).
    void extensionObjectsAreNotRead()
    {
        Endpoint publicSchema = m_gis->make(Engine::PostgreSql, u"ext_probe"_s);
        publicSchema.schema = u"public"_s;
        const Driver &driver = Driver::forEngine(Engine::PostgreSql);
        auto session = driver.connect(publicSchema);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().text()));
        QVERIFY(execute(publicSchema,
                        {u"CREATE TABLE IF NOT EXISTS public.own_table (id integer PRIMARY KEY)"_s,
                         u"CREATE OR REPLACE VIEW public.own_view AS SELECT id FROM "
                         "public.own_table"_s}));
        auto tables = driver.readTables(**session, u"public"_s);
        QVERIFY2(tables, qPrintable(tables ? QString() : tables.error().text()));
        QStringList names;
        for (const Table &t : *tables)
            names << t.ref.name;
        QCOMPARE(names, QStringList {u"own_table"_s});
        auto objects = driver.readObjects(**session, u"public"_s);
        QVERIFY2(objects, qPrintable(objects ? QString() : objects.error().text()));
        QStringList views, extensions;
        for (const SchemaObject &o : *objects) {
            if (o.kind == SchemaObject::Kind::View)
                views << o.name;
            if (o.kind == SchemaObject::Kind::Extension)
                extensions << u"%1|%2|%3"_s.arg(o.name, o.table, o.definition);
        }
        QCOMPARE(views, QStringList {u"own_view"_s});
        // Not silent: the extension is named with what it owns, for the not-carried list.
        QCOMPARE(extensions,
                 QStringList {u"postgis|geography_columns, geometry_columns, spatial_ref_sys|"
                              "CREATE EXTENSION postgis SCHEMA \"public\";"_s});
        QVERIFY(execute(publicSchema,
                        {u"DROP VIEW public.own_view"_s, u"DROP TABLE public.own_table"_s}));
    }

    // MariaDB -> PostgreSQL without PostGIS: bytea holding exactly MySQL's bytes (SRID, WKB);
    // the spatial index is named as not carried, the full-text one still becomes GIN.
    void mariadbToPostgresWithoutPostgis()
    {
        const Endpoint source = m_plain->make(Engine::MariaDb, u"b_src"_s);
        const Endpoint target = m_plain->make(Engine::PostgreSql, u"b_dst"_s);
        QVERIFY(execute(source, mariadbShapes()));
        const RunResult run = runProject(store(),
                                         projectJson(u"spatial-my-bytea"_s, source, target,
                                                     {u"schema"_s, u"full"_s, u"verify"_s}),
                                         source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(run.verification.value(u"consistent"_s).toBool(), true);
        QCOMPARE(rowsOf(target,
                        u"SELECT data_type FROM information_schema.columns WHERE "
                        "table_schema = 'b_dst' AND table_name = 'shapes' AND "
                        "column_name IN ('g', 'p', 'gc') ORDER BY column_name"_s),
                 (QStringList {u"bytea"_s, u"bytea"_s, u"bytea"_s}));
        QCOMPARE(rowsOf(target,
                        u"SELECT id, encode(g, 'hex'), encode(p, 'hex'), "
                        "encode(gc, 'hex') FROM shapes ORDER BY id"_s),
                 rowsOf(source,
                        u"SELECT id, LOWER(HEX(g)), LOWER(HEX(p)), LOWER(HEX(gc)) "
                        "FROM shapes ORDER BY id"_s));
        QCOMPARE(rowsOf(target,
                        u"SELECT regexp_replace(indexdef, '^.* USING ', '') FROM "
                        "pg_indexes WHERE schemaname = 'b_dst' AND tablename = "
                        "'shapes' ORDER BY 1"_s),
                 (QStringList {u"btree (id)"_s,
                               u"gin (to_tsvector('simple'::regconfig, "
                               "COALESCE(body, ''::text)))"_s}));
    }

    // MariaDB -> SQLite: a BLOB of MySQL's bytes (SRID, then WKB) in a GEOMETRY_SRID_WKB column.
    void mariadbToSqlite()
    {
        const Endpoint source = m_plain->make(Engine::MariaDb, u"q_src"_s);
        const Endpoint target = m_plain->make(Engine::Sqlite, u"q_dst"_s);
        QVERIFY(execute(source, mariadbShapes()));
        const RunResult run = runProject(
            store(),
            projectJson(u"spatial-my-sq"_s, source, target, {u"schema"_s, u"full"_s, u"verify"_s}),
            source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(run.verification.value(u"consistent"_s).toBool(), true);
        QCOMPARE(rowsOf(target,
                        u"SELECT type FROM pragma_table_info('shapes') WHERE name IN "
                        "('g', 'poly') ORDER BY name"_s),
                 (QStringList {u"GEOMETRY_SRID_WKB"_s, u"GEOMETRY_SRID_WKB"_s}));
        QCOMPARE(rowsOf(target,
                        u"SELECT id, typeof(g), hex(g), hex(poly), hex(gc) FROM shapes "
                        "ORDER BY id"_s),
                 rowsOf(source,
                        u"SELECT id, 'blob', HEX(g), IF(poly IS NULL, '', HEX(poly)), "
                        "IF(gc IS NULL, '', HEX(gc)) FROM shapes ORDER BY id"_s));
    }

    // The incremental step carries geometry: a POINT inserted and updated on MariaDB arrives in
    // PostGIS with its SRID and WKB.
    void mariadbToPostgisIncremental()
    {
        const Endpoint source = m_gis->make(Engine::MariaDb, u"i_src"_s);
        const Endpoint target = m_gis->make(Engine::PostgreSql, u"i_dst"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE spots (id INT PRIMARY KEY, at POINT)"_s,
                         u"INSERT INTO spots VALUES (1, ST_GeomFromText('POINT(1 1)', "
                         "4326))"_s}));
        const QJsonObject project = projectJson(u"spatial-inc"_s, source, target,
                                                {u"schema"_s, u"full"_s, u"incremental"_s});
        const QString storePath = m_storeDir.filePath(u"inc.db"_s);
        RunResult run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QVERIFY(execute(source,
                        {u"INSERT INTO spots VALUES (2, ST_GeomFromText('POINT(-71.06 42.28)', "
                         "4326)), (3, NULL)"_s,
                         u"UPDATE spots SET at = ST_GeomFromText('POINT(2.5 -3)', 3857) WHERE "
                         "id = 1"_s,
                         u"UPDATE spots SET at = ST_GeomFromText('POINT(0 0)') WHERE id = 3"_s}));
        run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        const QStringList expected = rowsOf(source, geometrySelect(source, u"spots"_s, {u"at"_s}));
        QCOMPARE(expected,
                 (QStringList {u"1|3857:0101000000000000000000044000000000000008c0"_s,
                               u"2|4326:0101000000a4703d0ad7c351c0a4703d0ad7234540"_s,
                               u"3|0:010100000000000000000000000000000000000000"_s}));
        QCOMPARE(rowsOf(target, geometrySelect(target, u"spots"_s, {u"at"_s})), expected);
    }
    // PostgreSQL arrays -> MariaDB JSON and SQLite JSON text: exact JSON arrays (numbers as
    // numbers, NULL elements as null, nested arrays nested), queryable; verification compares
    // them by meaning; the incremental step carries them too.
    void arraysBecomeJson_data()
    {
        QTest::addColumn<QString>("to");
        QTest::newRow("mariadb") << u"mariadb"_s;
        QTest::newRow("sqlite") << u"sqlite"_s;
    }

    void arraysBecomeJson()
    {
        QFETCH(QString, to);
        const bool sqlite = to == u"sqlite"_s;
        const Endpoint source = m_plain->make(Engine::PostgreSql, u"a_src_"_s + to);
        const Endpoint target =
            m_plain->make(sqlite ? Engine::Sqlite : Engine::MariaDb, u"a_dst_"_s + to);
        QVERIFY(execute(
            source,
            {u"CREATE TABLE film (id integer PRIMARY KEY, features text[], scores int[], "
             "prices numeric(5,2)[], grid int[][], flags boolean[], odd text[], r float8[])"_s,
             u"INSERT INTO film VALUES (1, '{Trailers,\"Deleted Scenes\"}', '{1,-2,NULL}', '{1.50,0.01}', '{{1,2},{3,4}}', '{t,f,NULL}', '{\"a \\\"quoted\\\" \\\\ backslash\",\"NULL\",\"\",\" space \",\"tab\tx\"}', '{0.1,1e+300,-0,Infinity}'), (2, '{}', NULL, '{NaN}', NULL, NULL, '{ü中}', NULL)"_s}));
        const QJsonObject project =
            projectJson(u"arrays-"_s + to, source, target,
                        {u"schema"_s, u"full"_s, u"incremental"_s, u"verify"_s});
        const QString storePath = m_storeDir.filePath(u"arrays-%1.db"_s.arg(to));
        RunResult run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(run.verification.value(u"consistent"_s).toBool(), true);

        const QStringList expected {
            u"1|[\"Trailers\", \"Deleted Scenes\"]|[1, -2, null]|[1.50, 0.01]|[[1, 2], [3, 4]]|[true, false, null]|[\"a \\\"quoted\\\" \\\\ backslash\", \"NULL\", \"\", \" space \", \"tab\\tx\"]|[0.1, 1e+300, -0, \"Infinity\"]"_s,
            u"2|[]|NULL|[\"NaN\"]|NULL|NULL|[\"ü中\"]|NULL"_s};
        const QString select =
            u"SELECT id, features, scores, prices, grid, flags, odd, r FROM film ORDER BY id"_s;
        QCOMPARE(rowsOf(target, select), expected);
        // Queryable as JSON.
        QCOMPARE(rowsOf(target,
                        sqlite ? u"SELECT json_extract(features, '$[1]'), "
                                 "json_extract(grid, '$[1][0]') FROM film WHERE id = 1"_s
                               : u"SELECT JSON_VALUE(features, '$[1]'), "
                                 "JSON_VALUE(grid, '$[1][0]') FROM film WHERE id = 1"_s),
                 QStringList {u"Deleted Scenes|3"_s});
        if (!sqlite)
            QCOMPARE(rowsOf(target,
                            u"SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE "
                            "TABLE_SCHEMA = '%1' AND TABLE_NAME = 'film' AND "
                            "COLUMN_NAME = 'features'"_s.arg(target.database)),
                     QStringList {u"longtext"_s}); // MariaDB's JSON

        // Incremental: an insert and an update arrive as JSON too.
        QVERIFY(execute(source,
                        {u"INSERT INTO film (id, features, scores) VALUES (3, "
                         "'{\"Behind the Scenes\"}', '{7}')"_s,
                         u"UPDATE film SET scores = '{4,NULL,5}', features = NULL "
                         "WHERE id = 2"_s}));
        run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(rowsOf(target, u"SELECT id, features, scores FROM film ORDER BY id"_s),
                 (QStringList {u"1|[\"Trailers\", \"Deleted Scenes\"]|[1, -2, null]"_s,
                               u"2|NULL|[4, null, 5]"_s, u"3|[\"Behind the Scenes\"]|[7]"_s}));
    }

    // A PostgreSQL domain column becomes its base type with the domain's CHECK on the column
    // (VALUE replaced by its name) on every target; a CHECK in PostgreSQL-only SQL is named as
    // not carried, except into PostgreSQL.
    void domainsBecomeChecks_data()
    {
        QTest::addColumn<QString>("to");
        QTest::newRow("mariadb") << u"mariadb"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
        QTest::newRow("sqlite") << u"sqlite"_s;
    }

    void domainsBecomeChecks()
    {
        QFETCH(QString, to);
        const Engine engine = *engines::parse(to);
        const Endpoint source = m_plain->make(Engine::PostgreSql, u"d_src_"_s + to);
        const Endpoint target = m_plain->make(engine, u"d_dst_"_s + to);
        QVERIFY(execute(source,
                        {u"CREATE DOMAIN year_%1 AS integer CONSTRAINT year_check CHECK "
                         "(VALUE >= 1901 AND VALUE <= 2155)"_s.arg(to),
                         u"CREATE DOMAIN code_%1 AS text CHECK (VALUE ~ '^[A-Z]{3}$')"_s.arg(to),
                         u"CREATE TABLE film (id integer PRIMARY KEY, release_year year_%1, "
                         "lang code_%1)"_s.arg(to),
                         u"INSERT INTO film VALUES (1, 2006, 'ENG'), (2, NULL, NULL)"_s}));
        const RunResult run = runProject(
            store(), projectJson(u"domains-"_s + to, source, target, {u"schema"_s, u"full"_s}),
            source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(rowsOf(target, u"SELECT id, release_year, lang FROM film ORDER BY id"_s),
                 (QStringList {u"1|2006|ENG"_s, u"2|NULL|NULL"_s}));
        const QString name = engine == Engine::PostgreSql ? u"\"film\""_s : u"film"_s;
        auto session = Driver::forEngine(engine).connectForWrite(target);
        QVERIFY(session);
        if (engine == Engine::PostgreSql)
            QVERIFY((*session)->exec(u"SET search_path TO \"%1\""_s.arg(target.schema)));
        const auto tooOld = (*session)->exec(u"INSERT INTO %1 (id, release_year) VALUES (3, "
                                             "1800)"_s.arg(name));
        QVERIFY2(!tooOld, "the domain's CHECK holds on the target");
        QVERIFY(
            (*session)->exec(u"INSERT INTO %1 (id, release_year) VALUES (4, 1901)"_s.arg(name)));
        const auto badCode =
            (*session)->exec(u"INSERT INTO %1 (id, lang) VALUES (5, 'english')"_s.arg(name));
        QCOMPARE(bool(badCode), engine != Engine::PostgreSql); // carried into PostgreSQL only
        const QStringList log = containing(logOf(store(), run.projectId), u"domain"_s);
        if (engine == Engine::PostgreSql)
            QVERIFY2(log.isEmpty(), qPrintable(log.join(u'\n')));
        else
            QCOMPARE(
                log,
                QStringList {u"precheck: domain constraint d_src_%1.film.lang is not carried: a "
                             "CHECK of the domain d_src_%1.code_%1 in PostgreSQL SQL: add an "
                             "equivalent CHECK by hand (the target's data may differ)\n"
                             "Definition: CHECK ((VALUE ~ '^[A-Z]{3}$'::text))"_s.arg(to)});
    }

    // A PostgreSQL table partitioned by RANGE with the key (payment_date, payment_id) and a
    // serial payment_id -> MariaDB: one table with the rows exact, the auto-increment kept (an
    // INSERT without payment_id works), the parent's index and the partitions' foreign keys
    // and indexes on it; the partitions are not migrated as tables of their own; the log names
    // the change.
    void postgresPartitionedToMariadb()
    {
        const Endpoint source = m_plain->make(Engine::PostgreSql, u"pp_src"_s);
        const Endpoint target = m_plain->make(Engine::MariaDb, u"pp_dst"_s);
        QStringList setup {
            u"CREATE TABLE customer (customer_id serial PRIMARY KEY, name text NOT NULL)"_s,
            u"CREATE TABLE payment (payment_id serial, customer_id integer NOT NULL, "
            "amount numeric(5,2) NOT NULL, payment_date timestamp(6) NOT NULL, "
            "PRIMARY KEY (payment_date, payment_id)) PARTITION BY RANGE (payment_date)"_s,
            u"CREATE INDEX payment_amount ON payment (amount)"_s,
            u"INSERT INTO customer (name) VALUES ('Mary'), ('Patricia')"_s};
        for (const QString &month : {u"01"_s, u"02"_s}) {
            const QString p = u"payment_p2022_"_s + month;
            setup << u"CREATE TABLE %1 PARTITION OF payment FOR VALUES FROM ('2022-%2-01') TO "
                     "('2022-%2-01'::date + interval '1 month')"_s.arg(p, month)
                  << u"ALTER TABLE %1 ADD CONSTRAINT %1_customer_id_fkey FOREIGN KEY "
                     "(customer_id) REFERENCES customer (customer_id)"_s.arg(p)
                  << u"CREATE INDEX idx_fk_%1_customer_id ON %1 (customer_id)"_s.arg(p);
        }
        setup << u"INSERT INTO payment (customer_id, amount, payment_date) VALUES "
                 "(1, 2.99, '2022-01-15 10:00:00'), (2, 0.99, '2022-02-01 00:00:00'), "
                 "(1, 10.00, '2022-02-28 23:59:59.5')"_s;
        QVERIFY(execute(source, setup));
        const RunResult run = runProject(store(),
                                         projectJson(u"partitions-pg-my"_s, source, target,
                                                     {u"schema"_s, u"full"_s, u"verify"_s}),
                                         source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(run.verification.value(u"consistent"_s).toBool(), true);
        const QString db = target.database;
        QCOMPARE(rowsOf(target,
                        u"SELECT TABLE_NAME FROM information_schema.TABLES WHERE "
                        "TABLE_SCHEMA = '%1' ORDER BY TABLE_NAME"_s.arg(db)),
                 (QStringList {u"customer"_s, u"payment"_s}));
        QCOMPARE(rowsOf(target,
                        u"SELECT payment_id, customer_id, amount, payment_date FROM "
                        "payment ORDER BY payment_id"_s),
                 (QStringList {u"1|1|2.99|2022-01-15 10:00:00.000000"_s,
                               u"2|2|0.99|2022-02-01 00:00:00.000000"_s,
                               u"3|1|10.00|2022-02-28 23:59:59.500000"_s}));
        QVERIFY(execute(target,
                        {u"INSERT INTO payment (customer_id, amount, payment_date) "
                         "VALUES (2, 1.00, '2022-03-01')"_s}));
        QCOMPARE(rowsOf(target, u"SELECT payment_id FROM payment WHERE amount = 1.00"_s),
                 QStringList {u"4"_s});
        QVERIFY2(!execute(target,
                          {u"INSERT INTO payment (customer_id, amount, payment_date) "
                           "VALUES (99, 1.00, '2022-03-01')"_s}),
                 "the foreign key holds");
        QCOMPARE(rowsOf(target,
                        u"SELECT CONSTRAINT_NAME, REFERENCED_TABLE_NAME FROM "
                        "information_schema.REFERENTIAL_CONSTRAINTS WHERE "
                        "CONSTRAINT_SCHEMA = '%1' AND TABLE_NAME = 'payment'"_s.arg(db)),
                 QStringList {u"payment_customer_id_fkey|customer"_s});
        QCOMPARE(rowsOf(target,
                        u"SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY "
                        "SEQ_IN_INDEX) FROM information_schema.STATISTICS WHERE "
                        "TABLE_SCHEMA = '%1' AND TABLE_NAME = 'payment' GROUP BY "
                        "INDEX_NAME ORDER BY INDEX_NAME"_s.arg(db)),
                 (QStringList {u"payment_amount|amount"_s, u"payment_customer_id_idx|customer_id"_s,
                               u"payment_id_auto_increment|payment_id"_s,
                               u"PRIMARY|payment_date,payment_id"_s}));
        QCOMPARE(containing(logOf(store(), run.projectId), u"partitioned"_s),
                 QStringList {u"precheck: partitioning pp_src.payment is not carried: it has "
                              "foreign keys, and MySQL has none on partitioned tables: the table "
                              "is created as one table that keeps its columns, identity, keys, "
                              "indexes and foreign keys (and those every partition has), without "
                              "the partitioning\n"
                              "Definition: PARTITION BY RANGE (payment_date)"_s});
    }

    // A MariaDB table partitioned by RANGE -> PostgreSQL: one table, rows exact, identity kept.
    void mariadbPartitionedToPostgres()
    {
        const Endpoint source = m_plain->make(Engine::MariaDb, u"mp_src"_s);
        const Endpoint target = m_plain->make(Engine::PostgreSql, u"mp_dst"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE sales (id INT NOT NULL AUTO_INCREMENT, sold DATE NOT NULL, "
                         "amount DECIMAL(8,2), PRIMARY KEY (id, sold)) PARTITION BY RANGE "
                         "(YEAR(sold)) (PARTITION p2022 VALUES LESS THAN (2023), PARTITION "
                         "p2023 VALUES LESS THAN (2024), PARTITION pmax VALUES LESS THAN "
                         "MAXVALUE)"_s,
                         u"INSERT INTO sales (sold, amount) VALUES ('2022-06-01', 1.50), "
                         "('2023-01-01', 99999.99), ('2030-12-31', NULL)"_s}));
        const RunResult run = runProject(store(),
                                         projectJson(u"partitions-my-pg"_s, source, target,
                                                     {u"schema"_s, u"full"_s, u"verify"_s}),
                                         source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(run.verification.value(u"consistent"_s).toBool(), true);
        QCOMPARE(rowsOf(target, u"SELECT id, sold, amount FROM sales ORDER BY id"_s),
                 (QStringList {u"1|2022-06-01|1.50"_s, u"2|2023-01-01|99999.99"_s,
                               u"3|2030-12-31|NULL"_s}));
        QVERIFY(execute(target, {u"INSERT INTO sales (sold) VALUES ('2031-01-01')"_s}));
        QCOMPARE(rowsOf(target, u"SELECT id FROM sales WHERE sold = '2031-01-01'"_s),
                 QStringList {u"4"_s});
        QCOMPARE(containing(logOf(store(), run.projectId), u"partitioning"_s).size(), 1);
        QCOMPARE(
            containing(logOf(store(), run.projectId), u"partitioning"_s),
            QStringList {u"precheck: partitioning %1.sales is not carried: its "
                         "partition key is an expression: the table is created as one table "
                         "that keeps its columns, identity, keys, indexes and foreign keys "
                         "(and those every partition has), without the partitioning\n"
                         "Definition: PARTITION BY RANGE (year(`sold`))"_s.arg(source.database)});
    }
};

QTEST_GUILESS_MAIN(TestSchemaTypes)
#include "tst_schema_types.moc"
