// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>

// Watches the application for the first paint of the users list with rows in it (the viewport of
// the item view called "usersView" while its model has rows). Once that paint has been done (the
// event loop runs again), it prints "listed <ms since the probe was made> <rows>" on stdout and
// quits the application.
class UsersListProbe : public QObject
{
    Q_OBJECT
public:
    explicit UsersListProbe(QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();

    QElapsedTimer m_clock;
    bool m_painted = false;
    int m_rows = 0;
};
