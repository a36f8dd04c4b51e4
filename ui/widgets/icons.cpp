#include "icons.h"

#include <QHash>

namespace ferry::ui::icons {

QIcon get(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    const QIcon icon(QStringLiteral(":/ferry/icons/") + name + QStringLiteral(".svg"));
    cache.insert(name, icon);
    return icon;
}

} // namespace ferry::ui::icons
