// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QEvent>
#include <QMetaObject>
#include <QWidget>

#include <cstdio>

FirstPaintProbe::FirstPaintProbe(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
    QApplication::instance()->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget*>(watched)->isWindow()) {
        m_painted = true;
        QMetaObject::invokeMethod(this, &FirstPaintProbe::report, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report()
{
    std::printf("painted %.3f\n", m_clock.nsecsElapsed() / 1e6);
    std::fflush(stdout);
    QApplication::quit();
}
