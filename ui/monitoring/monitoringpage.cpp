#include "monitoringpage.h"

#include "consolecontext.h"
#include "widgets/async.h"
#include "widgets/pageheader.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

// The last `maxBytes` of the log, split into lines (the first, partial line dropped).
QStringList tail(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    const qint64 start = std::max<qint64>(0, size - maxBytes);
    file.seek(start);
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (start > 0 && !lines.isEmpty())
        lines.removeFirst();
    return lines;
}

} // namespace

MonitoringPage::MonitoringPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("monitoringPage"));
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_filter->setPlaceholderText(tr("Filter log lines…"));
    m_filter->setClearButtonEnabled(true);
    m_path = new QLabel(tr("Log file: %1").arg(context->logFile()));
    m_path->setObjectName(QStringLiteral("mutedLabel"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log = new QPlainTextEdit;
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(5000);
    QFont mono(QStringLiteral("Monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSize(9);
    m_log->setFont(mono);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    auto *header = new PageHeader(tr("O&M and Monitoring"),
                                  tr("What Ferry is doing: its log, followed live."));
    header->addAction(m_filter);
    layout->addWidget(header);
    layout->addWidget(m_path);
    layout->addWidget(m_log, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &MonitoringPage::refresh);
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        const QString f = m_filter->text();
        QStringList shown;
        for (const QString &line : std::as_const(m_lines))
            if (f.isEmpty() || line.contains(f, Qt::CaseInsensitive))
                shown.append(line);
        m_log->setPlainText(shown.join(u'\n'));
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    });
}

void MonitoringPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void MonitoringPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void MonitoringPage::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    runAsync(
        this, [path = m_context->logFile()] { return tail(path, 256 * 1024); },
        [this](const QStringList &lines) {
            m_loading = false;
            if (lines == m_lines)
                return;
            m_lines = lines;
            if (m_lines.isEmpty()) {
                m_log->setPlainText(tr("The log is empty."));
                return;
            }
            emit m_filter->textChanged(m_filter->text());
        });
}

} // namespace ferry::ui
