#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ferry::ui {

class ConsoleContext;

// Asks who is working once the built-in admin has a password; checks the password on a worker
// (Argon2id takes a moment) and signs the user in to the console's context.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(ConsoleContext *context, QWidget *parent = nullptr);

private:
    void signIn();
    void updateButtons();

    ConsoleContext *m_context;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace ferry::ui
