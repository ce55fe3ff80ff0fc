// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "app/DesktopNotifier.h"

#include "bulk/JobNotices.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QVariantMap>
#include <QWidget>

DesktopNotifier::DesktopNotifier(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    connect(JobNotices::instance(), &JobNotices::jobEnded, this, &DesktopNotifier::jobEnded);
}

void DesktopNotifier::jobEnded(const QString& summary, bool anyFailed)
{
    if (m_window && m_window->isActiveWindow())
        return; // the operator sees the outcome in the window
    if (notifyOverDbus(summary, anyFailed))
        return;
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        m_tray->show();
    }
    m_tray->showMessage(QGuiApplication::applicationDisplayName(), summary,
        anyFailed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

bool DesktopNotifier::notifyOverDbus(const QString& summary, bool anyFailed)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(serviceName()))
        return false;
    QDBusMessage notify = QDBusMessage::createMethodCall(
        serviceName(), QStringLiteral("/org/freedesktop/Notifications"), serviceName(), QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()},
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(anyFailed ? 2 : 1))},
    };
    notify << QGuiApplication::applicationDisplayName() << uint(0) << QGuiApplication::desktopFileName()
           << QGuiApplication::applicationDisplayName() << summary << QStringList() << hints << int(-1);
    // Asynchronous: the answer (the notification's id) is not needed.
    return bus.send(notify);
}
