// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "app/ConsoleCommandLine.h"

#include <QCommandLineParser>

#include <cstdio>

void ConsoleCommandLine::addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(tr("Desktop admin console for Prosody XMPP servers (mod_admin_rest)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        tr("Start a throwaway Prosody on loopback with demo users and connect to it (the default when there "
           "is no profile)."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), tr("Connect with the server profile called <name>."), tr("name"));
    const QCommandLineOption urlOption(QStringLiteral("url"),
        tr("Connect to the admin_rest API at <url>, e.g. http://127.0.0.1:5280/admin_rest."), tr("url"));
    const QCommandLineOption jidOption(
        QStringLiteral("jid"), tr("The admin's full JID for --url, e.g. admin@example.org."), tr("jid"));
    parser.addOptions({sandboxOption, profileOption, urlOption, jidOption});
}

QStringList ConsoleCommandLine::withoutQtOptions(const QStringList& arguments)
{
    // From the documentation of QGuiApplication, QApplication and the xcb platform.
    static const QStringList withValue{QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"), QStringLiteral("session"),
        QStringLiteral("display"), QStringLiteral("geometry"), QStringLiteral("style"), QStringLiteral("stylesheet"),
        QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("visual")};
    static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
        QStringLiteral("dograb"), QStringLiteral("sync")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        const bool single = argument.startsWith(u'-') && !argument.startsWith(QStringLiteral("--"));
        const QString name = argument.mid(1).section(u'=', 0, 0);
        if (i > 0 && single && (flags.contains(name) || argument.startsWith(QStringLiteral("-qmljsdebugger="))))
            continue;
        if (i > 0 && single && withValue.contains(name)) {
            if (!argument.contains(u'='))
                ++i; // its value
            continue;
        }
        kept.append(argument);
    }
    return kept;
}

bool ConsoleCommandLine::parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode)
{
    if (!parser.parse(arguments)) {
        fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        fprintf(stdout, "%s", qPrintable(parser.helpText()));
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        fprintf(stdout, "%s %s\n", qPrintable(QCoreApplication::applicationName()),
            qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return false;
    }
    return true;
}
