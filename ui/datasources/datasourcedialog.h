#pragma once

#include "common/error.h"
#include "datasource/datasource.h"
#include "datasource/datasourceservice.h"
#include "engines/probereport.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace ferry::ui {

class ProbeFindingsModel;

// Adds, edits or copies one data source. Validates as the user types; "Test connection" runs
// on a worker and shows the server and the probe findings. The page performs the save (on a
// worker) through saveRequested() and answers with saveFinished(); the dialog closes only
// when the save succeeded, and shows the error otherwise.
class DataSourceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit, Copy };
    // Resolves the endpoint to test, password included; runs on a worker.
    using EndpointResolver = std::function<Result<Endpoint>(const Endpoint &typed)>;

    DataSourceDialog(Mode mode, const DataSource &initial, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    DataSource dataSource() const;
    PasswordChange passwordChange() const;
    // Copy: whether the original's saved password is to be reused.
    bool reusesPassword() const;
    // Edit and Copy test with the saved password unless a new one is typed.
    void setEndpointResolver(EndpointResolver resolver) { m_resolver = std::move(resolver); }

    void saveFinished(const Status &result);

signals:
    void saveRequested();
    void tested(const ferry::ProbeReport &report);

private:
    void buildUi();
    void load(const DataSource &source);
    void engineChanged();
    void validate();
    void testConnection();
    void showTestResult(const Result<ProbeReport> &result);
    Endpoint typedEndpoint() const;
    bool kafkaSelected() const;
    // The Kafka fields as typed, password included.
    KafkaTarget typedKafka() const;

    Mode m_mode;
    DataSource m_initial;
    EndpointResolver m_resolver;

    QLineEdit *m_name;
    QComboBox *m_engine;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_clearPassword;
    QRadioButton *m_reusePassword;
    QRadioButton *m_newPassword;
    QLineEdit *m_database;
    QLineEdit *m_schema;
    QLineEdit *m_path;
    QPushButton *m_browsePath;
    QComboBox *m_tls;
    QLineEdit *m_caFile;
    QPushButton *m_browseCa;
    QLineEdit *m_remark;
    QLineEdit *m_bootstrap;
    QComboBox *m_securityProtocol;
    QComboBox *m_saslMechanism;
    QLineEdit *m_clientId;
    QFormLayout *m_form;
    QLabel *m_validation;
    QLabel *m_testStatus;
    QTableView *m_findingsView;
    ProbeFindingsModel *m_findings;
    QPushButton *m_testButton;
    QPushButton *m_saveButton;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
    int m_testGeneration = 0;
};

} // namespace ferry::ui
