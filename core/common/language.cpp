#include "language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ferry::language {

namespace {

const auto kEnglish = u"en"_s;
const auto kChinese = u"zh_CN"_s;
// Marks the translators install() owns, so a second call can remove them.
const auto kTranslatorName = u"ferry.language.translator"_s;
// Written by install() on the main thread before the console or a command reads it.
QString g_current = kEnglish;

// "zh", "zh_CN", "zh-CN", "zh_CN.UTF-8", "zh_Hans" → zh_CN; "en*", "C", "POSIX" → en;
// anything else → empty (not a language Ferry speaks).
QString normalized(const QString &value)
{
    const QString v = value.trimmed();
    if (v.startsWith(u"zh", Qt::CaseInsensitive))
        return kChinese;
    if (v.startsWith(u"en", Qt::CaseInsensitive) || v == u"C" || v.startsWith(u"C.")
        || v == u"POSIX")
        return kEnglish;
    return {};
}

QString systemLanguage()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::Chinese ? kChinese : kEnglish;
}

} // namespace

QString chosen(const QString &stored)
{
    const QString env = qEnvironmentVariable("FERRY_LANG").trimmed();
    if (!env.isEmpty()) {
        const QString language = normalized(env);
        return language.isEmpty() ? kEnglish : language;
    }
    if (!stored.isEmpty() && stored != u"system") {
        const QString language = normalized(stored);
        if (!language.isEmpty())
            return language;
    }
    return systemLanguage();
}

QStringList available()
{
    return {kEnglish, kChinese};
}

void install(QCoreApplication &app, const QString &language)
{
    const auto previous =
        app.findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QString lang = normalized(language);
    g_current = lang.isEmpty() ? kEnglish : lang;
    if (g_current == kEnglish)
        return;

    const auto load = [&app](const QString &file, const QString &dir) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(kTranslatorName);
        if (translator->load(file, dir) && QCoreApplication::installTranslator(translator))
            return;
        delete translator;
    };
    load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(u"ferry_core_"_s + lang, u":/i18n"_s);
    load(u"ferry_ui_"_s + lang, u":/i18n"_s);
}

QString current()
{
    return g_current;
}

} // namespace ferry::language
