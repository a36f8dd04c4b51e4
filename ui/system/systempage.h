#pragma once

#include "admin/alertchannels.h"
#include "admin/auditlog.h"
#include "admin/parameters.h"
#include "admin/userservice.h"
#include "alerts/alertrules.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ferry::ui {

class ConsoleContext;
class SimpleTableModel;

// System Management: users and roles, system parameters, the operation audit (verified on
// every refresh), and where this installation keeps its store, secrets and log. Actions the
// signed-in user's role does not allow are hidden; the core refuses them anyway.
class SystemPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Users, Alerts, Parameters, Audit, Installation };

    explicit SystemPage(ConsoleContext *context, QWidget *parent = nullptr);

    void showTab(Tab tab);

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Snapshot
    {
        QList<UserRecord> users;
        QList<ParameterValue> parameters;
        QList<AuditRecord> audit;
        QList<AlertChannel> channels;
        QList<AlertDelivery> deliveries;
        QList<AlertRule> rules;
        QList<AlertOverride> overrides;
        QList<AlertSilence> silences;
        QList<AlertIncident> incidents;
        QStringList projects;
        AuditCheck check;
        int schemaVersion = 0;
        QString error;
    };
    QWidget *usersTab();
    QWidget *alertsTab();
    QWidget *parametersTab();
    QWidget *auditTab();
    QWidget *installationTab();
    QWidget *languageCard();
    void display(const Snapshot &snapshot);
    void updateActions();
    QString selectedUser() const;
    QString selectedParameter() const;
    QString selectedChannel() const;
    static QString selectedKey(QTableView *view, SimpleTableModel *model);
    // Runs a change on a worker, then shows its error or refreshes.
    void change(const QString &failure, std::function<Status()> work);

    void addUser();
    void setPassword();
    void changeRole();
    void toggleUser();
    void removeUser();
    void sendTestAlert();
    void addChannel();
    void editChannel();
    void removeChannel();
    void editRule();
    void addSilence();
    void removeSilence();
    void addOverride();
    void removeOverride();
    void editParameter();
    void resetParameter();
    void exportAudit();

    ConsoleContext *m_context;
    QTabWidget *m_tabs;
    QLabel *m_signedIn;
    SimpleTableModel *m_users;
    SimpleTableModel *m_parameters;
    SimpleTableModel *m_audit;
    SimpleTableModel *m_channels;
    SimpleTableModel *m_deliveries;
    QTableView *m_channelView;
    QTableView *m_deliveryView;
    QPushButton *m_sendTest;
    QPushButton *m_addChannel;
    QPushButton *m_editChannel;
    QPushButton *m_removeChannel;
    QPushButton *m_editRule;
    QPushButton *m_addSilence;
    QPushButton *m_removeSilence;
    QPushButton *m_addOverride;
    QPushButton *m_removeOverride;
    SimpleTableModel *m_rules;
    SimpleTableModel *m_silences;
    SimpleTableModel *m_overrides;
    SimpleTableModel *m_incidents;
    QTableView *m_ruleView;
    QTableView *m_silenceView;
    QTableView *m_overrideView;
    QTableView *m_incidentView;
    QList<AlertChannel> m_channelRecords;
    QList<AlertRule> m_ruleRecords;
    QStringList m_projectNames;
    QTableView *m_userView;
    QTableView *m_parameterView;
    QTableView *m_auditView;
    QLabel *m_auditStatus;
    QLabel *m_facts;
    QList<UserRecord> m_userRecords;
    QList<ParameterValue> m_parameterValues;
    QPushButton *m_addUser;
    QPushButton *m_password;
    QPushButton *m_role;
    QPushButton *m_toggle;
    QPushButton *m_remove;
    QPushButton *m_editParameter;
    QPushButton *m_resetParameter;
};

} // namespace ferry::ui
