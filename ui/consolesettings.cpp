#include "consolesettings.h"

#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace ferry::ui {

namespace {

struct Key
{
    QString name;
    QString defaultValue;
};

const Key kLanguage {u"console/language"_s, u"system"_s};

// Ferry/console.ini in the user's configuration folder, whatever the application's name.
std::unique_ptr<QSettings> settings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, u"Ferry"_s,
                                       u"console"_s);
}

} // namespace

QString ConsoleSettings::language()
{
    return settings()->value(kLanguage.name, kLanguage.defaultValue).toString();
}

void ConsoleSettings::setLanguage(const QString &language)
{
    settings()->setValue(kLanguage.name, language);
}

} // namespace ferry::ui
