// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

// The languages the console speaks and the translators for one of them: the console's own
// (console_<code>.qm, installed or built in; English only carries the plural forms, below every other
// language) and
// Qt's (qtbase_<code>.qm from Qt's translations directory, when installed: Debian's
// qt6-translations-l10n). Removed again when this object goes.
class ConsoleTranslator : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code; // "de"; empty for the system's language
        QString name; // in its own language: "Deutsch"
    };

    explicit ConsoleTranslator(QObject* parent = nullptr);
    ~ConsoleTranslator() override;

    // The choices for Preferences, the system's language first.
    static QList<Language> languages();
    // The locale for a stored choice: the system's for an empty or unknown code.
    static QLocale localeFor(const QString& code);

    // Installs the translators for `code` (empty: the system's locale), replacing earlier ones, and
    // makes its locale the default for numbers and dates. Returns the console's language ("en", "de"…).
    QString install(const QString& code);

private:
    void removeAll();

    QList<QTranslator*> m_installed;
};
