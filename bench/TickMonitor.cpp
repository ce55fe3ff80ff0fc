// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "TickMonitor.h"

TickMonitor::TickMonitor(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(10);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &TickMonitor::tick);
}

void TickMonitor::start()
{
    m_clock.start();
    m_lastTickNs = 0;
    m_longestGapNs = 0;
    m_ticks = 0;
    m_timer->start();
}

void TickMonitor::stop()
{
    tick();
    m_timer->stop();
}

void TickMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_longestGapNs = qMax(m_longestGapNs, now - m_lastTickNs);
    m_lastTickNs = now;
    ++m_ticks;
}
