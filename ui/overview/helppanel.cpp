#include "helppanel.h"

#include "common/language.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ferry::ui {

namespace {

// The page in the console's language (help/<lang>/), else the English one.
QUrl topicUrl(const QString &id)
{
    const QString localized = u":/ferry/help/%1/%2.html"_s.arg(language::current(), id);
    if (language::current() != u"en" && QFile::exists(localized))
        return QUrl(u"qrc"_s + localized);
    return QUrl(u"qrc:/ferry/help/%1.html"_s.arg(id));
}

// QTextDocument's CSS subset, in the console's palette. Headings keep their default sizes:
// QTextDocument adds its heading size on top of a CSS font-size. Pages start at <h2>.
const auto kHelpStyle = uR"(
body { color: #24303e; }
h2 { color: #1d2a3a; margin-top: 0; margin-bottom: 6px; }
h3 { color: #1d2a3a; margin-top: 12px; margin-bottom: 4px; }
p, li, dd { margin-bottom: 4px; }
dt { font-weight: 600; color: #1d2a3a; margin-top: 6px; }
code { font-family: monospace; color: #1d2a3a; background-color: #eef1f5; }
pre { font-family: monospace; background-color: #f4f6f9; margin: 4px 0 8px 0; }
a { color: #2f6fb0; text-decoration: none; }
.note { color: #6b4a00; background-color: #fff6e0; }
.muted { color: #6b7a8c; }
)"_s;

} // namespace

HelpPanel::HelpPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"card"_s);
    auto *title = new QLabel(tr("Help"));
    title->setObjectName(u"sectionTitle"_s);
    auto *subtitle = new QLabel(tr("Concepts and procedures, offline"));
    subtitle->setObjectName(u"mutedLabel"_s);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(subtitle);

    m_topics = new QListWidget;
    m_topics->setObjectName(u"helpTopics"_s);
    m_topics->setFixedWidth(190);
    m_topics->setStyleSheet(
        u"QListWidget { border: none; border-right: 1px solid #e6eaf0; background: #ffffff; }"
        "QListWidget::item { padding: 5px 8px; color: #24303e; }"
        "QListWidget::item:selected { background: #e4eef9; color: #1d2a3a; }"_s);
    for (const Topic &topic : topics()) {
        auto *item = new QListWidgetItem(topic.title, m_topics);
        item->setData(Qt::UserRole, topic.id);
    }

    m_browser = new QTextBrowser;
    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setStyleSheet(u"QTextBrowser { border: none; padding: 0 4px; }"_s);
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDefaultStyleSheet(kHelpStyle);
    m_browser->document()->setDocumentMargin(6);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpPanel::followSource);

    auto *body = new QHBoxLayout;
    body->setSpacing(8);
    body->addWidget(m_topics);
    body->addWidget(m_browser, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addLayout(body, 1);

    connect(m_topics, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showTopic(item->data(Qt::UserRole).toString());
    });
    m_topics->setCurrentRow(0);
}

QList<HelpPanel::Topic> HelpPanel::topics()
{
    return {
        {u"concepts"_s, tr("Concepts")},
        {u"create-migration"_s, tr("Create a migration")},
        {u"cut-over"_s, tr("Verify and cut over")},
        {u"roll-back"_s, tr("Roll back")},
        {u"files-and-commands"_s, tr("Files and commands")},
    };
}

void HelpPanel::showTopic(const QString &topic)
{
    const QUrl url = topicUrl(topic);
    if (m_browser->source() != url)
        m_browser->setSource(url);
}

void HelpPanel::followSource(const QUrl &url)
{
    // A link inside a page opened another topic: select it in the list.
    const QString id = QFileInfo(url.path()).completeBaseName();
    for (int row = 0; row < m_topics->count(); ++row) {
        if (m_topics->item(row)->data(Qt::UserRole).toString() == id) {
            QSignalBlocker block(m_topics);
            m_topics->setCurrentRow(row);
            return;
        }
    }
}

} // namespace ferry::ui
