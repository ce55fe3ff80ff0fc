// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// A bare Qt Widgets window, built like the console: the start-up baseline. Exits once painted.
// With --text the window holds one label: the cheapest window that draws text (fonts, shaping).

#include "FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    FirstPaintProbe probe;
    QWidget window;
    if (QApplication::arguments().contains(QStringLiteral("--text")))
        (new QVBoxLayout(&window))->addWidget(new QLabel(QStringLiteral("Prosody Admin Console"), &window));
    window.resize(1000, 700);
    window.show();
    return QApplication::exec();
}
