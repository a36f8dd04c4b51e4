#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ferry::ui {

// Asks for the vault's master password, or for a new one (twice) when the vault does not
// exist yet. Shows the previous attempt's error.
class MasterPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    MasterPasswordDialog(const QString &vaultPath, bool create, QWidget *parent = nullptr);

    QString password() const;
    void setError(const QString &message);

private:
    void updateButtons();

    bool m_create;
    QLineEdit *m_password;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace ferry::ui
