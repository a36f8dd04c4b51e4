#pragma once

// Collects what one logging category prints while a LogCapture lives (one at a time).

#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include <cstring>

namespace ferry::test {

class LogCapture
{
public:
    using Message = QPair<QtMsgType, QString>;

    explicit LogCapture(const char *category)
    {
        s_category = category;
        s_messages.clear();
        m_previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (context.category && std::strcmp(context.category, s_category) == 0)
                    s_messages.append({type, message});
            });
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    const QList<Message> &messages() const { return s_messages; }

private:
    QtMessageHandler m_previous;
    static inline const char *s_category = nullptr;
    static inline QList<Message> s_messages;
};

} // namespace ferry::test
