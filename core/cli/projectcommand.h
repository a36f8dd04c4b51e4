#pragma once

#include <QStringList>

namespace ferry::cli {

class Context;

// `ferry project list|show|export|import|remove`.
int runProjectCommand(Context &ctx, const QStringList &args);

} // namespace ferry::cli
