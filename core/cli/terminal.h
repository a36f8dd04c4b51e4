#pragma once

#include <QString>

namespace ferry::terminal {

bool stdinIsTerminal();
bool stdoutIsTerminal();
// Prints `prompt` on stderr and reads one line from the terminal without echo.
QString readSecret(const QString &prompt);
// Reads one line from standard input (without its line break).
QString readLine();
// Prints `prompt` on stderr and reads a yes/no answer from the terminal.
bool confirm(const QString &prompt);
// Terminal width in columns (80 when unknown).
int width();

} // namespace ferry::terminal
