#include "monitoringpage.h"

#include "componentstab.h"
#include "consolecontext.h"
#include "metricstab.h"
#include "widgets/async.h"
#include "widgets/pageheader.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabWidget>
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

QStringList MonitoringPage::tabIds()
{
    return {QStringLiteral("components"), QStringLiteral("metrics"), QStringLiteral("risks"),
            QStringLiteral("logs"), QStringLiteral("diagnosis")};
}

MonitoringPage::MonitoringPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("monitoringPage"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("monitoringTabs"));
    m_components = new ComponentsTab(context);
    m_metrics = new MetricsTab(context);
    m_tabs->addTab(m_components, tr("Components"));
    m_tabs->addTab(m_metrics, tr("Metrics"));
    // Built beside this page (RisksTab, LogsTab, DiagnosisTab) and set with setTabWidget().
    m_tabs->addTab(placeholder(tr("The risk board is not part of this build yet."),
                               QStringLiteral("risksPlaceholder")),
                   tr("Risks"));
    m_tabs->addTab(logTail(), tr("Logs"));
    m_tabs->addTab(placeholder(tr("The diagnostic bundle is not part of this build yet."),
                               QStringLiteral("diagnosisPlaceholder")),
                   tr("Diagnosis"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(new PageHeader(tr("O&M and Monitoring"),
                                     tr("Every running component, the metrics history, risks, "
                                        "logs and diagnosis.")));
    layout->addWidget(m_tabs, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &MonitoringPage::refresh);
}

void MonitoringPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

MonitoringPage::Tab MonitoringPage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void MonitoringPage::setTabWidget(Tab tab, QWidget *widget)
{
    const int index = int(tab);
    const QString label = m_tabs->tabText(index);
    const bool current = m_tabs->currentIndex() == index;
    QWidget *old = m_tabs->widget(index);
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, widget, label);
    if (m_log && old == m_log->parentWidget()) {
        m_timer->stop();
        m_log = nullptr;
        m_filter = nullptr;
    }
    old->deleteLater();
    if (current)
        m_tabs->setCurrentIndex(index);
}

QWidget *MonitoringPage::placeholder(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

// Ferry's own log, followed live and searchable: the Logs tab until LogsTab takes its place.
QWidget *MonitoringPage::logTail()
{
    auto *tab = new QWidget;
    tab->setObjectName(QStringLiteral("logTailTab"));
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_filter->setPlaceholderText(tr("Filter log lines…"));
    m_filter->setClearButtonEnabled(true);
    auto *path = new QLabel(tr("Log file: %1").arg(m_context->logFile()));
    path->setObjectName(QStringLiteral("mutedLabel"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log = new QPlainTextEdit;
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(5000);
    QFont mono(QStringLiteral("Monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSize(9);
    m_log->setFont(mono);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(path);
    layout->addWidget(m_log, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (!m_log)
            return;
        const QString f = m_filter->text();
        QStringList shown;
        for (const QString &line : std::as_const(m_lines))
            if (f.isEmpty() || line.contains(f, Qt::CaseInsensitive))
                shown.append(line);
        m_log->setPlainText(shown.join(u'\n'));
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    });
    return tab;
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
    if (m_loading || !m_log)
        return;
    m_loading = true;
    runAsync(
        this, [path = m_context->logFile()] { return tail(path, 256 * 1024); },
        [this](const QStringList &lines) {
            m_loading = false;
            if (!m_log || lines == m_lines)
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
