#pragma once

#include "project/projectrecord.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace ferry::ui {

class ConsoleContext;
class MigrationTypeStep;
class ObjectSelectionStep;
class OptionsStep;
class PrecheckStep;
class SourceTargetStep;
class WizardStep;
class WizardStepBar;

// Creates a migration project step by step (source and target, migration types, objects,
// options, precheck), or edits an existing project's parameters. Every database and store call
// runs on a worker. Open it with open(), never exec(); the caller owns it (Qt::WA_DeleteOnClose
// suits a wizard opened with open()).
class MigrationWizard : public QDialog
{
    Q_OBJECT

public:
    enum Step { SourceTarget, Types, Objects, Options, Precheck, StepCount };

    // Create mode: a new project.
    explicit MigrationWizard(ConsoleContext *context, QWidget *parent = nullptr);
    // Edit mode ("edit parameters"): every page starts from the project's definition; the
    // name, source and target are read-only, and a started project keeps its objects.
    MigrationWizard(ConsoleContext *context, const ProjectRecord &project,
                    QWidget *parent = nullptr);

    bool isEditing() const { return m_projectId != 0; }
    qint64 projectId() const { return m_projectId; }
    int currentStep() const;
    // Goes to `step` if every step before it is complete.
    void goToStep(int step);
    // The project as the pages define it now: what Save stores.
    ProjectDefinition definition() const;

    SourceTargetStep *sourceTargetStep() const { return m_sourceTarget; }
    MigrationTypeStep *typeStep() const { return m_types; }
    ObjectSelectionStep *objectStep() const { return m_objects; }
    OptionsStep *optionsStep() const { return m_options; }
    PrecheckStep *precheckStep() const { return m_precheck; }

signals:
    // Create mode: the project was stored; `start`: the user chose "Save and start".
    void projectCreated(qint64 projectId, bool start);
    // Edit mode: the project's definition was updated.
    void projectUpdated(qint64 projectId, bool start);

private:
    void build();
    QWidget *stepPage(WizardStep *step);
    void enterStep(int step);
    // The first step that is not complete (StepCount when all are).
    int firstIncomplete() const;
    void updateButtons();
    void runPrecheck();
    // Looks at the source's values for the types that depend on them, for the type mapping.
    void previewTypes();
    void save(bool start);
    bool needsSecrets() const;

    ConsoleContext *m_context;
    qint64 m_projectId = 0;
    ProjectState m_projectState = ProjectState::NotStarted;
    ProjectDefinition m_base; // edit mode: the stored definition (keeps what no page shows)

    SourceTargetStep *m_sourceTarget;
    MigrationTypeStep *m_types;
    ObjectSelectionStep *m_objects;
    OptionsStep *m_options;
    PrecheckStep *m_precheck;
    QList<WizardStep *> m_steps;

    QLabel *m_title;
    WizardStepBar *m_stepBar;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_save;
    QPushButton *m_saveAndStart;
    bool m_saving = false;
    int m_typesGeneration = 0;
    QString m_saveError;
};

} // namespace ferry::ui
