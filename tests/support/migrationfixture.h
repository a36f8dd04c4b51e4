#pragma once

// A fixture of hard values in MariaDB, PostgreSQL and SQLite, and the helpers the migration,
// verification and console tests share: create it on a source, make empty targets, run a
// project in-process, read tables back in canonical form.

#include "common/error.h"
#include "engines/endpoint.h"
#include "project/projectdefinition.h"
#include "schema/table.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ferry {
class MetaStore;
}

namespace ferry::test {

using Cell = std::optional<std::string>;
using RowData = std::vector<Cell>;

// Every engine gets the same logical tables:
//   hard          one row of extreme values, one of other edges, one all NULL (key: id)
//   Order Items   composite key with a text part, a column named "select"
//   nokey         no key, with a duplicated row
//   big           `bigRows` rows, many chunks
constexpr int bigRows = 50000;

// A scratch place on each engine, dropped by the destructor.
class Scratch
{
public:
    explicit Scratch(const QString &tag);
    ~Scratch();
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;

    // A fresh, empty endpoint to migrate into or from, named `name`: a MariaDB database, a
    // PostgreSQL schema in this scratch's database, or an SQLite file.
    Endpoint make(Engine engine, const QString &name);
    QString dir() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The MariaDB statements that create `hard` and insert its three rows (part of createFixture).
QStringList mariadbHardTable();

// Creates the fixture tables with their rows on `endpoint` (made by Scratch::make).
Status createFixture(const Endpoint &endpoint);

// Executes SQL statements on an endpoint.
Status execute(const Endpoint &endpoint, const QStringList &statements);

// The rows of a query as text ("NULL" for NULL), one string per row, cells joined by '|'; a
// failure as one row saying so. PostgreSQL reads the endpoint's schema, then public (PostGIS).
QStringList rowsOf(const Endpoint &endpoint, const QString &sql);

// The messages of a project's log lines in the store at `storePath`, oldest first.
QStringList logOf(const QString &storePath, qint64 projectId);

// The rows of `table` in canonical form, ordered by `orderBy` (or by every column).
Result<std::vector<RowData>> readTable(const Endpoint &endpoint, const QString &table,
                                       const QStringList &orderBy = {});
Result<Table> describe(const Endpoint &endpoint, const QString &table);

// A project over the whole schema, as the JSON a file would hold.
QJsonObject projectJson(const QString &name, const Endpoint &source, const Endpoint &target,
                        const QStringList &steps = {QStringLiteral("schema"),
                                                    QStringLiteral("full")},
                        const QJsonObject &options = {});

struct RunResult
{
    bool ok = false;
    Error error;
    qint64 projectId = 0;
    QJsonObject verification;
    QJsonObject precheck; // PrecheckReport::toJson(): items, notCarried, views
};

// Stores and runs the project in-process (store in `storePath`), like `ferry run`
// (`untilCaughtUp`: like `ferry run --until-caught-up`).
RunResult runProject(const QString &storePath, const QJsonObject &project, const Endpoint &source,
                     const Endpoint &target, bool untilCaughtUp = false);

} // namespace ferry::test
