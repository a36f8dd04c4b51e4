#include "systempage.h"

#include "consolecontext.h"
#include "engines/driver.h"
#include "store/metastore.h"
#include "widgets/async.h"
#include "widgets/messages.h"
#include "widgets/pageheader.h"
#include "widgets/simpletablemodel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ferry::ui {

namespace {

QTableView *makeTable(SimpleTableModel *model, const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

QPushButton *button(const QString &text, const QString &objectName)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    return b;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Viewer: return SystemPage::tr("Viewer");
    case Role::Operator: return SystemPage::tr("Operator");
    case Role::Administrator: return SystemPage::tr("Administrator");
    }
    return {};
}

} // namespace

SystemPage::SystemPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"systemPage"_s);
    m_signedIn = new QLabel;
    m_signedIn->setObjectName(u"signedInAs"_s);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"systemTabs"_s);
    m_tabs->addTab(usersTab(), tr("Users"));
    m_tabs->addTab(alertsTab(), tr("Alerts"));
    m_tabs->addTab(parametersTab(), tr("Parameters"));
    m_tabs->addTab(auditTab(), tr("Audit"));
    m_tabs->addTab(installationTab(), tr("Installation"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(new PageHeader(tr("System Management"),
                                     tr("Users and roles, system parameters, the operation "
                                        "audit, and this installation.")));
    layout->addWidget(m_signedIn);
    layout->addWidget(m_tabs, 1);
    connect(context, &ConsoleContext::userChanged, this, &SystemPage::refresh);
    connect(context, &ConsoleContext::projectsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

void SystemPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QWidget *SystemPage::usersTab()
{
    m_users = new SimpleTableModel({tr("User"), tr("Role"), tr("State")}, this);
    m_userView = makeTable(m_users, u"userTable"_s);
    m_addUser = button(tr("Add user…"), u"addUser"_s);
    m_password = button(tr("Set password…"), u"setPassword"_s);
    m_role = button(tr("Change role…"), u"changeRole"_s);
    m_toggle = button(tr("Disable"), u"toggleUser"_s);
    m_remove = button(tr("Remove"), u"removeUser"_s);
    connect(m_addUser, &QPushButton::clicked, this, &SystemPage::addUser);
    connect(m_password, &QPushButton::clicked, this, &SystemPage::setPassword);
    connect(m_role, &QPushButton::clicked, this, &SystemPage::changeRole);
    connect(m_toggle, &QPushButton::clicked, this, &SystemPage::toggleUser);
    connect(m_remove, &QPushButton::clicked, this, &SystemPage::removeUser);
    connect(m_userView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SystemPage::updateActions);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_addUser, m_password, m_role, m_toggle, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *note = new QLabel(tr("Administrators do everything, users included; operators create, "
                               "run and change projects and data sources; viewers read. The "
                               "last enabled administrator stays."));
    note->setWordWrap(true);
    note->setProperty("role", u"hint"_s);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_userView, 1);
    layout->addWidget(note);
    return tab;
}

QWidget *SystemPage::alertsTab()
{
    m_channels = new SimpleTableModel({tr("Channel"), tr("Kind"), tr("Target")}, this);
    m_channelView = makeTable(m_channels, u"channelTable"_s);
    m_deliveries = new SimpleTableModel(
        {tr("When"), tr("Channel"), tr("Status"), tr("Alert"), tr("Detail")}, this);
    m_deliveryView = makeTable(m_deliveries, u"deliveryTable"_s);
    m_sendTest = button(tr("Send test alert"), u"sendTestAlert"_s);
    connect(m_sendTest, &QPushButton::clicked, this, &SystemPage::sendTestAlert);
    connect(m_channelView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SystemPage::updateActions);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendTest);
    buttons->addStretch(1);
    auto *note = new QLabel(tr("Channels that work without the internet: a webhook on the local "
                               "network, a local command. Add them with ferry alert channel add; "
                               "every delivery attempt is listed below."));
    note->setWordWrap(true);
    note->setProperty("role", u"hint"_s);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_channelView, 1);
    layout->addWidget(new QLabel(tr("Deliveries")));
    layout->addWidget(m_deliveryView, 2);
    layout->addWidget(note);
    return tab;
}

QWidget *SystemPage::parametersTab()
{
    m_parameters = new SimpleTableModel({tr("Parameter"), tr("Value"), tr("Default"), tr("Range"),
                                         tr("Applies"), tr("Description")},
                                        this);
    m_parameterView = makeTable(m_parameters, u"parameterTable"_s);
    m_editParameter = button(tr("Change…"), u"editParameter"_s);
    m_resetParameter = button(tr("Back to default"), u"resetParameter"_s);
    connect(m_editParameter, &QPushButton::clicked, this, &SystemPage::editParameter);
    connect(m_resetParameter, &QPushButton::clicked, this, &SystemPage::resetParameter);
    connect(m_parameterView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SystemPage::updateActions);
    connect(m_parameterView, &QTableView::doubleClicked, this, &SystemPage::editParameter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_editParameter);
    buttons->addWidget(m_resetParameter);
    buttons->addStretch(1);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_parameterView, 1);
    return tab;
}

QWidget *SystemPage::auditTab()
{
    m_audit = new SimpleTableModel(
        {tr("#"), tr("When"), tr("Who"), tr("Action"), tr("Object"), tr("Result"), tr("Detail")},
        this);
    m_auditView = makeTable(m_audit, u"auditTable"_s);
    auto *view = m_auditView;
    m_auditStatus = new QLabel;
    m_auditStatus->setObjectName(u"auditStatus"_s);
    m_auditStatus->setWordWrap(true);
    auto *verify = button(tr("Verify chain"), u"verifyAudit"_s);
    auto *exportButton = button(tr("Export…"), u"exportAudit"_s);
    connect(verify, &QPushButton::clicked, this, &SystemPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &SystemPage::exportAudit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(verify);
    buttons->addWidget(exportButton);
    buttons->addWidget(m_auditStatus, 1);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(view, 1);
    return tab;
}

QWidget *SystemPage::installationTab()
{
    m_facts = new QLabel;
    m_facts->setObjectName(u"systemFacts"_s);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *card = new QFrame;
    card->setObjectName(u"card"_s);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 12);
    cardLayout->addWidget(m_facts);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(card);
    layout->addStretch(1);
    return tab;
}

void SystemPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SystemPage::refresh()
{
    auto store = m_context->store();
    runAsync(
        this,
        [store] {
            Snapshot s;
            s.schemaVersion = store->schemaVersion();
            auto users = UserService(store).list();
            auto parameters = Parameters(store).list();
            AuditLog audit(store);
            auto records = audit.list(500);
            auto check = audit.verify();
            AlertChannels alerts(store);
            s.channels = alerts.list().value_or(QList<AlertChannel>());
            s.deliveries = alerts.deliveries(200).value_or(QList<AlertDelivery>());
            if (!users || !parameters || !records || !check)
                s.error = !users  ? users.error().text()
                    : !parameters ? parameters.error().text()
                    : !records    ? records.error().text()
                                  : check.error().text();
            s.users = users.value_or(QList<UserRecord>());
            s.parameters = parameters.value_or(QList<ParameterValue>());
            s.audit = records.value_or(QList<AuditRecord>());
            s.check = check.value_or(AuditCheck());
            return s;
        },
        [this](const Snapshot &s) { display(s); });
}

void SystemPage::display(const Snapshot &s)
{
    m_signedIn->setText(
        tr("Signed in as %1 (%2).").arg(m_context->userName(), roleName(m_context->role())));
    m_userRecords = s.users;
    QList<SimpleTableModel::Row> users;
    QStringList userKeys;
    for (const UserRecord &u : s.users) {
        const QString state = u.disabled ? tr("Disabled")
            : u.hasPassword              ? tr("Enabled")
                                         : tr("No password");
        users.append({SimpleTableModel::Cell(u.name), SimpleTableModel::Cell(roleName(u.role)),
                      SimpleTableModel::Cell(state)});
        userKeys << u.name;
    }
    m_users->setRows(users, userKeys);

    m_parameterValues = s.parameters;
    QList<SimpleTableModel::Row> parameters;
    QStringList parameterKeys;
    for (const ParameterValue &v : s.parameters) {
        SimpleTableModel::Cell value(ParameterSpec::format(v.value) + u' ' + v.spec.unit);
        if (!v.isDefault)
            value.withToolTip(
                tr("Changed by %1 at %2").arg(v.updatedBy, v.updatedAt.toLocalTime().toString()));
        parameters.append(
            {SimpleTableModel::Cell(v.isDefault ? v.spec.name : v.spec.name + u" *"_s), value,
             SimpleTableModel::Cell(ParameterSpec::format(v.spec.defaultValue)),
             SimpleTableModel::Cell(v.spec.rangeText()),
             SimpleTableModel::Cell(
                 v.spec.applies == ParameterSpec::Applies::Live ? tr("Live") : tr("Next run")),
             SimpleTableModel::Cell(v.spec.description)});
        parameterKeys << v.spec.name;
    }
    m_parameters->setRows(parameters, parameterKeys);

    QList<SimpleTableModel::Row> audit;
    for (const AuditRecord &r : s.audit)
        audit.append({SimpleTableModel::Cell(QVariant(r.seq)),
                      SimpleTableModel::Cell(r.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)),
                      SimpleTableModel::Cell(r.actor), SimpleTableModel::Cell(r.action),
                      SimpleTableModel::Cell(r.object), SimpleTableModel::Cell(r.result),
                      SimpleTableModel::Cell(r.detail)});
    m_audit->setRows(audit);
    QList<SimpleTableModel::Row> channels;
    QStringList channelKeys;
    for (const AlertChannel &c : s.channels) {
        channels.append({SimpleTableModel::Cell(c.name),
                         SimpleTableModel::Cell(
                             c.kind == AlertChannel::Kind::Webhook ? tr("Webhook") : tr("Command")),
                         SimpleTableModel::Cell(c.target)});
        channelKeys << c.name;
    }
    m_channels->setRows(channels, channelKeys);
    QList<SimpleTableModel::Row> deliveries;
    for (const AlertDelivery &d : s.deliveries)
        deliveries.append(
            {SimpleTableModel::Cell(d.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)),
             SimpleTableModel::Cell(d.channel),
             SimpleTableModel::Cell(d.ok ? tr("Delivered") : tr("Failed")),
             SimpleTableModel::Cell(d.title), SimpleTableModel::Cell(d.detail)});
    m_deliveries->setRows(deliveries);
    for (QTableView *v : {m_userView, m_parameterView, m_auditView, m_channelView, m_deliveryView})
        v->resizeColumnsToContents();
    if (!s.error.isEmpty()) {
        m_auditStatus->setText(s.error);
        m_auditStatus->setProperty("role", u"error"_s);
    } else if (s.check.intact) {
        m_auditStatus->setText(tr("Chain intact: %n record(s), none edited, removed or moved.",
                                  nullptr, int(s.check.records)));
        m_auditStatus->setProperty("role", u"ok"_s);
    } else {
        m_auditStatus->setText(
            tr("Chain broken at record %1: %2").arg(s.check.firstBroken).arg(s.check.reason));
        m_auditStatus->setProperty("role", u"error"_s);
    }

    const auto row = [](const QString &k, const QString &v) {
        return u"<tr><td style='padding:3px 18px 3px 0'>%1</td><td style='padding:3px 0'>%2</td>"
               "</tr>"_s.arg(k, v.toHtmlEscaped());
    };
    QString html = u"<table>"_s;
    html += row(tr("Metadata store"), m_context->storePath());
    html +=
        row(tr("Store schema version"),
            tr("%1 (this Ferry writes %2)").arg(s.schemaVersion).arg(MetaStore::latestVersion()));
    html += row(tr("Passwords"), m_context->secretBackendName());
    html += row(tr("Vault file"), m_context->vaultPath());
    html += row(tr("Log file"), m_context->logFile());
    html += row(tr("Ferry"), QStringLiteral(FERRY_VERSION));
    html += row(tr("Qt"), QString::fromLatin1(qVersion()));
    html += row(tr("Client libraries"),
                QStringList {Driver::forEngine(Engine::MariaDb).clientLibrary(),
                             Driver::forEngine(Engine::PostgreSql).clientLibrary(),
                             Driver::forEngine(Engine::Sqlite).clientLibrary()}
                    .join(u", "));
    html += u"</table>"_s;
    m_facts->setText(html);
    updateActions();
}

QString SystemPage::selectedUser() const
{
    const auto rows = m_userView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_users->keyAt(rows.first().row());
}

QString SystemPage::selectedChannel() const
{
    const auto rows = m_channelView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_channels->keyAt(rows.first().row());
}

QString SystemPage::selectedParameter() const
{
    const auto rows = m_parameterView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_parameters->keyAt(rows.first().row());
}

void SystemPage::updateActions()
{
    const bool admin = m_context->allows(Permission::Administer);
    const QString user = selectedUser();
    for (QPushButton *b :
         {m_addUser, m_role, m_toggle, m_remove, m_editParameter, m_resetParameter})
        b->setVisible(admin);
    const bool own =
        !user.isEmpty() && user.compare(m_context->userName(), Qt::CaseInsensitive) == 0;
    m_password->setEnabled(own || (admin && !user.isEmpty()));
    m_role->setEnabled(!user.isEmpty());
    m_toggle->setEnabled(!user.isEmpty());
    m_remove->setEnabled(!user.isEmpty());
    for (const UserRecord &u : std::as_const(m_userRecords))
        if (u.name == user) {
            m_toggle->setText(u.disabled ? tr("Enable") : tr("Disable"));
            m_remove->setEnabled(!u.builtin);
        }
    m_editParameter->setEnabled(!selectedParameter().isEmpty());
    m_sendTest->setVisible(m_context->allows(Permission::Run));
    m_sendTest->setEnabled(!selectedChannel().isEmpty());
    m_resetParameter->setEnabled(!selectedParameter().isEmpty());
}

void SystemPage::change(const QString &failure, std::function<Status()> work)
{
    runAsync(this, std::move(work), [this, failure](const Status &ok) {
        if (!ok)
            showMessage(this, QMessageBox::Warning, failure, ok.error().text(), u"systemError"_s);
        refresh();
    });
}

void SystemPage::addUser()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"addUserDialog"_s);
    dialog->setWindowTitle(tr("Add user"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *name = new QLineEdit;
    name->setObjectName(u"newUserName"_s);
    auto *role = new QComboBox;
    role->setObjectName(u"newUserRole"_s);
    for (Role r : {Role::Viewer, Role::Operator, Role::Administrator})
        role->addItem(roleName(r), roles::id(r));
    auto *password = new QLineEdit;
    password->setObjectName(u"newUserPassword"_s);
    password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("Name"), name);
    form->addRow(tr("Role"), role);
    form->addRow(tr("Password"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, name, role, password] {
        const QString n = name->text().trimmed();
        const Role r = roles::fromId(role->currentData().toString()).value_or(Role::Viewer);
        change(tr("User not added"),
               [store = m_context->store(), n, r, p = password->text()]() -> Status {
                   auto added = UserService(store).add(n, r, p);
                   if (!added)
                       return std::unexpected(added.error());
                   return {};
               });
    });
    dialog->open();
}

void SystemPage::setPassword()
{
    const QString user = selectedUser();
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"passwordDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Set password"));
    dialog->setLabelText(tr("New password of %1:").arg(user));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, user](const QString &text) {
        change(tr("Password not changed"), [store = m_context->store(), user, text]() -> Status {
            auto done = UserService(store).setPassword(user, text);
            if (!done)
                return std::unexpected(done.error());
            return {};
        });
    });
    dialog->open();
}

void SystemPage::changeRole()
{
    const QString user = selectedUser();
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"roleDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change role"));
    dialog->setLabelText(tr("Role of %1:").arg(user));
    dialog->setComboBoxItems(
        {roles::id(Role::Viewer), roles::id(Role::Operator), roles::id(Role::Administrator)});
    connect(dialog, &QInputDialog::textValueSelected, this, [this, user](const QString &text) {
        const Role r = roles::fromId(text).value_or(Role::Viewer);
        change(tr("Role not changed"), [store = m_context->store(), user, r]() -> Status {
            auto done = UserService(store).setRole(user, r);
            if (!done)
                return std::unexpected(done.error());
            return {};
        });
    });
    dialog->open();
}

void SystemPage::toggleUser()
{
    const QString user = selectedUser();
    bool disabled = false;
    for (const UserRecord &u : std::as_const(m_userRecords))
        if (u.name == user)
            disabled = u.disabled;
    change(disabled ? tr("User not enabled") : tr("User not disabled"),
           [store = m_context->store(), user, disable = !disabled]() -> Status {
               auto done = UserService(store).setDisabled(user, disable);
               if (!done)
                   return std::unexpected(done.error());
               return {};
           });
}

void SystemPage::removeUser()
{
    const QString user = selectedUser();
    confirm(this, tr("Remove user"),
            tr("Remove user %1? What they did stays in the audit.").arg(user),
            u"confirmRemoveUser"_s, [this, user] {
                change(tr("User not removed"), [store = m_context->store(), user] {
                    return UserService(store).remove(user);
                });
            });
}

void SystemPage::sendTestAlert()
{
    const QString name = selectedChannel();
    change(tr("Test alert not delivered"),
           [store = m_context->store(), name] { return AlertChannels(store).sendTest(name); });
}

void SystemPage::editParameter()
{
    const QString name = selectedParameter();
    if (name.isEmpty() || !m_context->allows(Permission::Administer))
        return;
    ParameterValue current;
    for (const ParameterValue &v : std::as_const(m_parameterValues))
        if (v.spec.name == name)
            current = v;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"parameterDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change %1").arg(name));
    dialog->setLabelText(tr("%1\nRange %2, default %3; applies %4.")
                             .arg(current.spec.description, current.spec.rangeText(),
                                  ParameterSpec::format(current.spec.defaultValue),
                                  current.spec.applies == ParameterSpec::Applies::Live
                                      ? tr("at once")
                                      : tr("at the next run")));
    dialog->setTextValue(ParameterSpec::format(current.value));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, name](const QString &text) {
        change(tr("Parameter not changed"), [store = m_context->store(), name, text]() -> Status {
            auto done = Parameters(store).set(name, text);
            if (!done)
                return std::unexpected(done.error());
            return {};
        });
    });
    dialog->open();
}

void SystemPage::resetParameter()
{
    const QString name = selectedParameter();
    change(tr("Parameter not changed"), [store = m_context->store(), name]() -> Status {
        auto done = Parameters(store).set(name, u"default"_s);
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

void SystemPage::exportAudit()
{
    auto *dialog =
        new QFileDialog(this, tr("Export the audit"), {}, tr("CSV (*.csv);;JSON (*.json)"));
    dialog->setObjectName(u"exportAuditDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(u"ferry-audit.csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        change(tr("Audit not exported"),
               [store = m_context->store(), path] { return AuditLog(store).exportTo(path); });
    });
    dialog->open();
}

} // namespace ferry::ui
