#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ferry {

// The core's one idiom for user-visible text (CLI help and messages, errors and their fixes):
// `Text::tr("...")`, all under the translation context "ferry", collected by lupdate into
// translations/ferry_core_<lang>.ts. Translate only what a person reads: never SQL, JSON keys,
// CSV headers, state ids ("running"), log categories, parameter names or identifiers.
// Any thread (QCoreApplication::translate is thread-safe once the translators are installed).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry)
};

// Which language Ferry speaks, and installing its catalogs. Call from the main thread before
// any text is built.
namespace language {

// "en" or "zh_CN": FERRY_LANG if set (an unsupported value means "en"), else `stored` (the
// console's saved choice; empty or "system" means no choice), else the system locale (zh* →
// zh_CN, everything else en).
QString chosen(const QString &stored = {});

// The languages Ferry has catalogs for, source language first: {"en", "zh_CN"}.
QStringList available();

// Installs Qt's qtbase catalog (from QLibraryInfo::TranslationsPath) and Ferry's catalogs
// :/i18n/ferry_core_<lang>.qm and :/i18n/ferry_ui_<lang>.qm on `app`; a missing catalog is
// skipped silently. Calling it again replaces the translators installed by the previous call.
// "en" installs nothing (English is the source language).
void install(QCoreApplication &app, const QString &language);

// The language the last install() chose ("en" before any): what language-specific resources
// (the offline help's zh_CN/ pages) follow.
QString current();

} // namespace language
} // namespace ferry
