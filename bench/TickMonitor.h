// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Ticks every 10 ms on the thread it lives on and records the longest gap between two ticks: how
// long that thread's event loop was kept from running a timer.
class TickMonitor : public QObject
{
    Q_OBJECT
public:
    explicit TickMonitor(QObject* parent = nullptr);

    void start();
    void stop();
    double longestGapMs() const { return m_longestGapNs / 1e6; }
    int ticks() const { return m_ticks; }

private:
    void tick();

    QTimer* m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_longestGapNs = 0;
    int m_ticks = 0;
};
