#pragma once

#include <QStringList>

namespace ferry::cli {

class Context;

// `ferry ddl FILE [--skip | --apply | --sql STATEMENT]`.
int runDdlCommand(Context &ctx, const QStringList &args);

} // namespace ferry::cli
