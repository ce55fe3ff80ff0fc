// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

// The console's options and their first reading. It needs a QCoreApplication only, so main() reads
// the arguments before any window system is opened: --help, --version and a wrong option answer
// without a display (over SSH, in a package build).
class ConsoleCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleApplication)

public:
    static void addOptions(QCommandLineParser& parser);
    // False (having printed the error, the help or the version, and set exitCode) when the console
    // is not to start.
    static bool parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode);
    // The arguments without the options QGuiApplication and QApplication take for themselves
    // (-platform offscreen, -style Fusion, -reverse…), for reading them before those exist.
    static QStringList withoutQtOptions(const QStringList& arguments);
};
