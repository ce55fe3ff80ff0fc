#include "app/ConsoleApplication.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Prosody Admin Console"));
    QApplication::setOrganizationName(QStringLiteral("ProsodyAdmin"));
    QApplication::setApplicationVersion(QStringLiteral(PAC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(PAC_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/prosody-admin-console.svg")));

    ConsoleApplication console;
    int exitCode = 0;
    if (!console.start(QApplication::arguments(), &exitCode))
        return exitCode;
    return QApplication::exec();
}
