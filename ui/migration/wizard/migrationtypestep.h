#pragma once

#include "datasource/datasource.h"
#include "wizardstep.h"

#include <optional>

class QCheckBox;
class QLabel;

namespace ferry::ui {

// Step 2: which migration types the project runs, offered per the engine pair and the data
// sources' last probes. Schema, full and verification are on by default; incremental and
// reverse increment are not available in this version and say why next to their check box,
// with what the source's probe found that would block them as well.
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
};

} // namespace ferry::ui
