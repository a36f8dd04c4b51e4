#pragma once

#include <QStringList>

namespace ferry::cli {

class Context;

// `ferry diag bundle OUT.tar.gz` (the diagnostic bundle) and `ferry diag risks` (the risk
// board).
int runDiagCommand(Context &ctx, const QStringList &args);

} // namespace ferry::cli
