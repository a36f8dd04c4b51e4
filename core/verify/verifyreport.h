#pragma once

#include "schema/columntype.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace ferry {

using RowValues = std::vector<std::optional<std::string>>; // canonical values, NULL = nullopt

// One difference between source and target.
struct RowDifference
{
    enum class Kind { Missing, Extra, Different, Duplicate };
    Kind kind = Kind::Missing;
    RowValues key; // key values (keyed tables) in key column order
    QStringList columns; // Different: the columns that differ (source names)
    RowValues sourceRow; // the whole source row (Missing, Different, Duplicate)
    RowValues targetRow; // the whole target row (Extra, Different, Duplicate)
    int count = 1; // keyless tables: how many copies are missing or extra
};

// The verification of one target table (fed by one or, for many-to-one, several sources).
struct TableVerification
{
    QString source; // "shop.orders" (several joined by " + ")
    QString target; // "public.orders"
    // A target that records its rows' origin: the column and the value of this source's rows
    // (only those were compared). Empty otherwise.
    QString originColumn;
    QString origin;
    QStringList keyColumns; // source names; empty: compared as a multiset
    QStringList columns; // compared columns, source names
    QStringList targetColumns;
    QList<ColumnType> columnTypes; // source types (for rendering values)
    QStringList targetKeyColumns;
    QList<ColumnType> targetTypes;
    QString method; // "pushdown" or "stream"
    // Columns whose mapping the project file chose and that may change values (an override,
    // options.sqliteDecimals = real): "price: decimal(10,2) -> NUMERIC(10,2) (why)". Their
    // values are compared as the target holds them.
    QStringList lossyByChoice;
    qint64 rows = 0; // source rows compared
    qint64 targetRows = 0;
    qint64 consistent = 0;
    qint64 missing = 0;
    qint64 extra = 0;
    qint64 different = 0;
    qint64 duplicates = 0;
    int slices = 0;
    int slicesMismatched = 0;
    int recheckRounds = 0; // rounds the mismatches were re-checked
    qint64 settled = 0; // rows that differed at first and compared equal on a recheck
    double seconds = 0;
    QString error; // the table could not be verified
    QList<RowDifference> differences; // every difference found

    bool isConsistent() const
    {
        return error.isEmpty() && missing == 0 && extra == 0 && different == 0 && duplicates == 0;
    }
};

struct VerifyReport
{
    QString project;
    QString sourceEndpoint;
    QString targetEndpoint;
    QList<TableVerification> tables;
    double seconds = 0;
    QString startedAt;
    // Verified beside a running change stream: differing rows were rechecked until they
    // settled or the bound passed (VerifyOptions::besideStream).
    bool besideStream = false;
    qint64 settleMs = 0; // that bound

    bool consistent() const;
    qint64 rows() const;
    // Rows that differed at first and settled on a recheck, over every table.
    qint64 settled() const;
    // {"consistent": bool, "tables": [{"source", "target", "rows", "missing": [KEY...],
    //  "extra": [KEY...], "different": [{"key": KEY, "columns": [...]}] ...}]}; at most
    // `limit` differences per list (-1: all).
    QJsonObject toJson(int limit = -1) const;
    QString toCsv() const;
    QString toHtml(int limit = 1000) const;
    // The one line a terminal prints.
    QString summary() const;

    // Everything, rows included (bytes as base64), to keep in the store and export later.
    QJsonObject toStorageJson() const;
    static VerifyReport fromStorageJson(const QJsonObject &object);
};

} // namespace ferry
