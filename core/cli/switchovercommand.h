#pragma once

#include <QStringList>

namespace ferry::cli {

class Context;

// `ferry switchover FILE`.
int runSwitchoverCommand(Context &ctx, const QStringList &args);

} // namespace ferry::cli
