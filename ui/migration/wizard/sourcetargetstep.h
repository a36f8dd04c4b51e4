#pragma once

#include "datasource/datasource.h"
#include "project/projectdefinition.h"
#include "wizardstep.h"

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace ferry::ui {

class ConsoleContext;
class DataSourceChoiceModel;

// Step 1: the project's name and tags, and the source and target chosen from the saved data
// sources (or added on the spot). The name is checked against the store on a worker as the
// user types. In edit mode the name, source and target are read-only.
class SourceTargetStep : public WizardStep
{
    Q_OBJECT

public:
    enum class Role { Source, Target };

    explicit SourceTargetStep(ConsoleContext *context, QWidget *parent = nullptr);

    // Edit mode: shows the project's name, tags and endpoints; only the tags stay editable.
    void loadProject(const ProjectDefinition &definition);
    QString blocker() const override;

    QString name() const;
    QStringList tags() const;
    EndpointSpec spec(Role role) const;
    // The chosen saved data source (with its last probe); empty for an inline endpoint.
    std::optional<DataSource> dataSource(Role role) const;
    // The engine of the chosen source or target, if one is chosen.
    std::optional<Engine> engine(Role role) const;
    bool sourcesLoaded() const { return m_sourcesLoaded; }
    DataSourceChoiceModel *choices() const { return m_choices; }

    void reloadDataSources();

signals:
    // The chosen source or target changed, or the data sources were (re)loaded.
    void endpointsChanged();

private:
    enum class NameState { Empty, Invalid, Checking, Taken, Free, Failed, Own };

    QWidget *endpointCard(Role role);
    QComboBox *combo(Role role) const;
    void choiceChanged(Role role);
    void addDataSource(Role role);
    void nameEdited();
    void checkName();
    void showNameState(NameState state, const QString &text);
    void updateDetails(Role role);

    ConsoleContext *m_context;
    DataSourceChoiceModel *m_choices;
    QLineEdit *m_name;
    QLabel *m_nameStatus;
    QLineEdit *m_tags;
    QComboBox *m_source;
    QComboBox *m_target;
    QLabel *m_sourceDetails;
    QLabel *m_targetDetails;
    QTimer *m_nameTimer;
    NameState m_nameState = NameState::Empty;
    QString m_nameText;
    int m_nameGeneration = 0;
    bool m_editing = false;
    bool m_sourcesLoaded = false;
    QString m_sourcesError;
    // Edit mode (and after an inline add): the names to select once the list is loaded.
    std::array<QString, 2> m_wanted;
    std::array<int, 2> m_lastRow {-1, -1};
    std::optional<ProjectDefinition> m_project;
};

} // namespace ferry::ui
