#pragma once

#include "admin/alertchannels.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QLabel;

namespace ferry::ui {

// Adds or edits an alert channel of any kind: a webhook URL, a command line, an SMTP relay
// (host, port, TLS, sender, recipients, user and password, CA file) or the system tray.
// Only collects values; the page hands them to the core on a worker.
class AlertChannelDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` set: edit it (the name fixed; an empty password keeps the saved one).
    explicit AlertChannelDialog(const std::optional<AlertChannel> &existing,
                                QWidget *parent = nullptr);

    AlertChannel channel() const;
    // The SMTP password typed, std::nullopt when none was (keep the saved one).
    std::optional<QString> password() const;

private:
    void updateKind();

    QLineEdit *m_name;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLineEdit *m_url;
    QLineEdit *m_command;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_tls;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
};

} // namespace ferry::ui
