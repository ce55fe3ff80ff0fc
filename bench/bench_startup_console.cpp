// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The console as src/main.cpp starts it, with a probe that exits once the main window is painted.
// Run it with --url to a closed port (and PAC_ADMIN_PASSWORD set) so that no server is started.
// With --users-listed (first argument), the probe waits instead for the users list painted with
// rows: run it with --url to a server (a sandbox) and its admin's password in PAC_ADMIN_PASSWORD.

#include "FirstPaintProbe.h"
#include "UsersListProbe.h"
#include "app/ConsoleApplication.h"

#include <QApplication>
#include <QIcon>

#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStringList arguments = QApplication::arguments();
    const bool untilListed = arguments.size() > 1 && arguments.at(1) == QLatin1String("--users-listed");
    if (untilListed)
        arguments.removeAt(1);
    std::unique_ptr<QObject> probe;
    if (untilListed)
        probe = std::make_unique<UsersListProbe>();
    else
        probe = std::make_unique<FirstPaintProbe>();
    QApplication::setApplicationName(QStringLiteral("prosody-admin-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Prosody Admin Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/prosody-admin-console.svg")));

    ConsoleApplication console;
    int exitCode = 0;
    if (!console.start(arguments, &exitCode))
        return exitCode;
    return QApplication::exec();
}
