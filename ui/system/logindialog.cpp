#include "logindialog.h"

#include "admin/userservice.h"
#include "consolecontext.h"
#include "widgets/async.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::ui {

LoginDialog::LoginDialog(ConsoleContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to Ferry"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->hide();

    auto *intro = new QLabel(tr("Several people work with this store (%1). Say who you are: "
                                "what you may do follows your role.")
                                 .arg(context->storePath()));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Sign in"));
    m_ok->setObjectName(QStringLiteral("loginButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
    updateButtons();
}

void LoginDialog::updateButtons()
{
    m_ok->setEnabled(!m_user->text().trimmed().isEmpty());
}

void LoginDialog::signIn()
{
    m_ok->setEnabled(false);
    m_error->hide();
    runAsync(
        this,
        [store = m_context->store(), name = m_user->text().trimmed(),
         password = m_password->text()] { return UserService(store).signIn(name, password); },
        [this](const Result<Actor> &actor) {
            updateButtons();
            if (!actor) {
                m_error->setText(actor.error().message);
                m_error->show();
                m_password->selectAll();
                m_password->setFocus();
                return;
            }
            m_context->signedIn(*actor);
            accept();
        });
}

} // namespace ferry::ui
