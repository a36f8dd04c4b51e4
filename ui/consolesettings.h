#pragma once

#include <QString>

namespace ferry::ui {

// The console's preferences in QSettings (the user's Ferry/console.ini), each key declared
// with its default. Domain objects live in the store, never here. UI thread.
class ConsoleSettings
{
public:
    // The language chosen on System Management → Installation: "system" (the default: follow
    // the system locale), "en" or "zh_CN". Read once at start (language::chosen, below
    // FERRY_LANG); a change applies at the next start.
    static QString language();
    static void setLanguage(const QString &language);
};

} // namespace ferry::ui
