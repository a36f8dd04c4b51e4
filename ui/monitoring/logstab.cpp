#include "logstab.h"

#include "consolecontext.h"
#include "project/projectservice.h"
#include "store/metastore.h"
#include "widgets/async.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ferry::ui {

namespace {

constexpr int kShownLines = 5000;

} // namespace

LogsTab::LogsTab(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_path(context->logFile())
{
    setObjectName(u"logsTab"_s);
    m_scope = new QComboBox;
    m_scope->setObjectName(u"logScope"_s);
    m_scope->addItem(tr("All of Ferry"), QString());
    m_level = new QComboBox;
    m_level->setObjectName(u"logLevel"_s);
    m_level->addItem(tr("Debug and above"), u"debug"_s);
    m_level->addItem(tr("Info and above"), u"info"_s);
    m_level->addItem(tr("Warnings and errors"), u"warning"_s);
    m_level->addItem(tr("Critical only"), u"critical"_s);
    m_text = new QLineEdit;
    m_text->setObjectName(u"logText"_s);
    m_text->setPlaceholderText(tr("Text in the line…"));
    m_text->setClearButtonEnabled(true);
    m_category = new QLineEdit;
    m_category->setObjectName(u"logCategory"_s);
    m_category->setPlaceholderText(tr("Category (ferry.engine)…"));
    m_category->setClearButtonEnabled(true);
    m_thread = new QLineEdit;
    m_thread->setObjectName(u"logThread"_s);
    m_thread->setPlaceholderText(tr("Thread (a component's)…"));
    m_thread->setClearButtonEnabled(true);
    m_live = new QCheckBox(tr("Live tail"));
    m_live->setObjectName(u"logLiveTail"_s);
    m_live->setChecked(true);
    m_firstError = new QPushButton(tr("First error"));
    m_firstError->setObjectName(u"logFirstError"_s);
    m_view = new QPlainTextEdit;
    m_view->setObjectName(u"logView"_s);
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(kShownLines);
    QFont mono(u"Monospace"_s);
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSize(9);
    m_view->setFont(mono);
    m_status = new QLabel;
    m_status->setObjectName(u"logStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_level);
    filters->addWidget(m_text, 2);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_thread, 1);
    filters->addWidget(m_live);
    filters->addWidget(m_firstError);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &LogsTab::reload);
    for (QLineEdit *edit : {m_text, m_category, m_thread})
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogsTab::reload);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_runIds.clear();
        const QString project = m_scope->currentData().toString();
        if (project.isEmpty()) {
            reload();
            return;
        }
        // The project's run ids name its lines too.
        runAsync(
            this,
            [store = m_context->store(), project]() {
                QStringList ids;
                auto q = store->exec(u"SELECT h.run_id FROM run_heartbeat h JOIN project p "
                                     "ON p.id = h.project_id WHERE p.name = ?"_s,
                                     {project});
                if (q)
                    while (q->next())
                        ids.append(q->value(0).toString());
                return ids;
            },
            [this, project](const QStringList &ids) {
                if (m_scope->currentData().toString() == project)
                    m_runIds = ids;
                reload();
            });
    });
    connect(m_firstError, &QPushButton::clicked, this, &LogsTab::showFirstError);
    m_tailTimer = new QTimer(this);
    m_tailTimer->setInterval(1000);
    connect(m_tailTimer, &QTimer::timeout, this, &LogsTab::tail);
    connect(m_live, &QCheckBox::toggled, this, [this](bool on) {
        if (on && isVisible())
            m_tailTimer->start();
        else
            m_tailTimer->stop();
    });
}

void LogsTab::setLogFile(const QString &path)
{
    m_path = path;
    reload();
}

LogQuery LogsTab::query() const
{
    LogQuery q;
    const QString project = m_scope->currentData().toString();
    if (!project.isEmpty())
        q.terms = QStringList {project} + m_runIds;
    q.minLevel = m_level->currentData().toString();
    q.text = m_text->text().trimmed();
    q.category = m_category->text().trimmed();
    q.thread = m_thread->text().trimmed();
    q.limit = kShownLines;
    return q;
}

void LogsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadProjects();
    reload();
    if (m_live->isChecked())
        m_tailTimer->start();
}

void LogsTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tailTimer->stop();
}

void LogsTab::loadProjects()
{
    runAsync(
        this,
        [projects = m_context->projects()]() {
            QStringList names;
            if (auto all = projects->list(); all)
                for (const ProjectRecord &p : *all)
                    names.append(p.name());
            return names;
        },
        [this](const QStringList &names) {
            const QString current = m_scope->currentData().toString();
            QSignalBlocker block(m_scope);
            while (m_scope->count() > 1)
                m_scope->removeItem(1);
            for (const QString &n : names)
                m_scope->addItem(tr("Project %1").arg(n), n);
            const int at = m_scope->findData(current);
            m_scope->setCurrentIndex(at < 0 ? 0 : at);
        });
}

void LogsTab::reload()
{
    // A new reader: its first follow() reads what the files hold, later ones the new lines.
    m_reader = std::make_shared<LogReader>(m_path);
    const int generation = ++m_generation;
    m_reading = true;
    runAsync(
        this, [reader = m_reader, q = query()]() { return reader->follow(q); },
        [this, generation](const Result<QList<LogEntry>> &entries) {
            if (generation != m_generation)
                return; // the filters changed meanwhile
            m_reading = false;
            if (!entries) {
                m_view->setPlainText(entries.error().text());
                m_status->setText(tr("Log file: %1").arg(m_path));
                emit linesShown(0, false);
                return;
            }
            showEntries(*entries, false);
        });
}

void LogsTab::tail()
{
    if (m_reading || !m_reader)
        return;
    const int generation = m_generation;
    m_reading = true;
    runAsync(
        this, [reader = m_reader, q = query()]() { return reader->follow(q); },
        [this, generation](const Result<QList<LogEntry>> &entries) {
            if (generation != m_generation)
                return;
            m_reading = false;
            if (entries && !entries->isEmpty())
                showEntries(*entries, true);
        });
}

void LogsTab::showEntries(const QList<LogEntry> &entries, bool append)
{
    QStringList lines;
    lines.reserve(entries.size());
    for (const LogEntry &e : entries)
        lines.append(e.text());
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    if (append) {
        m_view->appendPlainText(lines.join(u'\n'));
        m_shown = std::min(kShownLines, m_shown + int(lines.size()));
    } else {
        m_view->setPlainText(lines.isEmpty() ? QString() : lines.join(u'\n'));
        m_shown = int(lines.size());
    }
    if (!append || atEnd)
        bar->setValue(bar->maximum());
    m_status->setText(tr("%n line(s) · log file %1", nullptr, m_shown).arg(m_path));
    emit linesShown(int(lines.size()), append);
}

void LogsTab::showFirstError()
{
    m_firstError->setEnabled(false);
    runAsync(
        this, [path = m_path, q = query()]() { return LogReader(path).firstError(q); },
        [this](const Result<std::optional<LogEntry>> &found) {
            m_firstError->setEnabled(true);
            if (!found) {
                m_status->setText(found.error().text());
                emit firstErrorShown(QString());
                return;
            }
            if (!*found) {
                m_status->setText(tr("No warning or error among these lines."));
                emit firstErrorShown(QString());
                return;
            }
            const QString line = (*found)->text().section(u'\n', 0, 0);
            // Selected in place when the view holds it (the filters may hide it: the status
            // line says it whole).
            if (const QTextCursor at = m_view->document()->find(line); !at.isNull()) {
                m_view->setTextCursor(at);
                m_view->centerCursor();
            }
            m_status->setText(
                tr("First error (%1, %2): %3")
                    .arg((*found)->at.toString(Qt::ISODateWithMs), (*found)->file, line));
            emit firstErrorShown(line);
        });
}

} // namespace ferry::ui
