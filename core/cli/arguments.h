#pragma once

#include "common/error.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ferry::cli {

// A strict parser for one command's arguments: "--name VALUE", "--name=VALUE", flags and
// positionals; an unknown option or a missing value is an error naming it.
class Arguments
{
public:
    Arguments(QSet<QString> valued, QSet<QString> flags)
        : m_valued(valued)
        , m_flags(flags)
    { }

    Status parse(const QStringList &args);

    bool has(const QString &name) const { return m_values.contains(name) || m_set.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    // Parses an integer option; an error names the option.
    Result<int> intValue(const QString &name, int fallback) const;
    const QStringList &positionals() const { return m_positionals; }

private:
    QSet<QString> m_valued;
    QSet<QString> m_flags;
    QMap<QString, QString> m_values;
    QSet<QString> m_set;
    QStringList m_positionals;
};

} // namespace ferry::cli
