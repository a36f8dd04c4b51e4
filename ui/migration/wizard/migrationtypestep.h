#pragma once

#include "datasource/datasource.h"
#include "wizardstep.h"

#include <optional>

class QCheckBox;
class QLabel;

namespace ferry::ui {

// Step 2: which migration types the project runs, offered per the engine pair and the data
// sources' last probes. Schema, full and verification are on by default; incremental is offered
// for every source engine (binlog, pgoutput, SQLite capture triggers) unless the source's last
// probe found what blocks it, which is then shown beside it. Reverse increment is not
// available in this version and says so.
class MigrationTypeStep : public WizardStep
{
    Q_OBJECT

public:
    explicit MigrationTypeStep(QWidget *parent = nullptr);

    // The chosen endpoints (a data source carries its last probe).
    void setEndpoints(Engine source, const std::optional<DataSource> &sourceDataSource,
                      Engine target, const std::optional<DataSource> &targetDataSource);
    // Ordered as ProjectDefinition::knownSteps().
    QStringList steps() const;
    void setSteps(const QStringList &steps);
    QString blocker() const override;

private:
    QWidget *typeRow(QCheckBox *box, const QString &description, QLabel *reason);

    QLabel *m_pair;
    QCheckBox *m_schema;
    QCheckBox *m_full;
    QCheckBox *m_incremental;
    QCheckBox *m_verify;
    QCheckBox *m_reverse;
    QLabel *m_schemaNote;
    QLabel *m_fullNote;
    QLabel *m_incrementalReason;
    QLabel *m_verifyNote;
    QLabel *m_reverseReason;
    // What the source's last probe found that rules incremental out; empty: it may run.
    QStringList m_incrementalBlockers;
};

} // namespace ferry::ui
