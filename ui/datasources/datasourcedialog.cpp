#include "datasourcedialog.h"

#include "widgets/statetext.h"

#include "probefindingsmodel.h"
#include "widgets/async.h"
#include "widgets/icons.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

const QList<ferry::Engine> kEngines = {ferry::Engine::MySql, ferry::Engine::MariaDb,
                                       ferry::Engine::OceanBaseMySql, ferry::Engine::PostgreSql,
                                       ferry::Engine::Sqlite};

QWidget *withButton(QLineEdit *edit, QPushButton *button)
{
    auto *w = new QWidget;
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(edit, 1);
    l->addWidget(button);
    return w;
}

} // namespace

DataSourceDialog::DataSourceDialog(Mode mode, const DataSource &initial, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_initial(initial)
{
    setObjectName(QStringLiteral("dataSourceDialog"));
    switch (mode) {
    case Mode::Add: setWindowTitle(tr("Add data source")); break;
    case Mode::Edit: setWindowTitle(tr("Edit data source %1").arg(initial.name)); break;
    case Mode::Copy: setWindowTitle(tr("Copy data source %1").arg(initial.name)); break;
    }
    buildUi();
    load(initial);
    validate();
}

void DataSourceDialog::buildUi()
{
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setMaxLength(32);
    m_name->setPlaceholderText(tr("1–32 characters, no spaces"));

    m_engine = new QComboBox;
    m_engine->setObjectName(QStringLiteral("engineField"));
    for (ferry::Engine e : kEngines)
        m_engine->addItem(StateText::engine(e), engines::id(e));
    // Not a database engine: a Kafka cluster, the target of sync projects.
    m_engine->addItem(tr("Kafka"), QStringLiteral("kafka"));

    m_bootstrap = new QLineEdit;
    m_bootstrap->setObjectName(QStringLiteral("bootstrapServersField"));
    m_bootstrap->setPlaceholderText(tr("host:port[,host:port…]  e.g. 127.0.0.1:9092"));
    m_securityProtocol = new QComboBox;
    m_securityProtocol->setObjectName(QStringLiteral("securityProtocolField"));
    m_securityProtocol->addItem(tr("PLAINTEXT — no TLS, no SASL"), QStringLiteral("plaintext"));
    m_securityProtocol->addItem(tr("SSL — TLS"), QStringLiteral("ssl"));
    m_securityProtocol->addItem(tr("SASL_PLAINTEXT — SASL without TLS"),
                                QStringLiteral("sasl_plaintext"));
    m_securityProtocol->addItem(tr("SASL_SSL — SASL over TLS"), QStringLiteral("sasl_ssl"));
    m_saslMechanism = new QComboBox;
    m_saslMechanism->setObjectName(QStringLiteral("saslMechanismField"));
    for (const QString &m : datasources::kafkaSaslMechanisms())
        m_saslMechanism->addItem(m, m);
    m_clientId = new QLineEdit;
    m_clientId->setObjectName(QStringLiteral("clientIdField"));
    m_clientId->setPlaceholderText(QStringLiteral("ferry"));

    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("hostField"));
    m_host->setPlaceholderText(tr("host name or IP address"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("portField"));
    m_port->setRange(0, 99999); // out-of-range ports are explained, not silently clamped
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("userField"));

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_clearPassword = new QCheckBox(tr("Remove the saved password"));
    m_clearPassword->setObjectName(QStringLiteral("clearPasswordField"));
    m_reusePassword = new QRadioButton(tr("Reuse the saved password of %1").arg(m_initial.name));
    m_reusePassword->setObjectName(QStringLiteral("reusePasswordField"));
    m_newPassword = new QRadioButton(tr("Enter a password:"));
    m_newPassword->setObjectName(QStringLiteral("newPasswordField"));
    auto *passwordChoice = new QButtonGroup(this);
    passwordChoice->addButton(m_reusePassword);
    passwordChoice->addButton(m_newPassword);

    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("databaseField"));
    m_schema = new QLineEdit;
    m_schema->setObjectName(QStringLiteral("schemaField"));
    m_schema->setPlaceholderText(QStringLiteral("public"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("pathField"));
    m_path->setPlaceholderText(tr("/path/to/database.sqlite"));
    m_browsePath = new QPushButton(tr("Browse…"));
    m_tls = new QComboBox;
    m_tls->setObjectName(QStringLiteral("tlsField"));
    m_tls->addItem(tr("disable — plain connection"), QStringLiteral("disable"));
    m_tls->addItem(tr("prefer — TLS when offered"), QStringLiteral("prefer"));
    m_tls->addItem(tr("require — TLS, not verified"), QStringLiteral("require"));
    m_tls->addItem(tr("verify-ca — TLS, certificate verified"), QStringLiteral("verify-ca"));
    m_tls->addItem(tr("verify-full — TLS, certificate and host verified"),
                   QStringLiteral("verify-full"));
    m_caFile = new QLineEdit;
    m_caFile->setObjectName(QStringLiteral("caFileField"));
    m_caFile->setPlaceholderText(tr("CA certificate (PEM)"));
    m_browseCa = new QPushButton(tr("Browse…"));
    m_remark = new QLineEdit;
    m_remark->setObjectName(QStringLiteral("remarkField"));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("Name:"), m_name);
    m_form->addRow(tr("Engine:"), m_engine);
    m_form->addRow(tr("Bootstrap servers:"), m_bootstrap);
    m_form->addRow(tr("Security protocol:"), m_securityProtocol);
    m_form->addRow(tr("SASL mechanism:"), m_saslMechanism);
    m_form->addRow(tr("Host:"), m_host);
    m_form->addRow(tr("Port:"), m_port);
    m_form->addRow(tr("User:"), m_user);
    if (m_mode == Mode::Copy) {
        m_form->addRow(tr("Password:"), m_reusePassword);
        m_form->addRow(m_newPassword, m_password);
    } else {
        m_form->addRow(tr("Password:"), m_password);
        if (m_mode == Mode::Edit)
            m_form->addRow(QString(), m_clearPassword);
    }
    m_form->addRow(tr("Database:"), m_database);
    m_form->addRow(tr("Schema:"), m_schema);
    m_form->addRow(tr("File:"), withButton(m_path, m_browsePath));
    m_form->addRow(tr("TLS:"), m_tls);
    m_form->addRow(tr("CA file:"), withButton(m_caFile, m_browseCa));
    m_form->addRow(tr("Client id:"), m_clientId);
    m_form->addRow(tr("Remark:"), m_remark);

    m_validation = new QLabel;
    m_validation->setObjectName(QStringLiteral("validationText"));
    m_validation->setWordWrap(true);
    m_validation->setProperty("class", QStringLiteral("error"));
    m_validation->setStyleSheet(QStringLiteral("color: #b3261e;"));

    m_testStatus = new QLabel(tr("Not tested yet."));
    m_testStatus->setObjectName(QStringLiteral("testStatus"));
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings = new ProbeFindingsModel(this);
    m_findingsView = new QTableView;
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setModel(m_findings);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_findingsView->setWordWrap(true);
    m_findingsView->horizontalHeader()->setSectionResizeMode(ProbeFindingsModel::Message,
                                                             QHeaderView::Stretch);
    m_findingsView->horizontalHeader()->setSectionResizeMode(ProbeFindingsModel::Item,
                                                             QHeaderView::ResizeToContents);
    m_findingsView->horizontalHeader()->setSectionResizeMode(ProbeFindingsModel::Value,
                                                             QHeaderView::ResizeToContents);
    m_findingsView->horizontalHeader()->setSectionResizeMode(ProbeFindingsModel::Blocks,
                                                             QHeaderView::ResizeToContents);
    m_findingsView->setMinimumHeight(150);
    m_findingsView->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_testButton = m_buttons->addButton(tr("Test connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setIcon(icons::get(QStringLiteral("action/test")));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_validation);
    layout->addWidget(m_testStatus);
    layout->addWidget(m_findingsView, 1);
    layout->addWidget(m_buttons);

    connect(m_engine, &QComboBox::currentIndexChanged, this, &DataSourceDialog::engineChanged);
    for (QLineEdit *edit : {m_name, m_host, m_user, m_database, m_schema, m_path, m_caFile,
                            m_remark, m_password, m_bootstrap, m_clientId})
        connect(edit, &QLineEdit::textChanged, this, &DataSourceDialog::validate);
    connect(m_securityProtocol, &QComboBox::currentIndexChanged, this,
            &DataSourceDialog::engineChanged);
    connect(m_saslMechanism, &QComboBox::currentIndexChanged, this, &DataSourceDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &DataSourceDialog::validate);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &DataSourceDialog::validate);
    connect(m_clearPassword, &QCheckBox::toggled, this, &DataSourceDialog::validate);
    connect(m_newPassword, &QRadioButton::toggled, this, &DataSourceDialog::validate);
    connect(m_browsePath, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("SQLite database file"), m_path->text(), {},
                                         nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_path->setText(file);
    });
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificate"), m_caFile->text(), tr("PEM files (*.pem *.crt);;All (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    connect(m_testButton, &QPushButton::clicked, this, &DataSourceDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_saving = true;
        validate();
        m_validation->setText(tr("Saving…"));
        emit saveRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 560);
}

void DataSourceDialog::load(const DataSource &s)
{
    m_name->setText(s.name);
    m_engine->setCurrentIndex(s.kafka ? m_engine->findData(QStringLiteral("kafka"))
                                      : int(kEngines.indexOf(s.endpoint.engine)));
    if (s.kafka) {
        m_bootstrap->setText(s.kafka->bootstrapServers);
        m_securityProtocol->setCurrentIndex(
            std::max(0,
                     m_securityProtocol->findData(s.kafka->securityProtocol.isEmpty()
                                                      ? QStringLiteral("plaintext")
                                                      : s.kafka->securityProtocol)));
        m_saslMechanism->setCurrentIndex(
            std::max(0, m_saslMechanism->findData(s.kafka->saslMechanism)));
        m_clientId->setText(s.kafka->clientId);
        m_user->setText(s.kafka->user);
        m_caFile->setText(s.kafka->caFile);
        m_remark->setText(s.remark);
        if (m_mode == Mode::Edit && s.hasPassword)
            m_password->setPlaceholderText(tr("saved — type to replace"));
        if (m_mode == Mode::Copy) {
            m_reusePassword->setEnabled(s.hasPassword);
            (s.hasPassword ? m_reusePassword : m_newPassword)->setChecked(true);
        }
        engineChanged();
        return;
    }
    m_host->setText(s.endpoint.host);
    m_port->setValue(s.endpoint.port);
    m_user->setText(s.endpoint.user);
    m_database->setText(s.endpoint.database);
    m_schema->setText(s.endpoint.schema);
    m_path->setText(s.endpoint.path);
    m_tls->setCurrentIndex(m_tls->findData(engines::tlsModeId(s.endpoint.tlsMode)));
    m_caFile->setText(s.endpoint.caFile);
    m_remark->setText(s.remark);
    if (m_mode == Mode::Edit && s.hasPassword)
        m_password->setPlaceholderText(tr("saved — type to replace"));
    if (m_mode == Mode::Copy) {
        m_reusePassword->setEnabled(s.hasPassword);
        (s.hasPassword ? m_reusePassword : m_newPassword)->setChecked(true);
    }
    engineChanged();
}

bool DataSourceDialog::kafkaSelected() const
{
    return m_engine->currentData().toString() == QLatin1String("kafka");
}

KafkaTarget DataSourceDialog::typedKafka() const
{
    KafkaTarget k;
    k.bootstrapServers = m_bootstrap->text().trimmed();
    k.securityProtocol = m_securityProtocol->currentData().toString();
    if (k.securityProtocol == QLatin1String("plaintext"))
        k.securityProtocol.clear();
    const bool sasl = k.securityProtocol.startsWith(QLatin1String("sasl_"));
    k.saslMechanism = sasl ? m_saslMechanism->currentData().toString() : QString();
    k.user = sasl ? m_user->text() : QString();
    k.password = sasl ? m_password->text() : QString();
    k.caFile = m_caFile->text().trimmed();
    k.clientId = m_clientId->text().trimmed().isEmpty() ? QStringLiteral("ferry")
                                                        : m_clientId->text().trimmed();
    return k;
}

void DataSourceDialog::engineChanged()
{
    auto show = [this](QWidget *field, bool visible) {
        m_form->setRowVisible(field, visible);
    };
    const bool kafka = kafkaSelected();
    for (QWidget *w : {static_cast<QWidget *>(m_bootstrap), static_cast<QWidget *>(m_clientId),
                       static_cast<QWidget *>(m_securityProtocol)})
        show(w, kafka);
    if (kafka) {
        const QString protocol = m_securityProtocol->currentData().toString();
        const bool sasl = protocol.startsWith(QLatin1String("sasl_"));
        const bool tls = protocol.endsWith(QLatin1String("ssl"));
        show(m_saslMechanism, sasl);
        for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_schema),
                           m_path->parentWidget(), static_cast<QWidget *>(m_tls)})
            show(w, false);
        show(m_user, sasl);
        show(m_password, sasl);
        if (m_mode == Mode::Copy)
            show(m_reusePassword, sasl);
        if (m_mode == Mode::Edit)
            show(m_clearPassword, sasl);
        show(m_caFile->parentWidget(), tls);
        validate();
        return;
    }
    show(m_saslMechanism, false);
    const auto engine = kEngines.value(m_engine->currentIndex());
    const bool file = engine == ferry::Engine::Sqlite;
    const bool pg = engine == ferry::Engine::PostgreSql;
    show(m_host, !file);
    show(m_port, !file);
    show(m_user, !file);
    show(m_password, !file);
    if (m_mode == Mode::Copy)
        show(m_reusePassword, !file);
    if (m_mode == Mode::Edit)
        show(m_clearPassword, !file);
    show(m_database, !file);
    show(m_schema, pg);
    show(m_path->parentWidget(), file);
    show(m_tls, !file);
    show(m_caFile->parentWidget(), !file);
    // Switching engines moves the port to the new engine's default unless the user typed one.
    const int previousDefault = m_port->property("defaultPort").toInt();
    if (m_port->value() == 0 || m_port->value() == previousDefault)
        m_port->setValue(engines::defaultPort(engine));
    m_port->setProperty("defaultPort", engines::defaultPort(engine));
    validate();
}

Endpoint DataSourceDialog::typedEndpoint() const
{
    Endpoint e;
    e.engine = kEngines.value(m_engine->currentIndex());
    e.host = m_host->text().trimmed();
    e.port = m_port->value();
    e.user = m_user->text();
    e.password = m_password->text();
    e.database = m_database->text().trimmed();
    e.schema = m_schema->text().trimmed();
    e.path = m_path->text().trimmed();
    e.tlsMode = engines::parseTlsMode(m_tls->currentData().toString()).value_or(TlsMode::Prefer);
    e.caFile = m_caFile->text().trimmed();
    return e;
}

DataSource DataSourceDialog::dataSource() const
{
    DataSource s = m_initial;
    if (m_mode != Mode::Edit) {
        s.id = 0;
        s.uuid.clear();
    }
    s.name = m_name->text().trimmed();
    if (kafkaSelected()) {
        s.endpoint = Endpoint();
        s.kafka = typedKafka();
        s.kafka->password.clear();
        s.remark = m_remark->text();
        return s;
    }
    s.kafka.reset();
    s.endpoint = typedEndpoint();
    s.endpoint.password.clear();
    s.remark = m_remark->text();
    return s;
}

PasswordChange DataSourceDialog::passwordChange() const
{
    if (m_mode == Mode::Edit) {
        if (m_clearPassword->isChecked())
            return PasswordChange::clear();
        return m_password->text().isEmpty() ? PasswordChange::keep()
                                            : PasswordChange::set(m_password->text());
    }
    if (m_mode == Mode::Copy && reusesPassword())
        return PasswordChange::keep();
    return m_password->text().isEmpty() ? PasswordChange::clear()
                                        : PasswordChange::set(m_password->text());
}

bool DataSourceDialog::reusesPassword() const
{
    return m_mode == Mode::Copy && m_reusePassword->isChecked();
}

void DataSourceDialog::validate()
{
    m_password->setEnabled(!(m_mode == Mode::Edit && m_clearPassword->isChecked())
                           && !(m_mode == Mode::Copy && m_reusePassword->isChecked()));
    const auto tls = engines::parseTlsMode(m_tls->currentData().toString());
    const bool verify = tls && (*tls == TlsMode::VerifyCa || *tls == TlsMode::VerifyFull);
    m_caFile->setEnabled(verify || kafkaSelected());
    m_browseCa->setEnabled(verify || kafkaSelected());

    DataSource s = dataSource();
    Status ok = datasources::validate(s);
    if (ok && !kafkaSelected() && verify && s.endpoint.caFile.isEmpty())
        ok = fail(Error::Code::InvalidInput,
                  tr("TLS mode %1 needs the CA file of the server").arg(engines::tlsModeId(*tls)),
                  tr("Choose the PEM file, or use 'require' to encrypt without verifying."));
    if (!m_saving)
        m_validation->setText(ok ? QString() : ok.error().text());
    m_saveButton->setEnabled(ok.has_value() && !m_saving);
    m_testButton->setEnabled(ok.has_value());
}

void DataSourceDialog::saveFinished(const Status &result)
{
    m_saving = false;
    if (result) {
        accept();
        return;
    }
    validate();
    m_validation->setText(result.error().text());
}

void DataSourceDialog::testConnection()
{
    const int generation = ++m_testGeneration;
    m_testButton->setEnabled(false);
    const bool kafka = kafkaSelected();
    const KafkaTarget typedCluster = typedKafka();
    m_testStatus->setText(
        tr("Testing %1…")
            .arg(kafka ? typedCluster.bootstrapServers : typedEndpoint().displayAddress()));
    m_testStatus->setStyleSheet(QStringLiteral("color: #2f6fb0; font-weight: 600;"));
    Endpoint typed = typedEndpoint();
    const bool reuseSaved =
        (m_mode == Mode::Edit && typed.password.isEmpty() && !m_clearPassword->isChecked())
        || reusesPassword();
    EndpointResolver resolver = reuseSaved ? m_resolver : EndpointResolver();
    runAsync(
        this,
        [typed, resolver, kafka, typedCluster]() -> Result<ProbeReport> {
            Endpoint endpoint = typed;
            if (resolver) {
                auto resolved = resolver(typed);
                if (!resolved)
                    return std::unexpected(resolved.error());
                endpoint = *resolved;
            }
            if (kafka) {
                KafkaTarget cluster = typedCluster;
                if (!cluster.saslMechanism.isEmpty())
                    cluster.password = endpoint.password;
                return DataSourceService::testUnsavedKafka(cluster);
            }
            return DataSourceService::testUnsaved(endpoint);
        },
        [this, generation](const Result<ProbeReport> &result) {
            if (generation != m_testGeneration)
                return; // the user started another test since
            showTestResult(result);
        });
}

void DataSourceDialog::showTestResult(const Result<ProbeReport> &result)
{
    validate();
    if (!result) {
        m_testStatus->setText(tr("Connection failed: %1").arg(result.error().text()));
        m_testStatus->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
        m_findings->setFindings({});
        m_findingsView->hide();
        return;
    }
    m_testStatus->setText(tr("Connected to %1 %2 in %3 ms.")
                              .arg(result->product, result->serverVersion)
                              .arg(result->connectMs));
    m_testStatus->setStyleSheet(QStringLiteral("color: #1f7a4d; font-weight: 600;"));
    m_findings->setFindings(result->findings);
    m_findingsView->show();
    m_findingsView->resizeRowsToContents();
    emit tested(*result);
}

} // namespace ferry::ui
