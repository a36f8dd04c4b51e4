#pragma once

#include <QStringList>

namespace ferry::cli {

class Context;

// `ferry datasource add|list|show|edit|copy|remove|test`.
int runDataSourceCommand(Context &ctx, const QStringList &args);

} // namespace ferry::cli
