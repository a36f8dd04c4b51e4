// Engine I/O throughput: the bulk writer and the table reader of MariaDB and PostgreSQL on the
// running test servers, one table of 200,000 mixed rows each way. Prints rows/s; asserts only
// that every row arrived. Moved here from the engine integration tests, whose pass/fail must
// not depend on timing.
//
//   build/tests/bench/bench_engine_io [ROWS]     (after sourcing servers.sh's env file)
#include "engines/driver.h"
#include "testservers.h"
#include "values/canonical.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

int failed(const QString &what, const Error &e)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(e.text()));
    return 1;
}

RowBatch makeBatch(qint64 first, qint64 last)
{
    RowBatch batch(6);
    for (qint64 id = first; id < last; ++id) {
        const std::string s = std::to_string(id);
        batch.append(s);
        batch.append("customer name number " + s + " with\ttab");
        batch.append(std::to_string(id % 1000));
        batch.append("12345.67");
        batch.append("2024-02-29 23:59:59.123456");
        batch.append("tail text\\" + s);
        batch.endRow();
    }
    return batch;
}

// Writes `rows` rows into a fresh table of `schema` on `endpoint`, reads them back, prints the
// rates. `schema` is created and dropped here.
int run(const Endpoint &admin, const Endpoint &endpoint, const QString &schema, qint64 rows)
{
    const Driver &driver = Driver::forEngine(endpoint.engine);
    const Dialect &d = driver.dialect();
    const QString name = engines::displayName(endpoint.engine);
    auto adminSession = driver.connect(admin);
    if (!adminSession)
        return failed(name, adminSession.error());
    for (const QString &sql : d.createSchema(schema))
        if (auto ok = (*adminSession)->exec(sql); !ok)
            return failed(name, ok.error());
    auto session = driver.connect(endpoint);
    if (!session)
        return failed(name, session.error());
    const TableRef ref {schema, u"bench"_s};
    const bool pg = endpoint.engine == Engine::PostgreSql;
    const QString create =
        u"CREATE TABLE %1 (id bigint PRIMARY KEY, name %2, qty integer, price numeric(12,2), "
        "created %3, note varchar(40))"_s.arg(d.qualify(ref), pg ? u"text"_s : u"longtext"_s,
                                              pg ? u"timestamp(6)"_s : u"datetime(6)"_s);
    if (auto ok = (*session)->exec(create); !ok)
        return failed(name, ok.error());
    auto tables = driver.readTables(**session, schema);
    if (!tables)
        return failed(name, tables.error());
    const Table &table = tables->first();

    WriteRequest w;
    w.table = ref;
    w.sourceName = ref.display();
    for (const Column &c : table.columns) {
        w.columns << c.name;
        w.sourceTypes << c.type;
        w.targetTypes << c.type;
        w.targetNullable << c.nullable;
    }
    w.keyCells = {0};
    w.keyNames = {u"id"_s};
    const int perBatch = 10000;
    std::vector<RowBatch> data;
    qint64 canonicalBytes = 0;
    for (qint64 first = 0; first < rows; first += perBatch) {
        data.push_back(makeBatch(first, std::min(rows, first + perBatch)));
        canonicalBytes += qint64(data.back().bytes());
    }

    auto writer = driver.makeWriter(**session);
    QElapsedTimer timer;
    timer.start();
    if (auto ok = writer->begin(w); !ok)
        return failed(name, ok.error());
    for (const RowBatch &b : data)
        if (auto ok = writer->write(b); !ok)
            return failed(name, ok.error());
    auto stats = writer->commit();
    if (!stats)
        return failed(name, stats.error());
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;

    ReadRequest request;
    request.table = ref;
    request.columns = table.columns;
    qint64 read = 0;
    auto reader = driver.makeReader(**session);
    timer.restart();
    const Status ok = reader->read(request,
                                   [&](RowBatch &&b) -> Status {
                                       read += b.rows();
                                       return {};
                                   },
                                   {});
    const double readSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ok)
        return failed(name, ok.error());
    (void)(*adminSession)
        ->exec(pg ? u"DROP SCHEMA %1 CASCADE"_s.arg(d.quote(schema))
                  : u"DROP DATABASE %1"_s.arg(d.quote(schema)));
    if (stats->written != rows || read != rows) {
        std::fprintf(stderr, "%s: wrote %lld and read %lld of %lld rows\n", qPrintable(name),
                     stats->written, read, rows);
        return 1;
    }
    std::printf("%-10s %lld rows (%lld canonical bytes each): write %.0f rows/s (%.1f MB/s to "
                "the server), read %.0f rows/s\n",
                qPrintable(name), rows, canonicalBytes / rows, double(rows) / writeSeconds,
                double(stats->bytes) / writeSeconds / 1e6, double(rows) / readSeconds);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (!test::serversAvailable()) {
        std::fprintf(stderr,
                     "start the test servers first: . \"$(tests/support/servers.sh "
                     "start /tmp/ferry-srv)\"\n");
        return 2;
    }
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 200000;
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 16);
    const QString mariaDb = u"ferry_bench_"_s + suffix;
    int status = run(test::mariadb(), test::mariadb(mariaDb), mariaDb, rows);
    Endpoint pg = test::postgres();
    pg.schema = u"ferry_bench_"_s + suffix;
    status |= run(test::postgres(), pg, pg.schema, rows);
    return status;
}
