// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>

// Watches the application for the first paint of a window. Once that paint has been done (the
// event loop runs again), it prints "painted <ms since the probe was made>" on stdout and quits
// the application. Installed the same way in the console and in the bare window, so that both
// start-up figures end at the same point.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintProbe(QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();

    QElapsedTimer m_clock;
    bool m_painted = false;
};
