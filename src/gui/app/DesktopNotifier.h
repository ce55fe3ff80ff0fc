// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

// Tells the operator that a bulk job or a fleet broadcast ended (JobNotices) while the console's
// window was not the active one: a desktop notification (org.freedesktop.Notifications over the
// session bus), or the tray icon's message where no notification service answers.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QWidget* window, QObject* parent = nullptr);

    static QString serviceName() { return QStringLiteral("org.freedesktop.Notifications"); }

private:
    void jobEnded(const QString& summary, bool anyFailed);
    bool notifyOverDbus(const QString& summary, bool anyFailed);

    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
};
