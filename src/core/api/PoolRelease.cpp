// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/PoolRelease.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// The application's thread only.
bool trimDue = false; // a timer is running towards the trim
QDeadlineTimer trimAt; // when the trim may run: TrimDelayMs after the last release

void trimNow()
{
#if defined(__GLIBC__)
    QThreadPool::globalInstance()->start([] { malloc_trim(0); });
#endif
}

void whenDue()
{
    if (!trimAt.hasExpired()) {
        // Released again meanwhile: wait for the rest of its delay.
        QTimer::singleShot(trimAt.remainingTime(), QCoreApplication::instance(), whenDue);
        return;
    }
    trimDue = false;
    trimNow();
}

} // namespace

void PoolRelease::trimLater()
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app) {
        trimNow();
        return;
    }
    if (QThread::currentThread() != app->thread()) {
        // The timer belongs to the application's thread.
        QMetaObject::invokeMethod(app, &PoolRelease::trimLater, Qt::QueuedConnection);
        return;
    }
    trimAt = QDeadlineTimer(TrimDelayMs);
    if (trimDue)
        return;
    trimDue = true;
    QTimer::singleShot(TrimDelayMs, app, whenDue);
}

void PoolRelease::setAllocatorThresholds()
{
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, TrimThresholdBytes);
#endif
}
