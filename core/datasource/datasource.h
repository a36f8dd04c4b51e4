#pragma once

#include "engines/endpoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ferry {

// The outcome of the last "test connection", kept with the data source.
struct ConnectionTestSummary
{
    bool tested = false;
    bool ok = false;
    QDateTime at; // UTC
    QString summary; // "MariaDB 10.11.19 · 2 warnings" or the error line
    QJsonObject report; // ProbeReport::toJson() of a successful test; empty otherwise
};

// A saved connection. The password is not part of it: it lives in the secret store under
// secretKey(); hasPassword says whether one was saved.
struct DataSource
{
    qint64 id = 0; // 0 until stored
    QString uuid; // stable across renames; names the secret
    QString name;
    Endpoint endpoint; // endpoint.password is empty here
    bool hasPassword = false;
    QString remark;
    QDateTime createdAt;
    QDateTime updatedAt;
    ConnectionTestSummary lastTest;

    QString secretKey() const;
    // For `datasource show --json` and exports: never holds a password.
    QJsonObject toJson() const;
};

// Checks a data source before it is stored. Messages name the field and the fix.
namespace datasources {
Status validateName(const QString &name);
Status validate(const DataSource &source);
} // namespace datasources

} // namespace ferry
