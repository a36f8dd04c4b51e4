#pragma once

#include <QStringList>

namespace ferry::cli {

class Context;

// `ferry audit list|verify|export FILE`.
int runAuditCommand(Context &ctx, const QStringList &args);

} // namespace ferry::cli
