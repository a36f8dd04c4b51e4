#pragma once

#include <QStringList>

namespace ferry::cli {

class Context;

// `ferry status [NAME]`: where projects stand, and for one project its steps and change streams.
int runStatusCommand(Context &ctx, const QStringList &args);

} // namespace ferry::cli
