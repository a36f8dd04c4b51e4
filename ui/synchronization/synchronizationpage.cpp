#include "synchronizationpage.h"

#include "widgets/emptystate.h"
#include "widgets/pageheader.h"

#include <QVBoxLayout>

namespace ferry::ui {

SynchronizationPage::SynchronizationPage(ConsoleContext *, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("synchronizationPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(new PageHeader(
        tr("Data Synchronization"),
        tr("Real-time change streams from a database into message queues, and logical tables "
           "routed to physical tables.")));
    layout->addWidget(
        new EmptyState(tr("Synchronization projects are not available in this version of "
                          "Ferry.<br>Change streams into Kafka are planned; nothing here runs "
                          "yet.")),
        1);
}

} // namespace ferry::ui
