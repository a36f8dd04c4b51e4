#pragma once

#include <QStringList>

namespace ferry::cli {

class Context;

// `ferry verify FILE [--json] [--fix-sql OUT.sql] [--report OUT.html] [--csv OUT.csv]`.
int runVerifyCommand(Context &ctx, const QStringList &args);

} // namespace ferry::cli
