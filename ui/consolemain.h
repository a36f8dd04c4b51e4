#pragma once

#include <QStringList>

class QApplication;

namespace ferry::ui {

// Loads the console's resources (icons, style, help) from the static library.
void initResources();

// Installs the catalogs of `language` ("en" or "zh_CN", from language::chosen) on `app`, and
// makes it the default locale when the system's speaks another language, so that dates and
// numbers read like the words around them. Main thread, before any widget exists.
void installLanguage(QApplication &app, const QString &language);

// Opens the store (--store PATH, FERRY_STORE or the user data folder), the log, and the main
// window; returns the application's exit code.
int runConsole(QApplication &app, const QStringList &arguments);

} // namespace ferry::ui
