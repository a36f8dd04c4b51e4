#include "alertchanneldialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ferry::ui {

namespace {

QLineEdit *edit(const QString &objectName, const QString &placeholder = {})
{
    auto *e = new QLineEdit;
    e->setObjectName(objectName);
    e->setPlaceholderText(placeholder);
    return e;
}

QWidget *formPage(QFormLayout **form)
{
    auto *page = new QWidget;
    *form = new QFormLayout(page);
    (*form)->setContentsMargins(0, 0, 0, 0);
    return page;
}

} // namespace

AlertChannelDialog::AlertChannelDialog(const std::optional<AlertChannel> &existing, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"alertChannelDialog"_s);
    setWindowTitle(existing ? tr("Edit alert channel %1").arg(existing->name)
                            : tr("Add alert channel"));
    m_name = edit(u"channelName"_s, tr("ops-mail"));
    m_kind = new QComboBox;
    m_kind->setObjectName(u"channelKind"_s);
    m_kind->addItem(tr("Webhook (JSON POST)"), u"webhook"_s);
    m_kind->addItem(tr("Local command"), u"command"_s);
    m_kind->addItem(tr("Mail (SMTP relay)"), u"smtp"_s);
    m_kind->addItem(tr("Desktop notification (system tray)"), u"tray"_s);

    m_pages = new QStackedWidget;
    QFormLayout *form = nullptr;
    QWidget *webhook = formPage(&form);
    m_url = edit(u"channelUrl"_s, u"http://10.0.0.7:8080/alerts"_s);
    form->addRow(tr("URL"), m_url);
    m_pages->addWidget(webhook);

    QWidget *command = formPage(&form);
    m_command = edit(u"channelCommand"_s, u"/usr/local/bin/page-dba --team db"_s);
    form->addRow(tr("Command"), m_command);
    auto *commandNote = new QLabel(tr("The alert as JSON on its standard input and in "
                                      "FERRY_ALERT_LEVEL, _TITLE, _TEXT, _PROJECT."));
    commandNote->setWordWrap(true);
    commandNote->setProperty("role", u"hint"_s);
    form->addRow(commandNote);
    m_pages->addWidget(command);

    QWidget *smtp = formPage(&form);
    m_host = edit(u"smtpHost"_s, u"mail.lan"_s);
    m_port = new QSpinBox;
    m_port->setObjectName(u"smtpPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(25);
    m_tls = new QComboBox;
    m_tls->setObjectName(u"smtpTls"_s);
    m_tls->addItem(tr("STARTTLS, required"), smtpsecurity::id(SmtpSecurity::StartTls));
    m_tls->addItem(tr("STARTTLS when offered"), smtpsecurity::id(SmtpSecurity::StartTlsOptional));
    m_tls->addItem(tr("None (plain SMTP)"), smtpsecurity::id(SmtpSecurity::None));
    m_tls->addItem(tr("TLS from the start (SMTPS)"), smtpsecurity::id(SmtpSecurity::Smtps));
    m_from = edit(u"smtpFrom"_s, u"ferry@db.lan"_s);
    m_to = edit(u"smtpTo"_s, tr("dba@db.lan, oncall@db.lan"));
    m_user = edit(u"smtpUser"_s, tr("none: no AUTH"));
    m_password =
        edit(u"smtpPassword"_s,
             existing && existing->hasPassword ? tr("(saved: leave empty to keep)") : QString());
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile = edit(u"smtpCaFile"_s, tr("PEM of a private CA (optional)"));
    form->addRow(tr("Relay host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("TLS"), m_tls);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("CA file"), m_caFile);
    m_pages->addWidget(smtp);

    QWidget *tray = formPage(&form);
    auto *trayNote = new QLabel(tr("Shown by the console in the system tray. Headless runs "
                                   "record it as not shown; an open console then shows it."));
    trayNote->setWordWrap(true);
    trayNote->setProperty("role", u"hint"_s);
    form->addRow(trayNote);
    m_pages->addWidget(tray);

    auto *top = new QFormLayout;
    top->addRow(tr("Name"), m_name);
    top->addRow(tr("Kind"), m_kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"channelOk"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertChannelDialog::updateKind);
    connect(m_tls, &QComboBox::currentIndexChanged, this, [this] {
        if (m_tls->currentData().toString() == smtpsecurity::id(SmtpSecurity::Smtps)
            && m_port->value() == 25)
            m_port->setValue(465);
    });

    if (existing) {
        m_name->setText(existing->name);
        m_name->setEnabled(false);
        m_kind->setCurrentIndex(m_kind->findData(existing->kindId()));
        m_url->setText(existing->kind == AlertChannel::Kind::Webhook ? existing->target
                                                                     : QString());
        m_command->setText(existing->kind == AlertChannel::Kind::Command ? existing->target
                                                                         : QString());
        if (existing->kind == AlertChannel::Kind::Smtp) {
            m_host->setText(existing->smtp.host);
            m_port->setValue(existing->smtp.port);
            m_tls->setCurrentIndex(m_tls->findData(smtpsecurity::id(existing->smtp.security)));
            m_from->setText(existing->smtp.from);
            m_to->setText(existing->smtp.to.join(u", "_s));
            m_user->setText(existing->smtp.user);
            m_caFile->setText(existing->smtp.caFile);
        }
    }
    updateKind();
}

void AlertChannelDialog::updateKind()
{
    m_pages->setCurrentIndex(m_kind->currentIndex());
}

AlertChannel AlertChannelDialog::channel() const
{
    AlertChannel c;
    c.name = m_name->text().trimmed();
    c.kind = AlertChannel::kindFromId(m_kind->currentData().toString())
                 .value_or(AlertChannel::Kind::Webhook);
    switch (c.kind) {
    case AlertChannel::Kind::Webhook: c.target = m_url->text().trimmed(); break;
    case AlertChannel::Kind::Command: c.target = m_command->text().trimmed(); break;
    case AlertChannel::Kind::Smtp:
        c.smtp.host = m_host->text().trimmed();
        c.smtp.port = m_port->value();
        c.smtp.security =
            smtpsecurity::fromId(m_tls->currentData().toString()).value_or(SmtpSecurity::StartTls);
        c.smtp.from = m_from->text().trimmed();
        for (const QString &to : m_to->text().split(u',', Qt::SkipEmptyParts))
            c.smtp.to << to.trimmed();
        c.smtp.user = m_user->text().trimmed();
        c.smtp.caFile = m_caFile->text().trimmed();
        break;
    case AlertChannel::Kind::Tray: break;
    }
    return c;
}

std::optional<QString> AlertChannelDialog::password() const
{
    if (m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

} // namespace ferry::ui
