#pragma once

#include <QIcon>
#include <QString>

namespace ferry::ui::icons {

// Semantic icon names from resources/ferry.qrc: "action/add", "status/ok", "nav/overview".
QIcon get(const QString &name);

} // namespace ferry::ui::icons
