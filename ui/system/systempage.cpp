#include "systempage.h"

#include "consolecontext.h"
#include "engines/driver.h"
#include "store/metastore.h"
#include "widgets/async.h"
#include "widgets/pageheader.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace ferry::ui {

SystemPage::SystemPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("systemPage"));
    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("systemFacts"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 12);
    cardLayout->addWidget(m_facts);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(new PageHeader(tr("System Management"),
                                     tr("This installation: its store, secrets, log and "
                                        "libraries.")));
    layout->addWidget(card);
    layout->addStretch(1);
}

void SystemPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SystemPage::refresh()
{
    auto store = m_context->store();
    runAsync(
        this, [store] { return store->schemaVersion(); },
        [this](int version) {
            const auto row = [](const QString &k, const QString &v) {
                return QStringLiteral("<tr><td style='padding:3px 18px 3px 0; color:#5b6b7f'>%1"
                                      "</td><td style='padding:3px 0'>%2</td></tr>")
                    .arg(k, v.toHtmlEscaped());
            };
            QString html = QStringLiteral("<table>");
            html += row(tr("Metadata store"), m_context->storePath());
            html +=
                row(tr("Store schema version"),
                    tr("%1 (this Ferry writes %2)").arg(version).arg(MetaStore::latestVersion()));
            html += row(tr("Passwords"), m_context->secretBackendName());
            html += row(tr("Vault file"), m_context->vaultPath());
            html += row(tr("Log file"), m_context->logFile());
            html += row(tr("Ferry"), QStringLiteral(FERRY_VERSION));
            html += row(tr("Qt"), QString::fromLatin1(qVersion()));
            html += row(tr("Client libraries"),
                        QStringList {Driver::forEngine(Engine::MariaDb).clientLibrary(),
                                     Driver::forEngine(Engine::PostgreSql).clientLibrary(),
                                     Driver::forEngine(Engine::Sqlite).clientLibrary()}
                            .join(u", "));
            html += QStringLiteral("</table>");
            m_facts->setText(html);
        });
}

} // namespace ferry::ui
