#pragma once

#include <QStringList>

class QApplication;

namespace ferry::ui {

// Loads the console's resources (icons, style, help) from the static library.
void initResources();

// Opens the store (--store PATH, FERRY_STORE or the user data folder), the log, and the main
// window; returns the application's exit code.
int runConsole(QApplication &app, const QStringList &arguments);

} // namespace ferry::ui
