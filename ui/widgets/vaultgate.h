#pragma once

#include <functional>

class QWidget;

namespace ferry::ui {

class ConsoleContext;

// Makes sure passwords can be read and written, then calls `then(true)`: chooses the secret
// store on a worker, and if it is a locked vault asks for the master password (creating the
// vault the first time) until it unlocks or the user cancels (`then(false)`).
void ensureSecretsReady(QWidget *parent, ConsoleContext *context, std::function<void(bool)> then);

} // namespace ferry::ui
