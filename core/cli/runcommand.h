#pragma once

#include "common/error.h"

#include <QStringList>

namespace ferry::cli {

class Context;

// `ferry run FILE`.
int runRunCommand(Context &ctx, const QStringList &args);

} // namespace ferry::cli
