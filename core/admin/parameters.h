#pragma once

#include "common/error.h"
#include "project/projectdefaults.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

namespace ferry {

class MetaStore;

// One tunable: its name, type, default, valid range and what a change does.
struct ParameterSpec
{
    enum class Type { Integer, Boolean, Text };
    enum class Applies { Live, NextRun };

    QString name; // "project.concurrency"
    Type type = Type::Integer;
    QVariant defaultValue;
    qint64 min = 0; // Integer only
    qint64 max = 0;
    QString unit; // "rows", "s", ... for the listing, in English (unitText: translated)
    Applies applies = Applies::NextRun;
    QString description; // in English (descriptionText: translated)

    QString typeName() const; // "integer", "boolean", "text"
    QString unitText() const; // unit in the user's language
    QString descriptionText() const; // description in the user's language
    QString appliesName() const; // "live", "next run"
    QString rangeText() const; // "1..64", "true|false", "HOST:PORT"
    // Parses and checks `text`; the error names the parameter, the range and the fix.
    Result<QVariant> parse(const QString &text) const;
    static QString format(const QVariant &value);
};

// A parameter's current value.
struct ParameterValue
{
    ParameterSpec spec;
    QVariant value;
    bool isDefault = true;
    QDateTime updatedAt; // when set (UTC)
    QString updatedBy;
};

// System parameters: every tunable of this installation with its type, default and range, the
// values changed from the defaults kept in the store. set() needs the administrator role and is
// audited. Any thread.
class Parameters
{
public:
    explicit Parameters(std::shared_ptr<MetaStore> store);

    static const QList<ParameterSpec> &catalog();
    static const ParameterSpec *spec(const QString &name);

    Result<QList<ParameterValue>> list() const;
    Result<ParameterValue> get(const QString &name) const;
    // The value, or the default when the store cannot be read (logged).
    qint64 integer(const QString &name) const;

    // project.* and verify.*: what a new project and a verification take by default.
    ProjectDefaults projectDefaults() const;
    // Makes projectDefaults() this process's (projectdefaults::install): called once the store
    // is open, and after a change of one of them.
    void installProjectDefaults() const;

    // `text` "default" puts the default back.
    Result<ParameterValue> set(const QString &name, const QString &text);

private:
    std::shared_ptr<MetaStore> m_store;
};

} // namespace ferry
