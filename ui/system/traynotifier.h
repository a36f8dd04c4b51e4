#pragma once

#include <QDateTime>
#include <QObject>

class QSystemTrayIcon;
class QTimer;

namespace ferry::ui {

class ConsoleContext;

// Shows the desktop notifications the core recorded for tray channels (by this console's alert
// evaluation, or by a headless run while the console is open) in the system tray. The store
// is read on a worker; each notification is claimed there first, so two consoles never show
// the same one. UI thread.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(ConsoleContext *context, QObject *parent = nullptr);
    ~TrayNotifier() override;

    // Whether a system tray exists on this desktop (otherwise nothing is shown and the core
    // records tray notifications as not shown).
    bool available() const;

public slots:
    void poll();

signals:
    // After a notification was handed to the tray: its title and text.
    void shown(const QString &title, const QString &text);

private:
    ConsoleContext *m_context;
    QSystemTrayIcon *m_icon = nullptr;
    QTimer *m_timer;
    QDateTime m_since;
    bool m_polling = false;
};

} // namespace ferry::ui
