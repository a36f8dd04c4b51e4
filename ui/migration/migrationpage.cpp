#include "migrationpage.h"

#include "widgets/emptystate.h"
#include "widgets/pageheader.h"

#include <QVBoxLayout>

namespace ferry::ui {

MigrationPage::MigrationPage(ConsoleContext *, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("migrationPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(new PageHeader(tr("Data Migration"),
                                     tr("Projects that move a database: schema, full data and "
                                        "verification.")));
    layout->addWidget(new EmptyState(tr("No migration projects yet.")), 1);
}

} // namespace ferry::ui
