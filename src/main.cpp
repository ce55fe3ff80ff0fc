// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/PoolRelease.h"
#include "app/ConsoleApplication.h"
#include "app/ConsoleCommandLine.h"
#include "app/ConsoleTranslator.h"
#include "profiles/UiSettings.h"
#include "storage/AppFolders.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace {
// The arguments are read before any window system is opened, so --help, --version and a wrong
// option need no display. False (and the exit code) when the console is not to start.
bool readArguments(int argc, char* argv[], int* exitCode)
{
    QCoreApplication preflight(argc, argv);
    ConsoleTranslator translator;
    translator.install(UiSettings(UiSettings::defaultFileName()).language());
    QCommandLineParser parser;
    ConsoleCommandLine::addOptions(parser);
    return ConsoleCommandLine::parse(
        parser, ConsoleCommandLine::withoutQtOptions(QCoreApplication::arguments()), exitCode);
}
} // namespace

int main(int argc, char* argv[])
{
    // Lower-case application name, no organisation: ~/.config/prosody-admin-console/ and
    // ~/.local/share/prosody-admin-console/.
    QCoreApplication::setApplicationName(QStringLiteral("prosody-admin-console"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(PAC_VERSION));
    int exitCode = 0;
    if (!readArguments(argc, argv, &exitCode))
        return exitCode;

    PoolRelease::setAllocatorThresholds();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Prosody Admin Console"));
    QApplication::setDesktopFileName(QStringLiteral(PAC_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/prosody-admin-console.svg")));
    AppFolders::prepare();

    ConsoleApplication console;
    if (!console.start(QApplication::arguments(), &exitCode))
        return exitCode;
    return QApplication::exec();
}
