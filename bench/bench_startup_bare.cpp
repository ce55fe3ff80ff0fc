// A bare Qt Widgets window, built like the console: the start-up baseline. Exits once painted.

#include "FirstPaintProbe.h"

#include <QApplication>
#include <QWidget>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    FirstPaintProbe probe;
    QWidget window;
    window.resize(1000, 700);
    window.show();
    return QApplication::exec();
}
