// MySQL engine against the real MariaDB: dialect, catalog, reader and writer, each asserted
// with the exact values, types and messages a user would see.
#include "engines/driver.h"
#include "engines/keysetchunker.h"
#include "engines/mysql/mysqlbulkwriter.h"
#include "engines/mysql/mysqldialect.h"
#include "engines/mysql/mysqlsession.h"
#include "logcapture.h"
#include "testservers.h"
#include "values/canonical.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QtTest>

#include <thread>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

using Cell = std::optional<std::string>;
using Row = std::vector<Cell>;
using Rows = std::vector<Row>;

#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const auto _result = (expr);                                                               \
        QVERIFY2(_result, qPrintable(_result ? QString() : _result.error().text()));               \
    } while (false)

const Driver &driver()
{
    return Driver::forEngine(Engine::MariaDb);
}

const Dialect &dialect()
{
    return driver().dialect();
}

std::string allBytes()
{
    std::string s(256, '\0');
    for (int i = 0; i < 256; ++i)
        s[size_t(i)] = char(i);
    return s;
}

std::string bytes(std::initializer_list<int> values)
{
    std::string s;
    for (int v : values)
        s.push_back(char(v));
    return s;
}

QString hex(const std::string &s)
{
    return QString::fromStdString(canonical::toHex(s));
}

// One line per column: every neutral field that is set.
QString line(const Column &c)
{
    const ColumnType &t = c.type;
    QString s = c.name + u' ' + ColumnType::kindName(t.kind);
    if (t.byteWidth)
        s += u" w%1"_s.arg(t.byteWidth);
    if (t.isUnsigned)
        s += u" unsigned"_s;
    if (t.length)
        s += u" len%1"_s.arg(t.length);
    if (t.precision || t.scale)
        s += u" p%1,%2"_s.arg(t.precision).arg(t.scale);
    if (t.fraction)
        s += u" f%1"_s.arg(t.fraction);
    if (!t.labels.isEmpty())
        s += u" labels["_s + t.labels.join(u'|') + u']';
    if (!t.charset.isEmpty() || !t.collation.isEmpty())
        s += u' ' + t.charset + u'/' + t.collation;
    s += u" native("_s + t.native + u')';
    if (!c.nullable)
        s += u" NOT NULL"_s;
    switch (c.defaultKind) {
    case Column::DefaultKind::None: break;
    case Column::DefaultKind::Literal: s += u" default="_s + c.defaultValue; break;
    case Column::DefaultKind::CurrentTimestamp: s += u" default=CURRENT_TIMESTAMP"_s; break;
    case Column::DefaultKind::Expression: s += u" default=expr:"_s + c.defaultValue; break;
    }
    if (c.autoIncrement)
        s += u" auto_increment"_s;
    if (c.generated)
        s += u" generated"_s;
    if (!c.comment.isEmpty())
        s += u" comment="_s + c.comment;
    return s;
}

QStringList lines(const Table &t)
{
    QStringList out;
    for (const Column &c : t.columns)
        out << line(c);
    return out;
}

QString indexLine(const Index &i)
{
    return i.name + u'(' + i.columns.join(u',') + u')' + (i.unique ? u" unique"_s : QString())
        + (i.primary ? u" primary"_s : QString());
}

QString fkLine(const ForeignKey &fk)
{
    return fk.name + u'(' + fk.columns.join(u',') + u")->"_s + fk.referenced.display() + u'('
        + fk.referencedColumns.join(u',') + u") delete=" + fk.onDelete + u" update=" + fk.onUpdate;
}

QString cellText(const Cell &c)
{
    if (!c)
        return u"NULL"_s;
    return canonical::preview(*c, !canonical::isValidUtf8(*c), 400);
}

RowBatch makeBatch(const Rows &rows)
{
    RowBatch batch(rows.empty() ? 0 : int(rows.front().size()));
    for (const Row &row : rows) {
        for (const Cell &c : row) {
            if (c)
                batch.append(*c);
            else
                batch.appendNull();
        }
        batch.endRow();
    }
    return batch;
}

QList<Column> keyColumnsOf(const Table &t)
{
    QList<Column> keys;
    for (const QString &name : t.chunkKey())
        keys << *t.column(name);
    return keys;
}

QList<Column> copiedColumns(const Table &t)
{
    QList<Column> out;
    for (const Column &c : t.columns)
        if (!c.generated)
            out << c;
    return out;
}

Result<Rows> readRows(Session &session, const ReadRequest &request, const CancelToken &cancel = {})
{
    Rows rows;
    auto reader = driver().makeReader(session);
    auto ok = reader->read(
        request,
        [&](RowBatch &&batch) -> Status {
            for (int r = 0; r < batch.rows(); ++r) {
                Row row;
                for (int c = 0; c < batch.columns(); ++c)
                    row.push_back(batch.isNull(r, c) ? Cell()
                                                     : Cell(std::string(batch.cell(r, c))));
                rows.push_back(std::move(row));
            }
            return {};
        },
        cancel);
    if (!ok)
        return std::unexpected(ok.error());
    return rows;
}

ReadRequest readAll(const Table &t, const QString &filter = {})
{
    ReadRequest request;
    request.table = t.ref;
    request.columns = copiedColumns(t);
    request.keyColumns = keyColumnsOf(t);
    request.filter = filter;
    return request;
}

WriteRequest writeRequest(const Table &source, const Table &target)
{
    WriteRequest w;
    w.table = target.ref;
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
    w.sourceName = source.ref.display();
    return w;
}

TargetTable targetFor(const Table &source, const QString &targetDb, Engine sourceEngine)
{
    TargetTable t;
    t.ref = {targetDb, source.ref.name};
    for (const Column &c : copiedColumns(source)) { // generated columns are the plan's
        TargetColumn tc;
        tc.name = c.name;
        tc.sourceName = c.name;
        tc.sourceType = c.type;
        tc.type = dialect().declare(c.type, sourceEngine);
        tc.nullable = c.nullable;
        tc.defaultKind = c.defaultKind;
        tc.defaultValue = c.defaultValue;
        tc.autoIncrement = c.autoIncrement;
        t.columns << tc;
    }
    if (source.primaryKey)
        t.primaryKey = source.primaryKey->columns;
    t.indexes = source.indexes;
    return t;
}

const Table *findTable(const QList<Table> &tables, const QString &name)
{
    for (const Table &t : tables)
        if (t.ref.name == name)
            return &t;
    return nullptr;
}

} // namespace

class TestMySqlEngine : public QObject
{
    Q_OBJECT

    QString m_db; // source database
    QString m_target; // target database
    std::unique_ptr<MySqlSession> m_session;
    QString m_localInfile;

    std::unique_ptr<MySqlSession> open(const QString &db)
    {
        auto s = MySqlSession::open(test::mariadb(db));
        if (!s)
            qFatal("%s", qPrintable(s.error().text()));
        return std::move(*s);
    }

    Table table(const QString &db, const QString &name)
    {
        auto session = open(db);
        auto tables = driver().readTables(*session, db);
        if (!tables)
            qFatal("%s", qPrintable(tables.error().text()));
        const Table *t = findTable(*tables, name);
        if (!t)
            qFatal("no table %s", qPrintable(name));
        return *t;
    }

    // Creates the target of `source` in m_target, empty.
    Table createTarget(const Table &source)
    {
        auto session = open(m_target);
        (void)session->exec(dialect().dropTable({m_target, source.ref.name}));
        for (const QString &sql :
             dialect().createTable(targetFor(source, m_target, Engine::MariaDb), true)) {
            auto ok = session->exec(sql);
            if (!ok)
                qFatal("%s", qPrintable(ok.error().text()));
        }
        return table(m_target, source.ref.name);
    }

    // Writes `rows` (canonical, in `request` column order) in one transaction.
    Result<WriteStats> writeRows(const WriteRequest &request, const std::vector<Rows> &batches,
                                 bool insertOnly, bool *usedInsert = nullptr)
    {
        auto session = open(m_target);
        auto writer = driver().makeWriter(*session);
        auto *my = static_cast<MySqlBulkWriter *>(writer.get());
        my->setInsertOnly(insertOnly);
        if (auto ok = writer->begin(request); !ok)
            return std::unexpected(ok.error());
        for (const Rows &rows : batches) {
            if (auto ok = writer->write(makeBatch(rows)); !ok) {
                writer->rollback();
                return std::unexpected(ok.error());
            }
        }
        auto stats = writer->commit();
        if (usedInsert)
            *usedInsert = my->usesInsert();
        return stats;
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        const quint32 tag = QRandomGenerator::global()->bounded(1000000u);
        m_db = u"ferry_my_%1"_s.arg(tag);
        m_target = u"ferry_my_%1_t"_s.arg(tag);
        auto admin = open({});
        for (const QString &db : {m_db, m_target})
            for (const QString &sql : dialect().createSchema(db))
                CHECK_OK(admin->exec(sql));
        m_session = open(m_db);
        auto infile = m_session->query(u"SELECT @@GLOBAL.local_infile"_s);
        QVERIFY(infile);
        m_localInfile = infile->text(0, 0);

        const QString blob = hex(allBytes());
        const QStringList ddl = {
            u"CREATE TABLE hard (id INT NOT NULL, u BIGINT UNSIGNED, b BIGINT, t TINYINT, "
            "d DECIMAL(65,30), f FLOAT, dd DOUBLE, b1 BIT(1), b10 BIT(10), b64 BIT(64), "
            "bo TINYINT(1), c CHAR(5), v VARCHAR(20), tx TEXT, bl BLOB, vb VARBINARY(16), "
            "dt DATE, dtm DATETIME(6), ts TIMESTAMP(6) NULL, tm TIME(6), y YEAR, "
            "e ENUM('a,b','it''s','plain'), s SET('r','w','x'), j JSON, PRIMARY KEY (id))"_s,
            u"INSERT INTO hard VALUES (1, 18446744073709551615, -9223372036854775808, -128, "
            "99999999999999999999999999999999999.999999999999999999999999999999, 1.2345678, "
            "0.30000000000000004, b'1', b'1111111111', "
            "b'1111111111111111111111111111111111111111111111111111111111111111', 1, 'ab', "
            "'😀 ü 中', 'tab\\there\\r\\nnew\\\\back''q', X'%1', X'00FF41', '1000-01-01', "
            "'2024-02-29 23:59:59.999999', '2038-01-19 03:14:07.999999', '-838:59:59.000000', "
            "0, 'a,b', 'r,x', '{\"k\": [1, \"two\", null]}')"_s.arg(blob),
            u"INSERT INTO hard VALUES (2, 0, 9223372036854775807, 127, "
            "-0.000000000000000000000000000001, 3.402823e38, 5e-324, b'0', b'0', b'0', 0, "
            "'abcde', '', '', '', '', '9999-12-31', '1000-01-01 00:00:00', "
            "'1970-01-01 00:00:01', '838:59:59', 2155, 'it''s', '', '[]')"_s,
            u"INSERT INTO hard VALUES (3, 1, 1, 0, 0, -1.5, 1.7976931348623157e308, b'1', "
            "b'101', b'101', 5, 'a', 'x', 'x', X'00', X'', '0000-00-00', "
            "'0000-00-00 00:00:00', '0000-00-00 00:00:00', '00:00:00.5', 1901, 'plain', 'w', "
            "'null')"_s,
            u"INSERT INTO hard (id) VALUES (4)"_s,
            u"CREATE TABLE `Order Items` (`select` INT NOT NULL, `Line` VARCHAR(10) NOT NULL "
            "DEFAULT 'x', qty INT DEFAULT 1, note TEXT, PRIMARY KEY (`select`, `Line`), "
            "KEY `ix qty` (qty), UNIQUE KEY `u note` (`Line`, qty), CONSTRAINT `fk items` "
            "FOREIGN KEY (`select`) REFERENCES hard (id) ON DELETE CASCADE)"_s,
            u"INSERT INTO `Order Items` VALUES (1, 'a', 2, 'n1'), (1, 'B', NULL, NULL), "
            "(2, 'a', 3, '')"_s,
            u"CREATE TABLE keyless (a INT, b VARCHAR(5))"_s,
            u"INSERT INTO keyless VALUES (1, 'x'), (1, 'x'), (NULL, NULL)"_s,
            u"CREATE TABLE defs (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
            "a VARCHAR(20) DEFAULT 'it''s a \\\\ test', b DECIMAL(5,2) DEFAULT 1.50, "
            "c BIT(3) DEFAULT b'101', d DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6), "
            "e INT DEFAULT (1 + 1), f DOUBLE DEFAULT 1e300, g YEAR DEFAULT 2024, "
            "h VARCHAR(10) DEFAULT 'NULL', i VARCHAR(10) DEFAULT NULL, "
            "k INT NOT NULL COMMENT 'the k', gen INT AS (k * 2) VIRTUAL, "
            "st INT AS (k * 3) STORED, fl FLOAT DEFAULT 0.5, tsd TIMESTAMP NOT NULL DEFAULT "
            "CURRENT_TIMESTAMP, u INT UNSIGNED DEFAULT 7, m MEDIUMINT, si SMALLINT, "
            "lt LONGTEXT, lb LONGBLOB, mt MEDIUMTEXT, bn BINARY(4), dbu DECIMAL(10,0) UNSIGNED)"_s,
            u"CREATE TABLE geo (id INT PRIMARY KEY, g POINT)"_s,
            u"CREATE VIEW hard_view AS SELECT id FROM hard"_s,
            u"CREATE TABLE big (id INT NOT NULL PRIMARY KEY, payload VARCHAR(40))"_s,
            u"INSERT INTO big SELECT seq * 2, CONCAT('row ', seq) FROM seq_1_to_50000"_s,
            u"CREATE TABLE pairs (a INT NOT NULL, b VARCHAR(10) NOT NULL, PRIMARY KEY (a, b))"_s,
            u"INSERT INTO pairs SELECT 1 + seq DIV 100, CONCAT('k', LPAD(seq MOD 100, 3, '0')) "
            u"FROM "
            "seq_0_to_999"_s,
            u"ANALYZE TABLE big"_s,
        };
        for (const QString &sql : ddl)
            CHECK_OK(m_session->exec(sql));
    }

    void cleanupTestCase()
    {
        if (!m_session)
            return;
        if (!m_localInfile.isEmpty())
            (void)m_session->exec(u"SET GLOBAL local_infile = %1"_s.arg(m_localInfile));
        (void)m_session->exec(u"DROP DATABASE IF EXISTS "_s + dialect().quote(m_db));
        (void)m_session->exec(u"DROP DATABASE IF EXISTS "_s + dialect().quote(m_target));
    }

    // ---------------------------------------------------------------------------- dialect

    void dialectLiteralsSelectThemselves()
    {
        // Each literal, run through the server, gives back the canonical value.
        struct Case
        {
            std::string canonical;
            TypeKind kind;
            QString expression; // what to select it as
        };
        const std::vector<Case> cases = {
            {"it's a \\ test\n\t\r\x1a", TypeKind::Text, u"%1"_s},
            {std::string("a\0b", 3), TypeKind::Text, u"%1"_s},
            {"😀 ü 中", TypeKind::VarChar, u"%1"_s},
            {allBytes(), TypeKind::Blob, u"HEX(%1)"_s},
            {"-12.3400", TypeKind::Decimal, u"%1"_s},
            {"18446744073709551615", TypeKind::Integer, u"%1"_s},
        };
        for (const Case &c : cases) {
            ColumnType t;
            t.kind = c.kind;
            auto result = m_session->query(u"SELECT "_s
                                           + c.expression.arg(dialect().literal(c.canonical, t)));
            QVERIFY(result);
            const QByteArray got = *result->rows[0][0];
            const std::string expected =
                c.kind == TypeKind::Blob ? canonical::toHex(c.canonical) : c.canonical;
            QCOMPARE(got.toLower().toStdString(),
                     c.kind == TypeKind::Blob ? expected : c.canonical);
            if (c.kind != TypeKind::Blob)
                QCOMPARE(got.toStdString(), c.canonical);
        }
    }

    void createTableDdl()
    {
        const auto col = [](const QString &name, const QString &declaration, bool nullable,
                            Column::DefaultKind kind = Column::DefaultKind::None,
                            const QString &value = {}, const QString &native = {},
                            TypeKind sourceKind = TypeKind::Other) {
            TargetColumn c;
            c.name = name;
            c.sourceName = name;
            c.sourceType.kind = sourceKind;
            c.sourceType.native = native;
            c.type.declaration = declaration;
            c.nullable = nullable;
            c.defaultKind = kind;
            c.defaultValue = value;
            return c;
        };
        using K = Column::DefaultKind;
        const QString bin = u" CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s;
        TargetTable t;
        t.ref = {m_target, u"ddl test"_s};
        TargetColumn id = col(u"id"_s, u"BIGINT"_s, false, K::Expression,
                              u"nextval('ddl_test_id_seq'::regclass)"_s, u"bigint"_s);
        id.autoIncrement = true;
        TargetColumn second = col(u"id2"_s, u"INT"_s, false);
        second.autoIncrement = true; // MySQL has one AUTO_INCREMENT per table
        t.columns = {
            id,
            second,
            col(u"name"_s, u"LONGTEXT"_s + bin, false),
            col(u"code"_s, u"LONGBLOB"_s, true),
            col(u"body"_s, u"LONGTEXT"_s + bin, true, K::Literal, u"it's"_s, u"text"_s,
                TypeKind::Text),
            col(u"created"_s, u"DATETIME(3)"_s, false, K::CurrentTimestamp),
            col(u"day"_s, u"DATE"_s, true, K::CurrentTimestamp),
            col(u"note"_s, u"VARCHAR(20)"_s + bin, true, K::Literal, u"a \\ 'b'"_s,
                u"character varying(20)"_s, TypeKind::VarChar),
            col(u"flag"_s, u"TINYINT(1)"_s, false, K::Literal, u"1"_s, u"boolean"_s,
                TypeKind::Boolean),
            col(u"pg expr"_s, u"DATE"_s, true, K::Expression, u"('now'::text)::date"_s, u"date"_s),
            col(u"my expr"_s, u"int(11)"_s, true, K::Expression, u"(1 + 1)"_s, u"int(11)"_s),
            col(u"my uuid"_s, u"varchar(36)"_s, true, K::Expression, u"uuid()"_s, u"varchar(36)"_s),
            col(u"ts"_s, u"timestamp(6)"_s, true, K::CurrentTimestamp, {}, u"timestamp(6)"_s),
        };
        t.primaryKey = {u"id"_s};
        t.indexes = {Index {u"u_name"_s, {u"name"_s}, true, false},
                     Index {u"u_code"_s, {u"code"_s, u"id"_s}, true, false},
                     Index {u"ix_body"_s, {u"body"_s, u"flag"_s}, false, false},
                     Index {u"ix_id2"_s, {u"id2"_s}, false, false}};
        const QString q = u"`%1`.`ddl test`"_s.arg(m_target);
        const QString create =
            u"CREATE TABLE %1 (\n"
            "  `id` BIGINT NOT NULL AUTO_INCREMENT,\n"
            "  `id2` INT NOT NULL,\n"
            "  `name` VARCHAR(768) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,\n"
            "  `code` VARBINARY(3064),\n"
            "  `body` LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT ('it\\'s'),\n"
            "  `created` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),\n"
            "  `day` DATE,\n"
            "  `note` VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT "
            "'a \\\\ \\'b\\'',\n"
            "  `flag` TINYINT(1) NOT NULL DEFAULT 1,\n"
            "  `pg expr` DATE,\n"
            "  `my expr` int(11) DEFAULT (1 + 1),\n"
            "  `my uuid` varchar(36) DEFAULT (uuid()),\n"
            "  `ts` timestamp(6) NULL DEFAULT CURRENT_TIMESTAMP(6),\n"
            "  PRIMARY KEY (`id`)%2\n"
            ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"_s;
        const QString inlineIndexes =
            u",\n  UNIQUE KEY `u_name` (`name`),\n  UNIQUE KEY `u_code` (`code`, `id`),\n"
            "  KEY `ix_body` (`body`(191), `flag`),\n  KEY `ix_id2` (`id2`)"_s;
        QCOMPARE(dialect().createTable(t, false), QStringList {create.arg(q, QString())});
        QCOMPARE(dialect().createTable(t, true), QStringList {create.arg(q, inlineIndexes)});
        QCOMPARE(dialect().createIndexes(t),
                 (QStringList {u"CREATE UNIQUE INDEX `u_name` ON %1 (`name`)"_s.arg(q),
                               u"CREATE UNIQUE INDEX `u_code` ON %1 (`code`, `id`)"_s.arg(q),
                               u"CREATE INDEX `ix_body` ON %1 (`body`(191), `flag`)"_s.arg(q),
                               u"CREATE INDEX `ix_id2` ON %1 (`id2`)"_s.arg(q)}));
        QCOMPARE(dialect().resetIdentity(t),
                 QStringList {u"ALTER TABLE %1 AUTO_INCREMENT = 1"_s.arg(q)});
        t.foreignKeys = {
            ForeignKey {u"fk_hard"_s, {u"id2"_s}, {m_db, u"hard"_s}, {u"id"_s}, u"CASCADE"_s, {}}};
        QCOMPARE(dialect().createForeignKeys(t),
                 QStringList {u"ALTER TABLE %1 ADD CONSTRAINT `fk_hard` FOREIGN KEY (`id2`) "
                              "REFERENCES `%2`.`hard` (`id`) ON DELETE CASCADE"_s.arg(q, m_db)});

        // The server takes all of it, in both orders.
        auto session = open(m_target);
        for (const bool inlineIndex : {false, true}) {
            CHECK_OK(session->exec(dialect().dropTable(t.ref)));
            for (const QString &sql : dialect().createTable(t, inlineIndex))
                CHECK_OK(session->exec(sql));
            if (!inlineIndex)
                for (const QString &sql : dialect().createIndexes(t))
                    CHECK_OK(session->exec(sql));
            for (const QString &sql : dialect().createForeignKeys(t) + dialect().resetIdentity(t))
                CHECK_OK(session->exec(sql));
        }
        auto tables = driver().readTables(*session, m_target);
        QVERIFY(tables);
        const Table *created = findTable(*tables, u"ddl test"_s);
        QVERIFY(created);
        QCOMPARE(line(*created->column(u"name"_s)),
                 u"name varchar len768 utf8mb4/utf8mb4_bin native(varchar(768)) NOT NULL"_s);
        QCOMPARE(line(*created->column(u"body"_s)),
                 u"body text utf8mb4/utf8mb4_bin native(longtext) default=it's"_s);
        QCOMPARE(line(*created->column(u"id"_s)),
                 u"id integer w8 native(bigint(20)) NOT NULL auto_increment"_s);
        QCOMPARE(line(*created->column(u"my uuid"_s)),
                 u"my uuid varchar len36 utf8mb4/utf8mb4_general_ci native(varchar(36)) "
                 "default=expr:uuid()"_s);
        CHECK_OK(session->exec(dialect().dropTable(t.ref)));
    }

    // ---------------------------------------------------------------------------- catalog

    void catalog()
    {
        auto tables = driver().readTables(*m_session, m_db);
        QVERIFY2(tables, qPrintable(tables ? QString() : tables.error().text()));
        QStringList names;
        for (const Table &t : *tables)
            names << t.ref.name;
        // Base tables only (no hard_view), by name.
        QCOMPARE(names,
                 (QStringList {u"Order Items"_s, u"big"_s, u"defs"_s, u"geo"_s, u"hard"_s,
                               u"keyless"_s, u"pairs"_s}));

        const Table &hard = *findTable(*tables, u"hard"_s);
        QCOMPARE(hard.ref, (TableRef {m_db, u"hard"_s}));
        const QString gci = u"utf8mb4/utf8mb4_general_ci"_s;
        QCOMPARE(lines(hard),
                 (QStringList {
                     u"id integer w4 native(int(11)) NOT NULL"_s,
                     u"u integer w8 unsigned native(bigint(20) unsigned)"_s,
                     u"b integer w8 native(bigint(20))"_s,
                     u"t integer w1 native(tinyint(4))"_s,
                     u"d decimal p65,30 native(decimal(65,30))"_s,
                     u"f float native(float)"_s,
                     u"dd double native(double)"_s,
                     u"b1 bit len1 native(bit(1))"_s,
                     u"b10 bit len10 native(bit(10))"_s,
                     u"b64 bit len64 native(bit(64))"_s,
                     u"bo boolean native(tinyint(1))"_s,
                     u"c char len5 "_s + gci + u" native(char(5))"_s,
                     u"v varchar len20 "_s + gci + u" native(varchar(20))"_s,
                     u"tx text len65535 "_s + gci + u" native(text)"_s,
                     u"bl blob len65535 native(blob)"_s,
                     u"vb varbinary len16 native(varbinary(16))"_s,
                     u"dt date native(date)"_s,
                     u"dtm datetime f6 native(datetime(6))"_s,
                     u"ts timestamptz f6 native(timestamp(6))"_s,
                     u"tm time f6 native(time(6))"_s,
                     u"y year native(year(4))"_s,
                     u"e enum labels[a,b|it's|plain] "_s + gci
                         + u" native(enum('a,b','it''s','plain'))"_s,
                     u"s set labels[r|w|x] "_s + gci + u" native(set('r','w','x'))"_s,
                     u"j json utf8mb4/utf8mb4_bin native(longtext)"_s,
                 }));
        QVERIFY(hard.primaryKey);
        QCOMPARE(indexLine(*hard.primaryKey), u"PRIMARY(id) unique primary"_s);
        QVERIFY(hard.indexes.isEmpty());
        QVERIFY(hard.foreignKeys.isEmpty());
        QCOMPARE(hard.rowEstimate >= 0, true);

        const Table &defs = *findTable(*tables, u"defs"_s);
        QCOMPARE(lines(defs),
                 (QStringList {
                     u"id integer w4 native(int(11)) NOT NULL auto_increment"_s,
                     u"a varchar len20 "_s + gci + u" native(varchar(20)) default=it's a \\ test"_s,
                     u"b decimal p5,2 native(decimal(5,2)) default=1.50"_s,
                     u"c bit len3 native(bit(3)) default=5"_s,
                     u"d datetime f6 native(datetime(6)) default=CURRENT_TIMESTAMP"_s,
                     u"e integer w4 native(int(11)) default=expr:(1 + 1)"_s,
                     u"f double native(double) default=1e+300"_s,
                     u"g year native(year(4)) default=2024"_s,
                     u"h varchar len10 "_s + gci + u" native(varchar(10)) default=NULL"_s,
                     u"i varchar len10 "_s + gci + u" native(varchar(10))"_s,
                     u"k integer w4 native(int(11)) NOT NULL comment=the k"_s,
                     u"gen integer w4 native(int(11)) generated"_s,
                     u"st integer w4 native(int(11)) generated"_s,
                     u"fl float native(float) default=0.5"_s,
                     u"tsd timestamptz native(timestamp) NOT NULL default=CURRENT_TIMESTAMP"_s,
                     u"u integer w4 unsigned native(int(10) unsigned) default=7"_s,
                     u"m integer w3 native(mediumint(9))"_s,
                     u"si integer w2 native(smallint(6))"_s,
                     u"lt text "_s + gci + u" native(longtext)"_s,
                     u"lb blob native(longblob)"_s,
                     u"mt text len16777215 "_s + gci + u" native(mediumtext)"_s,
                     u"bn binary len4 native(binary(4))"_s,
                     u"dbu decimal unsigned p10,0 native(decimal(10,0) unsigned)"_s,
                 }));

        const Table &items = *findTable(*tables, u"Order Items"_s);
        QCOMPARE(lines(items),
                 (QStringList {
                     u"select integer w4 native(int(11)) NOT NULL"_s,
                     u"Line varchar len10 "_s + gci + u" native(varchar(10)) NOT NULL default=x"_s,
                     u"qty integer w4 native(int(11)) default=1"_s,
                     u"note text len65535 "_s + gci + u" native(text)"_s,
                 }));
        QCOMPARE(indexLine(*items.primaryKey), u"PRIMARY(select,Line) unique primary"_s);
        QStringList indexes;
        for (const Index &i : items.indexes)
            indexes << indexLine(i);
        QCOMPARE(indexes, (QStringList {u"ix qty(qty)"_s, u"u note(Line,qty) unique"_s}));
        QCOMPARE(items.foreignKeys.size(), 1);
        QCOMPARE(fkLine(items.foreignKeys[0]),
                 u"fk items(select)->%1.hard(id) delete=CASCADE update="_s.arg(m_db));
        QCOMPARE(items.chunkKey(), (QStringList {u"select"_s, u"Line"_s}));

        const Table &keyless = *findTable(*tables, u"keyless"_s);
        QVERIFY(!keyless.primaryKey);
        QVERIFY(keyless.indexes.isEmpty());
        QVERIFY(keyless.chunkKey().isEmpty());

        QCOMPARE(line(findTable(*tables, u"geo"_s)->columns[1]), u"g spatial native(point)"_s);
        QCOMPARE(findTable(*tables, u"big"_s)->rowEstimate > 40000, true);
    }

    // ---------------------------------------------------------------------------- reader

    void readerCanonical()
    {
        const Table hard = table(m_db, u"hard"_s);
        auto rows = readRows(*m_session, readAll(hard));
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().text()));
        const Rows expected = {
            {"1",
             "18446744073709551615",
             "-9223372036854775808",
             "-128",
             "99999999999999999999999999999999999.999999999999999999999999999999",
             "1.2345678",
             "0.30000000000000004",
             "1",
             "1023",
             "18446744073709551615",
             "1",
             "ab",
             "😀 ü 中",
             "tab\there\r\nnew\\back'q",
             allBytes(),
             bytes({0x00, 0xff, 0x41}),
             "1000-01-01",
             "2024-02-29 23:59:59.999999",
             "2038-01-19 03:14:07.999999",
             "-838:59:59.000000",
             "0",
             "a,b",
             "r,x",
             "{\"k\": [1, \"two\", null]}"},
            {"2",
             "0",
             "9223372036854775807",
             "127",
             "-0.000000000000000000000000000001",
             "3.402823e+38",
             "5e-324",
             "0",
             "0",
             "0",
             "0",
             "abcde",
             "",
             "",
             "",
             "",
             "9999-12-31",
             "1000-01-01 00:00:00.000000",
             "1970-01-01 00:00:01.000000",
             "838:59:59.000000",
             "2155",
             "it's",
             "",
             "[]"},
            {"3",
             "1",
             "1",
             "0",
             "0.000000000000000000000000000000",
             "-1.5",
             "1.7976931348623157e+308",
             "1",
             "5",
             "5",
             "5",
             "a",
             "x",
             "x",
             bytes({0}),
             "",
             "0000-00-00",
             "0000-00-00 00:00:00.000000",
             "0000-00-00 00:00:00.000000",
             "00:00:00.500000",
             "1901",
             "plain",
             "w",
             "null"},
            {"4", {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {},
             {},  {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}},
        };
        QCOMPARE(rows->size(), expected.size());
        for (size_t r = 0; r < expected.size(); ++r)
            for (size_t c = 0; c < expected[r].size(); ++c)
                QVERIFY2((*rows)[r][c] == expected[r][c],
                         qPrintable(u"row %1 column %2: got %3, expected %4"_s.arg(r + 1).arg(
                             hard.columns[int(c)].name, cellText((*rows)[r][c]),
                             cellText(expected[r][c]))));
    }

    void readerBatchesRangeAndFilter()
    {
        const Table big = table(m_db, u"big"_s);
        ReadRequest request = readAll(big, u"id % 3 = 0"_s);
        request.range.lower = KeyValues {"100"};
        request.range.upper = KeyValues {"160"};
        request.batchRows = 4;
        std::vector<int> sizes;
        Rows rows;
        auto reader = driver().makeReader(*m_session);
        CHECK_OK(reader->read(
            request,
            [&](RowBatch &&batch) -> Status {
                sizes.push_back(batch.rows());
                for (int r = 0; r < batch.rows(); ++r)
                    rows.push_back({std::string(batch.cell(r, 0)), std::string(batch.cell(r, 1))});
                return {};
            },
            {}));
        // Even ids in (100, 160] divisible by 3: 102, 108, ..., 156.
        Rows expected;
        for (int id = 102; id <= 160; id += 6)
            expected.push_back({std::to_string(id), "row " + std::to_string(id / 2)});
        QCOMPARE(rows, expected);
        QCOMPARE(sizes, (std::vector<int> {4, 4, 2}));

        // batchBytes cuts too: a row is 9 bytes, so 3 rows pass 20.
        request.batchRows = 1000;
        request.batchBytes = 20;
        sizes.clear();
        rows.clear();
        CHECK_OK(reader->read(request,
                              [&](RowBatch &&batch) -> Status {
                                  sizes.push_back(batch.rows());
                                  return {};
                              },
                              {}));
        QCOMPARE(sizes, (std::vector<int> {3, 3, 3, 1}));

        auto count = reader->countRows(big.ref, u"id % 3 = 0"_s);
        QVERIFY(count);
        QCOMPARE(*count, 16666);
        count = reader->countRows(big.ref, {});
        QCOMPARE(*count, 50000);
    }

    // A spatial value is read as MySQL stores it: the SRID (4 bytes, little-endian), then WKB.
    void readerGivesSpatialAsSridAndWkb()
    {
        QVERIFY(m_session->exec(u"INSERT INTO `%1`.geo VALUES (1, ST_GeomFromText('POINT(1 2)', "
                                "4326)), (2, NULL)"_s.arg(m_db)));
        const Table geo = table(m_db, u"geo"_s);
        auto rows = readRows(*m_session, readAll(geo));
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().text()));
        QCOMPARE(rows->size(), size_t(2));
        QCOMPARE(QByteArray::fromStdString(*(*rows)[0][1]).toHex(),
                 QByteArray("e6100000"
                            "01"
                            "01000000"
                            "000000000000f03f"
                            "0000000000000040"));
        QVERIFY(!(*rows)[1][1]);
        QVERIFY(m_session->exec(u"DELETE FROM `%1`.geo"_s.arg(m_db)));
    }

    void readerSinkErrorStopsAndSessionSurvives()
    {
        const Table big = table(m_db, u"big"_s);
        ReadRequest request = readAll(big);
        request.batchRows = 100;
        int calls = 0;
        auto reader = driver().makeReader(*m_session);
        auto ok = reader->read(request,
                               [&](RowBatch &&) -> Status {
                                   ++calls;
                                   return fail(Error::Code::Io, u"queue closed"_s);
                               },
                               {});
        QVERIFY(!ok);
        QCOMPARE(ok.error().message, u"queue closed"_s);
        QCOMPARE(calls, 1);
        // The abandoned statement leaves the connection usable.
        auto one = m_session->query(u"SELECT COUNT(*) FROM big"_s);
        QVERIFY2(one, qPrintable(one ? QString() : one.error().text()));
        QCOMPARE(one->text(0, 0), u"50000"_s);

        // Also when the server had already sent everything: the KILL QUERY that stops the
        // statement finds an idle connection and must not hit the next statement.
        const Table keyless = table(m_db, u"keyless"_s);
        request = readAll(keyless);
        request.batchRows = 1;
        calls = 0;
        ok = reader->read(request,
                          [&](RowBatch &&) -> Status {
                              ++calls;
                              return fail(Error::Code::Io, u"queue closed"_s);
                          },
                          {});
        QVERIFY(!ok);
        QCOMPARE(calls, 1);
        for (int i = 0; i < 3; ++i) {
            one = m_session->query(u"SELECT COUNT(*) FROM big"_s);
            QVERIFY2(one, qPrintable(one ? QString() : one.error().text()));
            QCOMPARE(one->text(0, 0), u"50000"_s);
        }
    }

    void cancelStopsLongStatement()
    {
        const Table big = table(m_db, u"big"_s);
        // SLEEP per row: without KILL QUERY the statement runs for hours, so only the
        // interrupt can end it before ctest's timeout (nothing here is timed).
        ReadRequest request = readAll(big, u"SLEEP(3600) = 0"_s);
        CancelToken cancel;
        std::thread canceller([cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            cancel.cancel();
        });
        auto rows = readRows(*m_session, request, cancel);
        canceller.join();
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, Error::Code::Cancelled);
        QCOMPARE(m_session->query(u"SELECT 1"_s)->text(0, 0), u"1"_s);
    }

    void cancelBetweenBatches()
    {
        const Table big = table(m_db, u"big"_s);
        ReadRequest request = readAll(big);
        request.batchRows = 1000;
        CancelToken cancel;
        int calls = 0;
        auto reader = driver().makeReader(*m_session);
        auto ok = reader->read(
            request,
            [&](RowBatch &&) -> Status {
                ++calls;
                cancel.cancel();
                return {};
            },
            cancel);
        QVERIFY(!ok);
        QCOMPARE(ok.error().code, Error::Code::Cancelled);
        QCOMPARE(ok.error().message, u"reading %1.big was cancelled"_s.arg(m_db));
        QCOMPARE(calls, 1);
        QCOMPARE(m_session->query(u"SELECT 1"_s)->text(0, 0), u"1"_s);
    }

    void chunkBoundaries()
    {
        const Table big = table(m_db, u"big"_s);
        auto reader = driver().makeReader(*m_session);
        auto boundaries = KeysetChunker(*reader, big.ref, keyColumnsOf(big), {}, 7000).all({});
        QVERIFY2(boundaries, qPrintable(boundaries ? QString() : boundaries.error().text()));
        QCOMPARE(*boundaries,
                 (std::vector<KeyValues> {
                     {"14000"}, {"28000"}, {"42000"}, {"56000"}, {"70000"}, {"84000"}, {"98000"}}));
        // Every row exactly once across the chunks, in key order.
        std::vector<std::string> ids;
        std::vector<size_t> chunkSizes;
        for (size_t i = 0; i <= boundaries->size(); ++i) {
            ReadRequest request = readAll(big);
            if (i > 0)
                request.range.lower = (*boundaries)[i - 1];
            if (i < boundaries->size())
                request.range.upper = (*boundaries)[i];
            auto rows = readRows(*m_session, request);
            QVERIFY(rows);
            chunkSizes.push_back(rows->size());
            for (const Row &r : *rows)
                ids.push_back(*r[0]);
        }
        QCOMPARE(chunkSizes,
                 (std::vector<size_t> {7000, 7000, 7000, 7000, 7000, 7000, 7000, 1000}));
        std::vector<std::string> all;
        for (int id = 2; id <= 100000; id += 2)
            all.push_back(std::to_string(id));
        QCOMPARE(ids, all);

        boundaries =
            KeysetChunker(*reader, big.ref, keyColumnsOf(big), u"id % 4 = 0"_s, 10000).all({});
        QVERIFY(boundaries);
        QCOMPARE(*boundaries, (std::vector<KeyValues> {{"40000"}, {"80000"}}));

        const Table pairs = table(m_db, u"pairs"_s);
        boundaries = KeysetChunker(*reader, pairs.ref, keyColumnsOf(pairs), {}, 250).all({});
        QVERIFY(boundaries);
        QCOMPARE(*boundaries,
                 (std::vector<KeyValues> {{"3", "k049"}, {"5", "k099"}, {"8", "k049"}}));
        size_t total = 0;
        for (size_t i = 0; i <= boundaries->size(); ++i) {
            ReadRequest request = readAll(pairs);
            if (i > 0)
                request.range.lower = (*boundaries)[i - 1];
            if (i < boundaries->size())
                request.range.upper = (*boundaries)[i];
            auto rows = readRows(*m_session, request);
            QVERIFY(rows);
            QCOMPARE(rows->size(), size_t(250)); // the last chunk holds the last 250 rows
            if (!rows->empty() && i > 0)
                QVERIFY((*rows)[0] != (Row {(*boundaries)[i - 1][0], (*boundaries)[i - 1][1]}));
            total += rows->size();
        }
        QCOMPARE(total, size_t(1000));

        CancelToken cancelled;
        cancelled.cancel();
        auto stopped = KeysetChunker(*reader, big.ref, keyColumnsOf(big), {}, 7000).all(cancelled);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, Error::Code::Cancelled);
    }

    // ---------------------------------------------------------------------------- writer

    void roundTrip_data()
    {
        QTest::addColumn<bool>("insertOnly");
        QTest::newRow("LOAD DATA LOCAL") << false;
        QTest::newRow("INSERT") << true;
    }

    void roundTrip()
    {
        QFETCH(bool, insertOnly);
        for (const QString &name : {u"hard"_s, u"Order Items"_s, u"keyless"_s, u"defs"_s}) {
            const Table source = table(m_db, name);
            const Table target = createTarget(source);
            // The target declares exactly the source's types (comments are not carried over).
            static const QRegularExpression comment(u" comment=.*$"_s);
            QStringList expectedLines;
            for (const Column &c : copiedColumns(source))
                expectedLines << line(c).remove(comment);
            QCOMPARE(lines(target), expectedLines);
            if (source.primaryKey)
                QCOMPARE(indexLine(*target.primaryKey), indexLine(*source.primaryKey));
            QCOMPARE(target.indexes.size(), source.indexes.size());

            // The zero-date row is the zero-date policy's (see zeroDates()).
            const QString filter = name == u"hard" ? u"id <> 3"_s : QString();
            if (name == u"defs")
                CHECK_OK(m_session->exec(
                    u"INSERT INTO defs (a, b, k, lt, lb) VALUES ('x', 2.5, 3, 'long', X'00'), "
                    "(DEFAULT, DEFAULT, 4, NULL, NULL)"_s));
            auto sourceRows = readRows(*m_session, readAll(source, filter));
            QVERIFY(sourceRows);
            QCOMPARE(sourceRows->empty(), false);
            // Two batches, to cover more than one statement.
            std::vector<Rows> batches;
            const size_t half = (sourceRows->size() + 1) / 2;
            batches.emplace_back(sourceRows->begin(), sourceRows->begin() + qsizetype(half));
            if (half < sourceRows->size())
                batches.emplace_back(sourceRows->begin() + qsizetype(half), sourceRows->end());
            bool usedInsert = false;
            auto stats = writeRows(writeRequest(source, target), batches, insertOnly, &usedInsert);
            QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().text()));
            QCOMPARE(usedInsert, insertOnly);
            QCOMPARE(stats->written, qint64(sourceRows->size()));
            QCOMPARE(stats->skipped, 0);

            auto session = open(m_target);
            auto targetRows = readRows(*session, readAll(target));
            QVERIFY(targetRows);
            if (source.chunkKey().isEmpty()) {
                std::sort(sourceRows->begin(), sourceRows->end());
                std::sort(targetRows->begin(), targetRows->end());
            }
            QCOMPARE(targetRows->size(), sourceRows->size());
            for (size_t r = 0; r < sourceRows->size(); ++r)
                for (size_t c = 0; c < (*sourceRows)[r].size(); ++c)
                    QVERIFY2((*targetRows)[r][c] == (*sourceRows)[r][c],
                             qPrintable(u"%1 row %2 column %3: %4 became %5"_s.arg(name)
                                            .arg(r + 1)
                                            .arg(c + 1)
                                            .arg(cellText((*sourceRows)[r][c]),
                                                 cellText((*targetRows)[r][c]))));
            if (name == u"defs")
                CHECK_OK(m_session->exec(u"DELETE FROM defs"_s));
        }
    }

    void writerFromOtherEngines_data()
    {
        QTest::addColumn<bool>("insertOnly");
        QTest::newRow("LOAD DATA LOCAL") << false;
        QTest::newRow("INSERT") << true;
    }

    void writerFromOtherEngines()
    {
        // Canonical values as a PostgreSQL reader produces them, into the declared columns.
        QFETCH(bool, insertOnly);
        struct Spec
        {
            QString name;
            ColumnType type;
        };
        const auto t = [](TypeKind k, int length = 0) {
            ColumnType c;
            c.kind = k;
            c.length = length;
            return c;
        };
        ColumnType i8 = t(TypeKind::Integer);
        i8.byteWidth = 8;
        ColumnType dec = t(TypeKind::Decimal);
        ColumnType tz = t(TypeKind::TimestampTz);
        tz.fraction = 6;
        ColumnType en = t(TypeKind::Enum);
        en.labels = {u"a"_s, u"A"_s};
        const QList<Spec> specs = {
            {u"id"_s, i8},
            {u"flag"_s, t(TypeKind::Boolean)},
            {u"num"_s, dec},
            {u"r"_s, t(TypeKind::Float)},
            {u"txt"_s, t(TypeKind::Text)},
            {u"raw"_s, t(TypeKind::Blob)},
            {u"at"_s, tz},
            {u"span"_s, t(TypeKind::Interval)},
            {u"uid"_s, t(TypeKind::Uuid)},
            {u"doc"_s, t(TypeKind::Json)},
            {u"bits"_s, t(TypeKind::Bit, 12)},
            {u"e"_s, en},
            {u"text as bytes"_s, t(TypeKind::Text)},
            {u"bytes as text"_s, t(TypeKind::Blob)},
        };
        TargetTable target;
        target.ref = {m_target, u"from_pg"_s};
        for (const Spec &s : specs) {
            TargetColumn c;
            c.name = c.sourceName = s.name;
            c.sourceType = s.type;
            c.type = dialect().declare(s.type, Engine::PostgreSql);
            // Overridden target types: text into a binary column, bytes into a text column.
            if (s.name == u"text as bytes")
                c.type.declaration = u"VARBINARY(20)"_s;
            if (s.name == u"bytes as text")
                c.type.declaration = u"TEXT"_s;
            c.nullable = s.name != u"id";
            target.columns << c;
        }
        target.primaryKey = {u"id"_s};
        target.indexes = {Index {u"u_txt"_s, {u"txt"_s}, true, false}};
        auto session = open(m_target);
        CHECK_OK(session->exec(dialect().dropTable(target.ref)));
        for (const QString &sql : dialect().createTable(target, true))
            CHECK_OK(session->exec(sql));
        auto tables = driver().readTables(*session, m_target);
        const Table created = *findTable(*tables, u"from_pg"_s);

        WriteRequest request;
        request.table = target.ref;
        for (int i = 0; i < specs.size(); ++i) {
            request.columns << specs[i].name;
            request.sourceTypes << specs[i].type;
            request.targetTypes << created.columns[i].type;
            request.targetNullable << created.columns[i].nullable;
        }
        request.keyCells = {0};
        request.keyNames = {u"id"_s};
        request.sourceName = u"public.from_pg"_s;
        const Rows rows = {
            {"1", "1", "123456789012345678901234567890.123456789012345678901234567890",
             "3.4028235e+38", "Case", std::string("\0\xff\\\t\n", 5), "2024-02-29 23:59:59.123456",
             "1 day 02:00:00", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "{\"a\": 1}", "4095", "A",
             "h\xC3\xA9llo\t", "line\\\n"},
            {"2", "0", "-0.5", "-0", "case", "", "1970-01-01 00:00:00", "-00:00:01",
             "00000000-0000-0000-0000-000000000000", "[]", "0", "a", "", ""},
            {"3", {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}},
        };
        auto stats = writeRows(request, {rows}, insertOnly);
        QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().text()));
        QCOMPARE(stats->written, 3);
        auto back = readRows(*session, readAll(created));
        QVERIFY(back);
        const Rows expected = {
            {"1", "1", "123456789012345678901234567890.123456789012345678901234567890",
             "3.4028235e+38", "Case", std::string("\0\xff\\\t\n", 5), "2024-02-29 23:59:59.123456",
             "1 day 02:00:00", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "{\"a\": 1}", "4095", "A",
             "h\xC3\xA9llo\t", "line\\\n"},
            // FLOAT reads -0 back as 0; DECIMAL(65,30) and DATETIME(6) show all their digits.
            {"2", "0", "-0.500000000000000000000000000000", "0", "case", "",
             "1970-01-01 00:00:00.000000", "-00:00:01", "00000000-0000-0000-0000-000000000000",
             "[]", "0", "a", "", ""},
            {"3", {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}},
        };
        QCOMPARE(back->size(), expected.size());
        for (size_t r = 0; r < expected.size(); ++r)
            for (size_t c = 0; c < expected[r].size(); ++c)
                QVERIFY2(
                    (*back)[r][c] == expected[r][c],
                    qPrintable(u"row %1 column %2: got %3, expected %4"_s.arg(r + 1).arg(
                        specs[int(c)].name, cellText((*back)[r][c]), cellText(expected[r][c]))));
    }

    void rejections_data()
    {
        QTest::addColumn<bool>("insertOnly");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message"); // %1: source, %2: target db
        const QString loadOrInsert[2] = {u"LOAD DATA LOCAL"_s, u"INSERT"_s};
        for (const bool insertOnly : {false, true}) {
            // The row's name, alive until the end of the statement that uses it.
            const auto name = [&](const char *what) -> QByteArray {
                return (loadOrInsert[insertOnly] + u": "_s + QLatin1StringView(what)).toUtf8();
            };
            const int rejected = int(Error::Code::DataRejected);
            QTest::newRow(name("Infinity into DOUBLE").constData())
                << insertOnly << u"dbl"_s << QByteArray("Infinity") << rejected
                << u"src.rej, row id=42: column dbl value 'Infinity' cannot be stored: MySQL "
                   "FLOAT and DOUBLE have no Infinity or NaN"_s;
            QTest::newRow(name("NaN into DOUBLE").constData())
                << insertOnly << u"dbl"_s << QByteArray("NaN") << rejected
                << u"src.rej, row id=42: column dbl value 'NaN' cannot be stored: MySQL FLOAT "
                   "and DOUBLE have no Infinity or NaN"_s;
            QTest::newRow(name("out of range TINYINT").constData())
                << insertOnly << u"ti"_s << QByteArray("200") << rejected
                << u"src.rej, row id=42: column ti value 200 does not fit tinyint(4) (Out of "
                   "range value for column 'ti')"_s;
            QTest::newRow(name("300 characters into VARCHAR(10)").constData())
                << insertOnly << u"vc"_s << QByteArray(300, 'x') << rejected
                << u"src.rej, row id=42: column vc value '%1…' does not fit varchar(10) (%2 "
                   "for column 'vc')"_s.arg(QString(60, u'x'),
                                            insertOnly ? u"Data too long"_s : u"Data truncated"_s);
            QTest::newRow(name("zero date rejected").constData())
                << insertOnly << u"dt"_s << QByteArray("0000-00-00") << rejected
                << u"src.rej, row id=42: column dt value '0000-00-00' is a zero date, which "
                   "the zero-date policy refuses"_s;
            QTest::newRow(name("zero date NULL into NOT NULL").constData())
                << insertOnly << u"dtn"_s << QByteArray("2024-00-10") << rejected
                << u"src.rej, row id=42: column dtn value '2024-00-10' is a zero date, and the "
                   "zero-date policy 'null' cannot write NULL into the NOT NULL column dtn"_s;
            QTest::newRow(name("invalid UTF-8 into TEXT").constData())
                << insertOnly << u"tx"_s << QByteArray("ok\xff\xfe") << rejected
                << u"src.rej, row id=42: column tx value 0x6f6bfffe does not fit text "
                   "(Incorrect string value: '\\xFF\\xFE' for column `%2`.`rej`.`tx`)"_s;
            QTest::newRow(name("invalid JSON").constData())
                << insertOnly << u"j"_s << QByteArray("{not json") << rejected
                << u"src.rej, row id=42: %2.rej refused the row: CONSTRAINT `rej.j` failed "
                   "for `%2`.`rej`"_s;
            QTest::newRow(name("bad enum label").constData())
                << insertOnly << u"en"_s << QByteArray("c") << rejected
                << u"src.rej, row id=42: column en value 'c' does not fit enum('a','b') (Data "
                   "truncated for column 'en')"_s;
            QTest::newRow(name("BIT too wide").constData())
                << insertOnly << u"bt"_s << QByteArray("16") << rejected
                << (insertOnly ? u"src.rej, row id=42: column bt value 16 does not fit "
                                 "bit(4) (Data too long for column 'bt')"_s
                               : u"src.rej, row id=42: column bt value 16 does not fit "
                                 "bit(4) (Out of range value for column 'bt')"_s);
            QTest::newRow(name("duplicate key").constData())
                << insertOnly << u"id"_s << QByteArray("1") << int(Error::Code::Conflict)
                << u"%2.rej: a row of src.rej has a key that already exists in %2.rej "
                   "(Duplicate entry '1' for key 'PRIMARY')"_s;
        }
    }

    void rejections()
    {
        QFETCH(bool, insertOnly);
        QFETCH(QString, column);
        QFETCH(QByteArray, value);
        QFETCH(int, code);
        QFETCH(QString, message);
        auto session = open(m_target);
        CHECK_OK(session->exec(u"DROP TABLE IF EXISTS rej"_s));
        CHECK_OK(session->exec(
            u"CREATE TABLE rej (id INT PRIMARY KEY, dbl DOUBLE, ti TINYINT, vc VARCHAR(10), "
            "dt DATE NULL, dtn DATE NOT NULL, tx TEXT, j JSON, en ENUM('a','b'), bt BIT(4))"_s));
        const Table target = table(m_target, u"rej"_s);
        WriteRequest request;
        request.table = target.ref;
        for (const Column &c : target.columns) {
            request.columns << c.name;
            request.sourceTypes << c.type;
            request.targetTypes << c.type;
            request.targetNullable << c.nullable;
        }
        request.keyCells = {0};
        request.keyNames = {u"id"_s};
        request.sourceName = u"src.rej"_s;
        request.zeroDates = column == u"dtn" ? ZeroDatePolicy::Null : ZeroDatePolicy::Reject;
        const Row good = {"1", "1.5", "1", "v", "2024-01-01", "2024-01-02", "t", "{}", "a", "15"};
        Row bad = good;
        bad[0] = "42";
        bad[size_t(request.columns.indexOf(column))] = value.toStdString();
        // The bad row far into a big batch: INSERT splits it into several statements.
        Rows batch;
        for (int i = 0; i < 3000; ++i) {
            Row r = good;
            r[0] = std::to_string(1000 + i);
            r[3] = "0123456789";
            r[6] = std::string(1000, 'p');
            batch.push_back(r);
        }
        batch.insert(batch.begin() + 2500, bad);
        auto stats = writeRows(request, {{good}, batch}, insertOnly);
        QVERIFY(!stats);
        QCOMPARE(int(stats.error().code), code);
        QCOMPARE(stats.error().message, QString(message).replace(u"%2"_s, m_target));
        // Nothing of the failed transaction stays.
        QCOMPARE(session->query(u"SELECT COUNT(*) FROM rej"_s)->text(0, 0), u"0"_s);
    }

    void zeroDatesAndConflicts_data()
    {
        QTest::addColumn<bool>("insertOnly");
        QTest::newRow("LOAD DATA LOCAL") << false;
        QTest::newRow("INSERT") << true;
    }

    void zeroDatesAndConflicts()
    {
        QFETCH(bool, insertOnly);
        const Table source = table(m_db, u"hard"_s);
        Table target = createTarget(source);
        // The zero-date row, under the 'null' policy: NULL in the three date columns.
        auto rows = readRows(*m_session, readAll(source, u"id = 3"_s));
        QVERIFY(rows);
        WriteRequest request = writeRequest(source, target);
        request.zeroDates = ZeroDatePolicy::Null;
        auto stats = writeRows(request, {*rows}, insertOnly);
        QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().text()));
        auto session = open(m_target);
        auto back = session->query(u"SELECT id, dt, dtm, ts, y FROM hard"_s);
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->text(0, 0), u"3"_s);
        QVERIFY(back->isNull(0, 1) && back->isNull(0, 2) && back->isNull(0, 3));

        // The same row again: 'ignore' keeps the existing row and counts the new one.
        Rows again = *rows;
        again[0][16] = "2020-01-01";
        Row fresh = again[0];
        fresh[0] = "5";
        request.conflicts = ConflictPolicy::Ignore;
        stats = writeRows(request, {again, {fresh, again[0]}}, insertOnly);
        QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().text()));
        QCOMPARE(stats->written, 1);
        QCOMPARE(stats->skipped, 2);
        back = session->query(u"SELECT id, dt FROM hard ORDER BY id"_s);
        QCOMPARE(back->size(), 2);
        QVERIFY(back->isNull(0, 1));
        QCOMPARE(back->text(1, 1), u"2020-01-01"_s);

        // ... and 'fail' stops with the key named.
        request.conflicts = ConflictPolicy::Fail;
        stats = writeRows(request, {again}, insertOnly);
        QVERIFY(!stats);
        QCOMPARE(stats.error().code, Error::Code::Conflict);
        QCOMPARE(stats.error().text(),
                 u"%1.hard: a row of %2.hard has a key that already exists in %1.hard "
                 "(Duplicate entry '3' for key 'PRIMARY'). Choose the conflict policy 'ignore' "
                 "to keep the existing rows, or 'truncate' to empty %1.hard before loading."_s.arg(
                     m_target, m_db));
    }

    void deleteRangeAndAll()
    {
        const Table big = table(m_db, u"big"_s);
        const Table target = createTarget(big);
        auto all = readRows(*m_session, readAll(big));
        QVERIFY(all);
        WriteRequest request = writeRequest(big, target);
        CHECK_OK(writeRows(request, {*all}, false));

        auto session = open(m_target);
        auto writer = driver().makeWriter(*session);
        CHECK_OK(writer->begin(request));
        KeyRange range;
        range.lower = KeyValues {"14000"};
        range.upper = KeyValues {"28000"};
        CHECK_OK(writer->deleteRange(keyColumnsOf(target), range));
        // Resuming the chunk: its rows again, exactly once.
        Rows chunk;
        for (const Row &r : *all) {
            const int id = std::stoi(*r[0]);
            if (id > 14000 && id <= 28000)
                chunk.push_back(r);
        }
        QCOMPARE(chunk.size(), size_t(7000));
        chunk[0][1] = "rewritten";
        CHECK_OK(writer->write(makeBatch(chunk)));
        auto stats = writer->commit();
        QVERIFY(stats);
        QCOMPARE(stats->written, 7000);
        auto back = readRows(*session, readAll(target));
        QCOMPARE(back->size(), size_t(50000));
        QCOMPARE(*(*back)[6999][1], std::string("row 7000"));
        QCOMPARE(*(*back)[7000][0], std::string("14002"));
        QCOMPARE(*(*back)[7000][1], std::string("rewritten"));

        // An open lower bound and a rollback.
        CHECK_OK(writer->begin(request));
        range.lower.reset();
        CHECK_OK(writer->deleteRange(keyColumnsOf(target), range));
        QCOMPARE(session->query(u"SELECT COUNT(*), MIN(id) FROM big"_s)->text(0, 1), u"28002"_s);
        writer->rollback();
        QCOMPARE(session->query(u"SELECT COUNT(*) FROM big"_s)->text(0, 0), u"50000"_s);

        CHECK_OK(writer->begin(request));
        CHECK_OK(writer->deleteAll());
        CHECK_OK(writer->commit());
        QCOMPARE(session->query(u"SELECT COUNT(*) FROM big"_s)->text(0, 0), u"0"_s);
    }

    void fallsBackWhenLocalInfileIsOff()
    {
        const Table source = table(m_db, u"Order Items"_s);
        const Table target = createTarget(source);
        auto rows = readRows(*m_session, readAll(source));
        QVERIFY(rows);
        QCOMPARE(rows->size(), size_t(3));
        // local_infile is global: flip it for as short a time as possible.
        CHECK_OK(m_session->exec(u"SET GLOBAL local_infile = 0"_s));
        auto restore = qScopeGuard(
            [&] { (void)m_session->exec(u"SET GLOBAL local_infile = %1"_s.arg(m_localInfile)); });
        bool usedInsert = false;
        auto stats = writeRows(
            writeRequest(source, target),
            {Rows(rows->begin(), rows->begin() + 2), Rows(rows->begin() + 2, rows->end())}, false,
            &usedInsert);
        restore.dismiss();
        CHECK_OK(m_session->exec(u"SET GLOBAL local_infile = %1"_s.arg(m_localInfile)));
        QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().text()));
        QCOMPARE(usedInsert, true);
        QCOMPARE(stats->written, 3);
        auto session = open(m_target);
        auto back = readRows(*session, readAll(target));
        QVERIFY(back);
        QCOMPARE(*back, *rows);
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
        const Endpoint e = test::mariadb();
        QCOMPARE(captured[0].second,
                 u"MariaDB at %1:%2: statement failed [42S02]: Table '%3.missing_table' doesn't "
                 u"exist | SQL: INSERT INTO missing_table "
                 "VALUES ('***')"_s.arg(e.host)
                     .arg(e.port)
                     .arg(m_db));
    }
};

QTEST_GUILESS_MAIN(TestMySqlEngine)
#include "tst_mysql_engine.moc"
