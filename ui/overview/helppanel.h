#pragma once

#include <QFrame>

class QListWidget;
class QTextBrowser;
class QUrl;

namespace ferry::ui {

// The Overview's help: concepts and procedures shipped as HTML in the resources
// (:/ferry/help/*.html), a topic list beside a browser. Works offline.
class HelpPanel : public QFrame
{
    Q_OBJECT

public:
    explicit HelpPanel(QWidget *parent = nullptr);

    // Shows a topic by its file's base name ("concepts").
    void showTopic(const QString &topic);
    QTextBrowser *browser() const { return m_browser; }

    struct Topic
    {
        QString id; // the file's base name under :/ferry/help/
        QString title;
    };
    static QList<Topic> topics();

private:
    void followSource(const QUrl &url);

    QListWidget *m_topics;
    QTextBrowser *m_browser;
};

} // namespace ferry::ui
