#pragma once

#include <QStringList>

namespace ferry::cli {

class Context;

// `ferry config list|get|set|diff`: system parameters.
int runConfigCommand(Context &ctx, const QStringList &args);

} // namespace ferry::cli
