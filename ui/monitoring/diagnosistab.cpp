#include "diagnosistab.h"

#include "alerts/risklagthresholds.h"
#include "consolecontext.h"
#include "monitor/diagnosticbundle.h"
#include "monitor/riskboard.h"
#include "widgets/async.h"
#include "widgets/icons.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ferry::ui {

DiagnosisTab::DiagnosisTab(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"diagnosisTab"_s);
    m_diagnosis = new QPlainTextEdit;
    m_diagnosis->setObjectName(u"diagnosisText"_s);
    m_diagnosis->setReadOnly(true);
    m_diagnosis->setPlaceholderText(tr("Press Diagnose to look at every project's risks."));
    m_refresh = new QPushButton(icons::get(u"action/refresh"_s), tr("Diagnose"));
    m_refresh->setObjectName(u"refreshDiagnosis"_s);
    connect(m_refresh, &QPushButton::clicked, this, &DiagnosisTab::refreshDiagnosis);

    m_folder = new QLineEdit(QFileInfo(context->storePath()).absolutePath());
    m_folder->setObjectName(u"bundleFolder"_s);
    m_browse = new QPushButton(tr("Browse…"));
    m_browse->setObjectName(u"bundleBrowse"_s);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder for the bundle"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    m_write = new QPushButton(icons::get(u"action/export"_s), tr("Write diagnostic bundle"));
    m_write->setObjectName(u"writeBundle"_s);
    connect(m_write, &QPushButton::clicked, this, &DiagnosisTab::writeBundle);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"bundleProgress"_s);
    m_progress->setVisible(false);
    m_result = new QLabel(tr("One .tar.gz with the logs, definitions, server versions, the risk "
                             "board, metrics and versions; passwords and secrets removed."));
    m_result->setObjectName(u"bundleResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bundleBox = new QGroupBox(tr("Diagnostic bundle"));
    auto *bundleRow = new QHBoxLayout;
    bundleRow->addWidget(new QLabel(tr("Folder:")));
    bundleRow->addWidget(m_folder, 1);
    bundleRow->addWidget(m_browse);
    bundleRow->addWidget(m_write);
    auto *bundleLayout = new QVBoxLayout(bundleBox);
    bundleLayout->addLayout(bundleRow);
    bundleLayout->addWidget(m_progress);
    bundleLayout->addWidget(m_result);

    auto *diagnosisBox = new QGroupBox(tr("Diagnosis: risks and failed steps"));
    auto *diagnosisLayout = new QVBoxLayout(diagnosisBox);
    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(m_refresh);
    diagnosisLayout->addLayout(top);
    diagnosisLayout->addWidget(m_diagnosis, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(bundleBox);
    layout->addWidget(diagnosisBox, 1);
}

void DiagnosisTab::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void DiagnosisTab::refreshDiagnosis()
{
    m_refresh->setEnabled(false);
    m_diagnosis->setPlainText(tr("Looking at every project's sources…"));
    runAsync(
        this,
        [store = m_context->store(), context = m_context]() {
            // Two looks 2 s apart: the streams' rates need both.
            RiskBoard board(
                store, [context] { return context->secrets(); }, withAlertLagThresholds(store));
            return board.assess(2000);
        },
        [this](const Result<QList<Risk>> &risks) {
            m_refresh->setEnabled(true);
            const QString text = risks
                ? diagnosisText(*risks)
                : tr("The risk board could not look: %1").arg(risks.error().text());
            m_diagnosis->setPlainText(text);
            emit diagnosisShown(text);
        });
}

void DiagnosisTab::writeBundle()
{
    if (m_writing)
        return;
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        m_result->setText(tr("%1 is not a folder: choose one that exists.").arg(folder));
        emit bundleWritten(QString());
        return;
    }
    const QString path = QDir(folder).filePath(u"ferry-diag-%1.tar.gz"_s.arg(
        QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s)));
    m_writing = true;
    m_write->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_result->setText(tr("Writing %1…").arg(path));
    QPointer<DiagnosisTab> self(this);
    BundleOptions options;
    options.store = m_context->store();
    ConsoleContext *context = m_context;
    options.openSecrets = [context] {
        return context->secrets();
    };
    options.logFile = m_context->logFile();
    options.riskSampleMs = 2000;
    options.progress = [self](const BundleProgress &p) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, p] {
                if (!self)
                    return;
                self->m_progress->setRange(0, p.total);
                self->m_progress->setValue(p.done);
                self->m_progress->setFormat(tr("%1 (%p%)").arg(p.step));
            },
            Qt::QueuedConnection);
    };
    runAsync(
        this,
        [path, options]() mutable {
            options.risks = withAlertLagThresholds(options.store);
            return writeDiagnosticBundle(path, options);
        },
        [this](const Result<BundleResult> &written) {
            m_writing = false;
            m_write->setEnabled(true);
            m_progress->setVisible(false);
            if (!written) {
                m_result->setText(
                    tr("The bundle could not be written: %1").arg(written.error().text()));
                emit bundleWritten(QString());
                return;
            }
            QString text = tr("Written: %1 (%2 files, %3 KiB)")
                               .arg(written->path)
                               .arg(written->files.size())
                               .arg((written->bytes + 1023) / 1024);
            if (!written->notes.isEmpty())
                text += u'\n' + tr("Not collected: %1").arg(written->notes.join(u"; "_s));
            m_result->setText(text);
            emit bundleWritten(written->path);
        });
}

} // namespace ferry::ui
