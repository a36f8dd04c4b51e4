#pragma once

#include <QStringList>

namespace ferry::cli {

class Context;

// `ferry user list|add|passwd|reset|role|disable|enable|remove`.
int runUserCommand(Context &ctx, const QStringList &args);

} // namespace ferry::cli
