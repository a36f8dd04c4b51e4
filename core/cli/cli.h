#pragma once

#include <QStringList>

namespace ferry::cli {

// True when `arguments` (without the program name) ask for a headless command rather than
// the console: a command word, --help or --version.
bool wantsCommandLine(const QStringList &arguments);

// Runs one headless command; returns the process exit code (0 ok, 1 failed, 2 bad usage or
// input, 3 differences found). Needs a QCoreApplication.
int run(const QStringList &arguments);

} // namespace ferry::cli
