#include "systempage.h"

#include "alertchanneldialog.h"
#include "consolecontext.h"
#include "consolesettings.h"
#include "engines/driver.h"
#include "store/metastore.h"
#include "widgets/async.h"
#include "widgets/messages.h"
#include "widgets/pageheader.h"
#include "widgets/simpletablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
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
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
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
    connect(context, &ConsoleContext::alertsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
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
    const auto buttonRow = [](std::initializer_list<QPushButton *> buttons) {
        auto *row = new QHBoxLayout;
        for (QPushButton *b : buttons)
            row->addWidget(b);
        row->addStretch(1);
        return row;
    };
    const auto hint = [](const QString &text) {
        auto *note = new QLabel(text);
        note->setWordWrap(true);
        note->setProperty("role", u"hint"_s);
        return note;
    };
    auto *inner = new QTabWidget;
    inner->setObjectName(u"alertTabs"_s);

    // Rules
    m_rules = new SimpleTableModel(
        {tr("Rule"), tr("Level"), tr("Enabled"), tr("Threshold"), tr("Duration"), tr("Channels")},
        this);
    m_ruleView = makeTable(m_rules, u"ruleTable"_s);
    m_editRule = button(tr("Edit rule…"), u"editAlertRule"_s);
    connect(m_editRule, &QPushButton::clicked, this, &SystemPage::editRule);
    connect(m_ruleView, &QTableView::doubleClicked, this, &SystemPage::editRule);
    auto *rules = new QWidget;
    auto *rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addLayout(buttonRow({m_editRule}));
    rulesLayout->addWidget(m_ruleView, 1);
    rulesLayout->addWidget(hint(tr("Evaluated in the core every alerts.evaluation_seconds, by "
                                   "this console and by every headless ferry run: an alert is "
                                   "sent once when its condition starts and \"resolved\" when "
                                   "it ends. A rule without channels only records incidents.")));
    inner->addTab(rules, tr("Rules"));

    // Channels
    m_channels = new SimpleTableModel({tr("Channel"), tr("Kind"), tr("Target")}, this);
    m_channelView = makeTable(m_channels, u"channelTable"_s);
    m_sendTest = button(tr("Send test alert"), u"sendTestAlert"_s);
    m_addChannel = button(tr("Add channel…"), u"addChannel"_s);
    m_editChannel = button(tr("Edit…"), u"editChannel"_s);
    m_removeChannel = button(tr("Remove"), u"removeChannel"_s);
    connect(m_sendTest, &QPushButton::clicked, this, &SystemPage::sendTestAlert);
    connect(m_addChannel, &QPushButton::clicked, this, &SystemPage::addChannel);
    connect(m_editChannel, &QPushButton::clicked, this, &SystemPage::editChannel);
    connect(m_removeChannel, &QPushButton::clicked, this, &SystemPage::removeChannel);
    auto *channels = new QWidget;
    auto *channelsLayout = new QVBoxLayout(channels);
    channelsLayout->addLayout(
        buttonRow({m_addChannel, m_editChannel, m_removeChannel, m_sendTest}));
    channelsLayout->addWidget(m_channelView, 1);
    channelsLayout->addWidget(hint(tr("Channels that work without the internet: a webhook or an "
                                      "SMTP relay on the local network, a local command, the "
                                      "system tray. SMTP passwords go to the secret store.")));
    inner->addTab(channels, tr("Channels"));

    // Silences and overrides
    m_silences = new SimpleTableModel(
        {tr("#"), tr("When"), tr("Rule"), tr("Project"), tr("Reason"), tr("By")}, this);
    m_silenceView = makeTable(m_silences, u"silenceTable"_s);
    m_addSilence = button(tr("Add silence…"), u"addSilence"_s);
    m_removeSilence = button(tr("Remove silence"), u"removeSilence"_s);
    connect(m_addSilence, &QPushButton::clicked, this, &SystemPage::addSilence);
    connect(m_removeSilence, &QPushButton::clicked, this, &SystemPage::removeSilence);
    m_overrides = new SimpleTableModel(
        {tr("Project"), tr("Rule"), tr("Enabled"), tr("Level"), tr("Threshold"), tr("Duration")},
        this);
    m_overrideView = makeTable(m_overrides, u"overrideTable"_s);
    m_addOverride = button(tr("Add override…"), u"addOverride"_s);
    m_removeOverride = button(tr("Remove override"), u"removeOverride"_s);
    connect(m_addOverride, &QPushButton::clicked, this, &SystemPage::addOverride);
    connect(m_removeOverride, &QPushButton::clicked, this, &SystemPage::removeOverride);
    auto *quiet = new QWidget;
    auto *quietLayout = new QVBoxLayout(quiet);
    quietLayout->addLayout(buttonRow({m_addSilence, m_removeSilence}));
    quietLayout->addWidget(m_silenceView, 1);
    quietLayout->addLayout(buttonRow({m_addOverride, m_removeOverride}));
    quietLayout->addWidget(m_overrideView, 1);
    quietLayout->addWidget(hint(tr("While a silence covers an alert nothing is sent; it goes out "
                                   "when the silence ends if its condition still holds. An "
                                   "override sets a rule otherwise for one project.")));
    inner->addTab(quiet, tr("Silences and overrides"));

    // Incidents and deliveries
    m_incidents = new SimpleTableModel(
        {tr("#"), tr("State"), tr("Level"), tr("Rule"), tr("Alert"), tr("Opened"), tr("Resolved")},
        this);
    m_incidentView = makeTable(m_incidents, u"incidentTable"_s);
    m_deliveries = new SimpleTableModel(
        {tr("When"), tr("Channel"), tr("Status"), tr("Alert"), tr("Detail")}, this);
    m_deliveryView = makeTable(m_deliveries, u"deliveryTable"_s);
    auto *history = new QWidget;
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(new QLabel(tr("Incidents")));
    historyLayout->addWidget(m_incidentView, 1);
    historyLayout->addWidget(new QLabel(tr("Deliveries")));
    historyLayout->addWidget(m_deliveryView, 1);
    inner->addTab(history, tr("Incidents and deliveries"));

    for (QTableView *v : {m_ruleView, m_channelView, m_silenceView, m_overrideView})
        connect(v->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &SystemPage::updateActions);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(inner);
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
    layout->addWidget(languageCard());
    layout->addStretch(1);
    return tab;
}

QWidget *SystemPage::languageCard()
{
    // Each language is named in itself, so that whoever cannot read the current one finds theirs.
    auto *choice = new QComboBox;
    choice->setObjectName(u"languageChoice"_s);
    choice->addItem(tr("System language"), u"system"_s);
    choice->addItem(u"English"_s, u"en"_s);
    choice->addItem(u"简体中文"_s, u"zh_CN"_s);
    choice->setCurrentIndex(qMax(0, choice->findData(ConsoleSettings::language())));
    auto *note = new QLabel;
    note->setObjectName(u"languageNote"_s);
    note->setWordWrap(true);
    const QString environment = qEnvironmentVariable("FERRY_LANG");
    note->setText(environment.isEmpty()
                      ? tr("Applies at the next start of the console.")
                      : tr("Applies at the next start of the console. FERRY_LANG=%1 is set: it "
                           "takes precedence over this choice.")
                            .arg(environment));
    connect(choice, &QComboBox::currentIndexChanged, this,
            [choice] { ConsoleSettings::setLanguage(choice->currentData().toString()); });
    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), choice);
    auto *card = new QFrame;
    card->setObjectName(u"card"_s);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 12);
    cardLayout->addLayout(form);
    cardLayout->addWidget(note);
    return card;
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
            AlertRules rules(store);
            s.rules = rules.list().value_or(QList<AlertRule>());
            s.overrides = rules.overrides().value_or(QList<AlertOverride>());
            s.silences = rules.silences().value_or(QList<AlertSilence>());
            s.incidents = rules.incidents(false, 200).value_or(QList<AlertIncident>());
            if (auto q = store->exec(u"SELECT name FROM project ORDER BY name"_s))
                while (q->next())
                    s.projects << q->value(0).toString();
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
        SimpleTableModel::Cell value(ParameterSpec::format(v.value) + u' ' + v.spec.unitText());
        if (!v.isDefault)
            value.withToolTip(
                tr("Changed by %1 at %2").arg(v.updatedBy, v.updatedAt.toLocalTime().toString()));
        parameters.append(
            {SimpleTableModel::Cell(v.isDefault ? v.spec.name : v.spec.name + u" *"_s), value,
             SimpleTableModel::Cell(ParameterSpec::format(v.spec.defaultValue)),
             SimpleTableModel::Cell(v.spec.rangeText()),
             SimpleTableModel::Cell(
                 v.spec.applies == ParameterSpec::Applies::Live ? tr("Live") : tr("Next run")),
             SimpleTableModel::Cell(v.spec.descriptionText())});
        parameterKeys << v.spec.name;
    }
    m_parameters->setRows(parameters, parameterKeys);

    QList<SimpleTableModel::Row> audit;
    for (const AuditRecord &r : s.audit)
        audit.append({SimpleTableModel::Cell(QVariant(r.seq)),
                      SimpleTableModel::Cell(r.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)),
                      SimpleTableModel::Cell(r.actor), SimpleTableModel::Cell(r.action),
                      SimpleTableModel::Cell(r.object),
                      SimpleTableModel::Cell(r.result == u"ok"           ? tr("succeeded")
                                                 : r.result == u"failed" ? tr("failed")
                                                 : r.result == u"denied" ? tr("denied")
                                                                         : r.result),
                      SimpleTableModel::Cell(r.detail)});
    m_audit->setRows(audit);
    m_channelRecords = s.channels;
    QList<SimpleTableModel::Row> channels;
    QStringList channelKeys;
    for (const AlertChannel &c : s.channels) {
        QString kind, target = c.target;
        switch (c.kind) {
        case AlertChannel::Kind::Webhook: kind = tr("Webhook"); break;
        case AlertChannel::Kind::Command: kind = tr("Command"); break;
        case AlertChannel::Kind::Smtp:
            kind = tr("Mail (SMTP)");
            target = tr("%1 (TLS %2): %3 → %4")
                         .arg(c.smtp.server(), smtpsecurity::id(c.smtp.security), c.smtp.from,
                              c.smtp.to.join(u", "_s));
            break;
        case AlertChannel::Kind::Tray:
            kind = tr("System tray");
            target = tr("the console's system tray");
            break;
        }
        channels.append({SimpleTableModel::Cell(c.name), SimpleTableModel::Cell(kind),
                         SimpleTableModel::Cell(target)});
        channelKeys << c.name;
    }
    m_channels->setRows(channels, channelKeys);
    QList<SimpleTableModel::Row> deliveries;
    for (const AlertDelivery &d : s.deliveries)
        deliveries.append(
            {SimpleTableModel::Cell(d.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)),
             SimpleTableModel::Cell(d.channel),
             SimpleTableModel::Cell(d.status == u"ok"           ? tr("Delivered")
                                        : d.status == u"failed" ? tr("Failed")
                                                                : tr("Not shown")),
             SimpleTableModel::Cell(d.title), SimpleTableModel::Cell(d.detail)});
    m_deliveries->setRows(deliveries);

    m_ruleRecords = s.rules;
    m_projectNames = s.projects;
    QList<SimpleTableModel::Row> rules;
    QStringList ruleKeys;
    for (const AlertRule &r : s.rules) {
        const QString unit = alertrules::thresholdUnit(r.kind);
        rules.append(
            {SimpleTableModel::Cell(alertrules::name(r.kind)),
             SimpleTableModel::Cell(alertrules::levelTitle(r.level)),
             SimpleTableModel::Cell(r.enabled ? tr("Yes") : tr("No")),
             SimpleTableModel::Cell(unit.isEmpty() ? u"–"_s
                                                   : u"%1 %2"_s.arg(r.threshold).arg(unit)),
             SimpleTableModel::Cell(
                 alertrules::hasDuration(r.kind) ? tr("%1 s").arg(r.durationSeconds) : u"–"_s),
             SimpleTableModel::Cell(r.channels.isEmpty() ? tr("(recorded only)")
                                                         : r.channels.join(u", "_s))});
        ruleKeys << alertrules::id(r.kind);
    }
    m_rules->setRows(rules, ruleKeys);
    QList<SimpleTableModel::Row> silences;
    QStringList silenceKeys;
    for (const AlertSilence &x : s.silences) {
        silences.append(
            {SimpleTableModel::Cell(QVariant(x.id)),
             SimpleTableModel::Cell(
                 x.isDaily()
                     ? tr("daily %1–%2")
                           .arg(x.dailyFrom.toString(u"HH:mm"_s), x.dailyTo.toString(u"HH:mm"_s))
                     : tr("until %1").arg(x.until.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))),
             SimpleTableModel::Cell(x.kind ? alertrules::name(*x.kind) : tr("all")),
             SimpleTableModel::Cell(x.project.isEmpty() ? tr("all") : x.project),
             SimpleTableModel::Cell(x.reason), SimpleTableModel::Cell(x.createdBy)});
        silenceKeys << QString::number(x.id);
    }
    m_silences->setRows(silences, silenceKeys);
    QList<SimpleTableModel::Row> overrides;
    QStringList overrideKeys;
    const auto asRule = [this](const QString &v) {
        return v.isEmpty() ? tr("as the rule") : v;
    };
    for (const AlertOverride &o : s.overrides) {
        overrides.append(
            {SimpleTableModel::Cell(o.project), SimpleTableModel::Cell(alertrules::name(o.kind)),
             SimpleTableModel::Cell(
                 asRule(o.enabled ? (*o.enabled ? tr("Yes") : tr("No")) : QString())),
             SimpleTableModel::Cell(asRule(o.level ? alertrules::levelTitle(*o.level) : QString())),
             SimpleTableModel::Cell(
                 asRule(o.threshold ? QString::number(*o.threshold) : QString())),
             SimpleTableModel::Cell(
                 asRule(o.durationSeconds ? QString::number(*o.durationSeconds) : QString()))});
        overrideKeys << alertrules::id(o.kind) + u'\n' + o.project;
    }
    m_overrides->setRows(overrides, overrideKeys);
    QList<SimpleTableModel::Row> incidents;
    for (const AlertIncident &i : s.incidents)
        incidents.append(
            {SimpleTableModel::Cell(QVariant(i.id)),
             SimpleTableModel::Cell(i.isOpen() ? (i.notified ? tr("Open") : tr("Open (silenced)"))
                                               : tr("Resolved")),
             SimpleTableModel::Cell(i.level), SimpleTableModel::Cell(i.rule),
             SimpleTableModel::Cell(i.title),
             SimpleTableModel::Cell(i.openedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)),
             SimpleTableModel::Cell(
                 i.isOpen() ? QString()
                            : i.resolvedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s))});
    m_incidents->setRows(incidents);
    for (QTableView *v : {m_ruleView, m_silenceView, m_overrideView, m_incidentView})
        v->resizeColumnsToContents();
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

QString SystemPage::selectedKey(QTableView *view, SimpleTableModel *model)
{
    const auto rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : model->keyAt(rows.first().row());
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
    for (QPushButton *b : {m_addChannel, m_editChannel, m_removeChannel, m_editRule, m_addSilence,
                           m_removeSilence, m_addOverride, m_removeOverride})
        b->setVisible(admin);
    m_editChannel->setEnabled(!selectedChannel().isEmpty());
    m_removeChannel->setEnabled(!selectedChannel().isEmpty());
    m_editRule->setEnabled(!selectedKey(m_ruleView, m_rules).isEmpty());
    m_removeSilence->setEnabled(!selectedKey(m_silenceView, m_silences).isEmpty());
    m_removeOverride->setEnabled(!selectedKey(m_overrideView, m_overrides).isEmpty());
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
    change(tr("Test alert not delivered"), [context = m_context, name] {
        return AlertChannels(context->store(), [context] { return context->secrets(); })
            .sendTest(name);
    });
}

void SystemPage::addChannel()
{
    auto *dialog = new AlertChannelDialog(std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        change(tr("Alert channel not added"),
               [context = m_context, c = dialog->channel(), p = dialog->password()]() -> Status {
                   AlertChannels channels(context->store(),
                                          [context] { return context->secrets(); });
                   auto added = channels.add(c, p);
                   if (!added)
                       return std::unexpected(added.error());
                   return {};
               });
    });
    dialog->open();
}

void SystemPage::editChannel()
{
    const QString name = selectedChannel();
    std::optional<AlertChannel> existing;
    for (const AlertChannel &c : std::as_const(m_channelRecords))
        if (c.name == name)
            existing = c;
    if (!existing)
        return;
    auto *dialog = new AlertChannelDialog(existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        change(
            tr("Alert channel not changed"),
            [context = m_context, name, c = dialog->channel(), p = dialog->password()]() -> Status {
                AlertChannels channels(context->store(), [context] { return context->secrets(); });
                auto changed = channels.update(name, c, p);
                if (!changed)
                    return std::unexpected(changed.error());
                return {};
            });
    });
    dialog->open();
}

void SystemPage::removeChannel()
{
    const QString name = selectedChannel();
    confirm(this, tr("Remove alert channel"),
            tr("Remove alert channel %1? Rules stop sending to it.").arg(name),
            u"confirmRemoveChannel"_s, [this, name] {
                change(tr("Alert channel not removed"), [context = m_context, name] {
                    return AlertChannels(context->store(), [context] { return context->secrets(); })
                        .remove(name);
                });
            });
}

void SystemPage::editRule()
{
    const auto kind = alertrules::fromId(selectedKey(m_ruleView, m_rules));
    if (!kind || !m_context->allows(Permission::Administer))
        return;
    AlertRule rule;
    for (const AlertRule &r : std::as_const(m_ruleRecords))
        if (r.kind == *kind)
            rule = r;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"alertRuleDialog"_s);
    dialog->setWindowTitle(tr("Alert rule: %1").arg(alertrules::name(*kind)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *enabled = new QCheckBox(tr("Enabled"));
    enabled->setObjectName(u"ruleEnabled"_s);
    enabled->setChecked(rule.enabled);
    auto *level = new QComboBox;
    level->setObjectName(u"ruleLevel"_s);
    for (AlertLevel l : {AlertLevel::Info, AlertLevel::Warning, AlertLevel::Critical})
        level->addItem(alertrules::levelTitle(l), alertrules::levelId(l));
    level->setCurrentIndex(level->findData(alertrules::levelId(rule.level)));
    auto *threshold = new QSpinBox;
    threshold->setObjectName(u"ruleThreshold"_s);
    threshold->setRange(1, 7 * 86400);
    threshold->setValue(int(std::max<qint64>(1, rule.threshold)));
    threshold->setSuffix(u" "_s + alertrules::thresholdUnit(*kind));
    auto *duration = new QSpinBox;
    duration->setObjectName(u"ruleDuration"_s);
    duration->setRange(0, 7 * 86400);
    duration->setValue(int(rule.durationSeconds));
    duration->setSuffix(tr(" s"));
    auto *channels = new QListWidget;
    channels->setObjectName(u"ruleChannels"_s);
    for (const AlertChannel &c : std::as_const(m_channelRecords)) {
        auto *item = new QListWidgetItem(c.name, channels);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(rule.channels.contains(c.name) ? Qt::Checked : Qt::Unchecked);
    }
    auto *form = new QFormLayout(dialog);
    form->addRow(enabled);
    form->addRow(tr("Level"), level);
    if (!alertrules::thresholdUnit(*kind).isEmpty())
        form->addRow(tr("Threshold"), threshold);
    if (alertrules::hasDuration(*kind))
        form->addRow(tr("For at least"), duration);
    form->addRow(tr("Send to"), channels);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
            [this, kind = *kind, enabled, level, threshold, duration, channels] {
                AlertRules::Change c;
                c.enabled = enabled->isChecked();
                c.level = alertrules::levelFromId(level->currentData().toString());
                if (!alertrules::thresholdUnit(kind).isEmpty())
                    c.threshold = threshold->value();
                if (alertrules::hasDuration(kind))
                    c.durationSeconds = duration->value();
                QStringList names;
                for (int i = 0; i < channels->count(); ++i)
                    if (channels->item(i)->checkState() == Qt::Checked)
                        names << channels->item(i)->text();
                c.channels = names;
                change(tr("Alert rule not changed"),
                       [store = m_context->store(), kind, c]() -> Status {
                           auto set = AlertRules(store).set(kind, c);
                           if (!set)
                               return std::unexpected(set.error());
                           return {};
                       });
            });
    dialog->open();
}

void SystemPage::addSilence()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"silenceDialog"_s);
    dialog->setWindowTitle(tr("Add silence"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *rule = new QComboBox;
    rule->setObjectName(u"silenceRule"_s);
    rule->addItem(tr("Every rule"), QString());
    for (AlertRuleKind k : alertrules::all())
        rule->addItem(alertrules::name(k), alertrules::id(k));
    auto *project = new QComboBox;
    project->setObjectName(u"silenceProject"_s);
    project->addItem(tr("Every project"), QString());
    for (const QString &p : std::as_const(m_projectNames))
        project->addItem(p, p);
    auto *daily = new QRadioButton(tr("Every day"));
    daily->setObjectName(u"silenceDaily"_s);
    daily->setChecked(true);
    auto *once = new QRadioButton(tr("Until"));
    once->setObjectName(u"silenceOnce"_s);
    auto *from = new QTimeEdit(QTime(22, 0));
    from->setObjectName(u"silenceFrom"_s);
    auto *to = new QTimeEdit(QTime(6, 0));
    to->setObjectName(u"silenceTo"_s);
    auto *until = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(2 * 3600));
    until->setObjectName(u"silenceUntil"_s);
    until->setCalendarPopup(true);
    auto *reason = new QLineEdit;
    reason->setObjectName(u"silenceReason"_s);
    auto *window = new QHBoxLayout;
    window->addWidget(from);
    window->addWidget(new QLabel(tr("to")));
    window->addWidget(to);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("Rule"), rule);
    form->addRow(tr("Project"), project);
    form->addRow(daily, window);
    form->addRow(once, until);
    form->addRow(tr("Reason"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
            [this, rule, project, daily, from, to, until, reason] {
                AlertSilence s;
                s.kind = alertrules::fromId(rule->currentData().toString());
                s.project = project->currentData().toString();
                s.reason = reason->text().trimmed();
                if (daily->isChecked()) {
                    s.dailyFrom = from->time();
                    s.dailyTo = to->time();
                } else {
                    s.until = until->dateTime().toUTC();
                }
                change(tr("Silence not added"), [store = m_context->store(), s]() -> Status {
                    auto added = AlertRules(store).addSilence(s);
                    if (!added)
                        return std::unexpected(added.error());
                    return {};
                });
            });
    dialog->open();
}

void SystemPage::removeSilence()
{
    const qint64 id = selectedKey(m_silenceView, m_silences).toLongLong();
    change(tr("Silence not removed"),
           [store = m_context->store(), id] { return AlertRules(store).removeSilence(id); });
}

void SystemPage::addOverride()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"overrideDialog"_s);
    dialog->setWindowTitle(tr("Override a rule for one project"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *rule = new QComboBox;
    rule->setObjectName(u"overrideRule"_s);
    for (AlertRuleKind k : alertrules::all())
        rule->addItem(alertrules::name(k), alertrules::id(k));
    auto *project = new QComboBox;
    project->setObjectName(u"overrideProject"_s);
    project->addItems(m_projectNames);
    auto *enabled = new QComboBox;
    enabled->setObjectName(u"overrideEnabled"_s);
    enabled->addItem(tr("As the rule"), QString());
    enabled->addItem(tr("Enabled"), u"yes"_s);
    enabled->addItem(tr("Disabled"), u"no"_s);
    auto *level = new QComboBox;
    level->setObjectName(u"overrideLevel"_s);
    level->addItem(tr("As the rule"), QString());
    for (AlertLevel l : {AlertLevel::Info, AlertLevel::Warning, AlertLevel::Critical})
        level->addItem(alertrules::levelTitle(l), alertrules::levelId(l));
    auto *threshold = new QSpinBox;
    threshold->setObjectName(u"overrideThreshold"_s);
    threshold->setRange(0, 7 * 86400);
    threshold->setSpecialValueText(tr("As the rule"));
    auto *duration = new QSpinBox;
    duration->setObjectName(u"overrideDuration"_s);
    duration->setRange(-1, 7 * 86400);
    duration->setValue(-1);
    duration->setSpecialValueText(tr("As the rule"));
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("Rule"), rule);
    form->addRow(tr("Project"), project);
    form->addRow(tr("Enabled"), enabled);
    form->addRow(tr("Level"), level);
    form->addRow(tr("Threshold"), threshold);
    form->addRow(tr("Duration (s)"), duration);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
            [this, rule, project, enabled, level, threshold, duration] {
                AlertOverride o;
                o.kind = alertrules::fromId(rule->currentData().toString())
                             .value_or(AlertRuleKind::ProjectFailed);
                o.project = project->currentText();
                if (!enabled->currentData().toString().isEmpty())
                    o.enabled = enabled->currentData().toString() == u"yes";
                o.level = alertrules::levelFromId(level->currentData().toString());
                if (threshold->value() > 0)
                    o.threshold = threshold->value();
                if (duration->value() >= 0)
                    o.durationSeconds = duration->value();
                change(tr("Override not added"), [store = m_context->store(), o]() -> Status {
                    auto set = AlertRules(store).setOverride(o);
                    if (!set)
                        return std::unexpected(set.error());
                    return {};
                });
            });
    dialog->open();
}

void SystemPage::removeOverride()
{
    const QStringList key = selectedKey(m_overrideView, m_overrides).split(u'\n');
    if (key.size() != 2)
        return;
    const auto kind = alertrules::fromId(key.first());
    if (!kind)
        return;
    change(tr("Override not removed"), [store = m_context->store(), kind = *kind, p = key.last()] {
        return AlertRules(store).removeOverride(kind, p);
    });
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
                             .arg(current.spec.descriptionText(), current.spec.rangeText(),
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
