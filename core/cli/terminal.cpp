#include "terminal.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace ferry::terminal {

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool stdoutIsTerminal()
{
    return isatty(STDOUT_FILENO) == 1;
}

QString readLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QString readSecret(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old {};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const QString line = readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
    }
    return line;
}

bool confirm(const QString &prompt)
{
    std::fputs((prompt + QStringLiteral(" [y/N] ")).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    const QString answer = readLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes";
}

int width()
{
    winsize w {};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 0)
        return w.ws_col;
    return 80;
}

int displayWidth(const QString &text)
{
    int columns = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            continue; // a pair counts once, by its high half
        columns += c.isHighSurrogate() || (c.unicode() >= 0x2E80 && c.unicode() <= 0xFFEF) ? 2 : 1;
    }
    return columns;
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

QString label(const QString &word, int width)
{
    return padded(word + u':', width);
}

} // namespace ferry::terminal
