#include "listdetailssplitter.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace ferry::ui {

QSplitter *listAboveDetails(QWidget *list, QWidget *empty, QWidget *details, int listHeight,
                            int detailsHeight)
{
    auto *listArea = new QWidget;
    auto *listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(list);
    listLayout->addWidget(empty);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(listArea);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    listArea->setMinimumHeight(120);
    splitter->setSizes({listHeight, detailsHeight});
    return splitter;
}

} // namespace ferry::ui
