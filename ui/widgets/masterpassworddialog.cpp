#include "masterpassworddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::ui {

MasterPasswordDialog::MasterPasswordDialog(const QString &vaultPath, bool create, QWidget *parent)
    : QDialog(parent)
    , m_create(create)
{
    setWindowTitle(create ? tr("Create the secret vault") : tr("Unlock the secret vault"));
    setObjectName(QStringLiteral("masterPasswordDialog"));
    auto *intro = new QLabel(
        create ? tr("No OS keychain is reachable, so Ferry keeps passwords in an encrypted "
                    "vault:\n%1\nChoose a master password. It cannot be recovered: without it "
                    "the saved passwords must be entered again.")
                     .arg(vaultPath)
               : tr("Saved passwords are in the encrypted vault\n%1\nEnter its master password.")
                     .arg(vaultPath));
    intro->setWordWrap(true);

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("masterPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("Master password:"), m_password);
    if (create) {
        m_repeat = new QLineEdit;
        m_repeat->setObjectName(QStringLiteral("masterPasswordRepeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Repeat:"), m_repeat);
        connect(m_repeat, &QLineEdit::textChanged, this, &MasterPasswordDialog::updateButtons);
    }
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(create ? tr("Create vault") : tr("Unlock"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &MasterPasswordDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateButtons();
    resize(460, sizeHint().height());
}

QString MasterPasswordDialog::password() const
{
    return m_password->text();
}

void MasterPasswordDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_password->selectAll();
    m_password->setFocus();
}

void MasterPasswordDialog::updateButtons()
{
    bool ok = !m_password->text().isEmpty();
    if (m_create) {
        ok = ok && m_repeat->text() == m_password->text();
        if (!m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
            setError(tr("The two passwords differ."));
        else
            m_error->hide();
    }
    m_ok->setEnabled(ok);
}

} // namespace ferry::ui
