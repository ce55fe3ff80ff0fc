// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "app/DesktopNotifier.h"
#include "bulk/BulkJob.h"
#include "bulk/JobNotices.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>
#include <QVariantMap>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
// The receiving end of org.freedesktop.Notifications on the test's session bus: it records what the
// console sends (no notification daemon runs in the test session).
class NotificationReceiver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString application;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString& application, uint, const QString&, const QString& summary, const QString& body,
        const QStringList&, const QVariantMap& hints, int)
    {
        calls.append({application, summary, body, hints});
        return uint(calls.size());
    }
};
} // namespace

// A bulk job that ends while the console's window is not active is announced on the desktop; one
// that ends in front of the operator is not.
class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void notifiesOnlyWhenTheWindowIsNotActive();

private:
    static void runBulkJob(int items);

    NotificationReceiver m_receiver;
    bool m_registered = false;
};

void TestDesktopNotifier::initTestCase()
{
    QGuiApplication::setApplicationDisplayName(u"Prosody Admin Console"_s);
    QGuiApplication::setDesktopFileName(u"org.prosodyadmin.Console"_s);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        QSKIP("No D-Bus session bus: the test runs in scripts/test-session.sh's dbus-run-session");
    if (bus.interface()->isServiceRegistered(DesktopNotifier::serviceName()))
        QSKIP("A notification service already runs on this session bus; the test needs to be the receiver");
    QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &m_receiver, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(DesktopNotifier::serviceName()));
    m_registered = true;
}

void TestDesktopNotifier::cleanupTestCase()
{
    if (m_registered)
        QDBusConnection::sessionBus().unregisterService(DesktopNotifier::serviceName());
}

void TestDesktopNotifier::runBulkJob(int items)
{
    BulkJob job;
    for (int i = 0; i < items; ++i)
        job.addSkippedItem(u"user%1"_s.arg(i), u"exists already"_s);
    QSignalSpy ended(JobNotices::instance(), &JobNotices::jobEnded);
    QSignalSpy finished(&job, &BulkJob::finished);
    job.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(ended.size(), 1);
}

void TestDesktopNotifier::notifiesOnlyWhenTheWindowIsNotActive()
{
    QWidget window;
    DesktopNotifier notifier(&window);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    runBulkJob(2);

    // Another window takes the focus; the console's is in the background.
    QWidget other;
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QVERIFY(!window.isActiveWindow());
    runBulkJob(3);
    QTRY_COMPARE(m_receiver.calls.size(), 1);
    const NotificationReceiver::Call call = m_receiver.calls.constFirst();
    QCOMPARE(call.application, u"Prosody Admin Console"_s);
    QVERIFY2(call.body.contains(u"0 done, 0 failed, 3 skipped"_s), qPrintable(call.body));
    QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"org.prosodyadmin.Console"_s);
    // Only that one: the first job ended in front of the operator.
    QCOMPARE(m_receiver.calls.size(), 1);
}

QTEST_MAIN(TestDesktopNotifier)
#include "TestDesktopNotifier.moc"
