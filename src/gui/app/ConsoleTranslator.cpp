// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "app/ConsoleTranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
const QStringList TranslatedCodes = {u"en"_s, u"de"_s, u"fr"_s};

// Installed with the binary (<prefix>/share/prosody-admin-console/translations) when there, else the
// copies built into it.
QString translationsDir()
{
    const QDir installed(QCoreApplication::applicationDirPath() + u'/' + QLatin1String(PAC_INSTALLED_TRANSLATIONS_DIR));
    return installed.exists(u"console_en.qm"_s) ? installed.absolutePath() : u":/i18n"_s;
}
} // namespace

ConsoleTranslator::ConsoleTranslator(QObject* parent)
    : QObject(parent)
{
}

ConsoleTranslator::~ConsoleTranslator()
{
    removeAll();
}

QList<ConsoleTranslator::Language> ConsoleTranslator::languages()
{
    return {
        {QString(), tr("System")},
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"fr"_s, u"Français"_s},
    };
}

QLocale ConsoleTranslator::localeFor(const QString& code)
{
    return TranslatedCodes.contains(code) ? QLocale(code) : QLocale::system();
}

QString ConsoleTranslator::install(const QString& code)
{
    removeAll();
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);

    auto load = [this](const QLocale& locale, const QString& name, const QString& directory) {
        auto* translator = new QTranslator(this);
        if (translator->load(locale, name, u"_"_s, directory) && QCoreApplication::installTranslator(translator)) {
            m_installed.append(translator);
            return translator;
        }
        delete translator;
        return static_cast<QTranslator*>(nullptr);
    };
    // Installed last is asked first: English plurals below, the chosen language above them.
    const QString directory = translationsDir();
    load(QLocale(QLocale::English), u"console"_s, directory);
    QString language = u"en"_s;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        if (const QTranslator* translator = load(locale, u"console"_s, directory))
            language = translator->language().section(u'_', 0, 0);
    }
    if (language != u"en"_s)
        load(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return language;
}

void ConsoleTranslator::removeAll()
{
    for (QTranslator* translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}
