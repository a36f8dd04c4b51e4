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
// Columns `text` takes on a terminal: CJK and other wide characters count 2.
int displayWidth(const QString &text);
// `text` followed by spaces up to `width` display columns (never cut): aligns translated
// labels and table headers, whose Chinese words are twice as wide as their characters.
QString padded(const QString &text, int width);
// A field label: `word` and a colon, padded to `width` columns ("Name:      ").
QString label(const QString &word, int width);

} // namespace ferry::terminal
