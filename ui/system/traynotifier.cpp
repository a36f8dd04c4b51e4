#include "traynotifier.h"

#include "admin/alertchannels.h"
#include "consolecontext.h"
#include "widgets/async.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ferry::ui {

namespace {
constexpr int kPollMs = 5000;
}

TrayNotifier::TrayNotifier(ConsoleContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_timer(new QTimer(this))
    , m_since(QDateTime::currentDateTimeUtc())
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_icon->setToolTip(tr("Ferry"));
        m_icon->show();
    }
    AlertChannels::setDesktopPresent(m_icon != nullptr);
    connect(m_timer, &QTimer::timeout, this, &TrayNotifier::poll);
    connect(context, &ConsoleContext::alertsChanged, this, &TrayNotifier::poll);
    m_timer->start(kPollMs);
}

TrayNotifier::~TrayNotifier()
{
    AlertChannels::setDesktopPresent(false);
}

bool TrayNotifier::available() const
{
    return m_icon != nullptr;
}

void TrayNotifier::poll()
{
    if (!m_icon || m_polling)
        return;
    m_polling = true;
    runAsync(
        this,
        [store = m_context->store(), since = m_since] {
            AlertChannels channels(store);
            QList<AlertNotification> claimed;
            auto pending = channels.notificationsToShow(since);
            if (!pending)
                return claimed;
            for (const AlertNotification &n : std::as_const(*pending)) {
                auto mine = channels.claimShown(n.id, u"shown"_s, u"shown in the system tray"_s);
                if (mine && *mine)
                    claimed.append(n);
            }
            return claimed;
        },
        [this](const QList<AlertNotification> &claimed) {
            m_polling = false;
            for (const AlertNotification &n : claimed) {
                const QSystemTrayIcon::MessageIcon icon = n.level == u"critical"
                    ? QSystemTrayIcon::Critical
                    : n.level == u"warning" ? QSystemTrayIcon::Warning
                                            : QSystemTrayIcon::Information;
                m_icon->showMessage(n.title, n.text, icon, 15000);
                emit shown(n.title, n.text);
            }
        });
}

} // namespace ferry::ui
