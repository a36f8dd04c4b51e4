// ferry: the console, or with a command word the same core headless (no display needed).
#include "cli/cli.h"
#include "common/language.h"
#include "consolemain.h"
#include "consolesettings.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (ferry::cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        ferry::language::install(app, ferry::language::chosen());
        return ferry::cli::run(arguments);
    }
    QApplication app(argc, argv);
    // FERRY_LANG, else the choice saved on System Management → Installation, else the system's.
    ferry::ui::installLanguage(app,
                               ferry::language::chosen(ferry::ui::ConsoleSettings::language()));
    return ferry::ui::runConsole(app, arguments);
}
