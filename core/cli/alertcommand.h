#pragma once

#include <QStringList>

namespace ferry::cli {

class Context;

// `ferry alert channel add|list|remove`, `ferry alert test CHANNEL`, `ferry alert deliveries`.
int runAlertCommand(Context &ctx, const QStringList &args);

} // namespace ferry::cli
