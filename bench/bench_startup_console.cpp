// The console as src/main.cpp starts it, with a probe that exits once the main window is painted.
// Run it with --url to a closed port (and PAC_ADMIN_PASSWORD set) so that no server is started.

#include "FirstPaintProbe.h"
#include "app/ConsoleApplication.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    FirstPaintProbe probe;
    QApplication::setApplicationName(QStringLiteral("prosody-admin-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Prosody Admin Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/prosody-admin-console.svg")));

    ConsoleApplication console;
    int exitCode = 0;
    if (!console.start(QApplication::arguments(), &exitCode))
        return exitCode;
    return QApplication::exec();
}
