// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// DesktopNotifier's fallback when no org.freedesktop.Notifications service is on the session bus
// (a session bus of the test's own, a real dbus-daemon with nothing on it: the test session's bus
// is shared with TestDesktopNotifier, which registers that service): on a real X11 display (the test session's Xvfb,
// platform xcb) with a real system tray (trayer, a freedesktop XEmbed tray) the job's outcome shows as the tray icon's
// message, which Qt draws on X11 as a balloon beside the icon; with neither a service nor a tray, nothing is shown and
// nothing warns. The D-Bus path itself: TestDesktopNotifier.

#include "app/DesktopNotifier.h"
#include "bulk/BulkJob.h"
#include "bulk/JobNotices.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>
#include <QWidget>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

class TestTrayFallback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void trayMessageWhenNoServiceAnswers();
    void neitherServiceNorTrayShowsNothing();

private:
    static void runBulkJob(int items);
    // The visible balloons (Qt's QBalloonTip windows) whose message contains `text`.
    static int balloonsSaying(const QString& text);
    // Whether Qt shows a tray icon's window (QSystemTrayIconSys), which it makes only where a tray is.
    static bool trayIconWindowShown();
    // The visible top-level windows of Qt's class `className` (its own, not in its headers).
    static QList<QWidget*> visibleWindowsOf(const char* className);

    QProcess m_tray;
};

void TestTrayFallback::initTestCase()
{
    if (QGuiApplication::platformName() != u"xcb"_s)
        QSKIP("needs an X11 display (QT_QPA_PLATFORM=xcb; scripts/test-session.sh starts Xvfb)");
    QGuiApplication::setApplicationDisplayName(u"Prosody Admin Console"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/prosody-admin-console.svg"_s)); // as main.cpp
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "the test's own session bus did not start (dbus-daemon, see main)");
    QVERIFY(!bus.interface()->isServiceRegistered(DesktopNotifier::serviceName()));
    QVERIFY2(!QSystemTrayIcon::isSystemTrayAvailable(), "a system tray already runs on this display");
    const QString trayer = QStandardPaths::findExecutable(u"trayer"_s);
    QVERIFY2(!trayer.isEmpty(), "trayer is not installed (scripts/install-deps.sh test)");
    // Qt destroys and remakes every tray icon (its balloon with it) when it learns that a tray
    // appeared: trayer's announcement (the MANAGER message) can reach Qt well after the tray is
    // found available, under load even after the job's balloon is up. A probe icon, shown before
    // there is a tray, is made only on that announcement: once it is there, nothing comes later.
    QSystemTrayIcon probe(QGuiApplication::windowIcon());
    probe.show();
    QVERIFY(!trayIconWindowShown());
    m_tray.setProgram(trayer);
    m_tray.setArguments({u"--expand"_s, u"false"_s, u"--widthtype"_s, u"pixel"_s, u"--width"_s, u"64"_s});
    m_tray.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_tray.start();
    QVERIFY2(m_tray.waitForStarted(), qPrintable(m_tray.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(trayIconWindowShown(), 15000);
}

bool TestTrayFallback::trayIconWindowShown()
{
    return !visibleWindowsOf("QSystemTrayIconSys").isEmpty();
}

QList<QWidget*> TestTrayFallback::visibleWindowsOf(const char* className)
{
    QList<QWidget*> windows;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && qstrcmp(window->metaObject()->className(), className) == 0)
            windows.append(window);
    }
    return windows;
}

void TestTrayFallback::cleanupTestCase()
{
    if (m_tray.state() != QProcess::NotRunning) {
        m_tray.terminate();
        m_tray.waitForFinished(5000);
    }
}

void TestTrayFallback::runBulkJob(int items)
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

int TestTrayFallback::balloonsSaying(const QString& text)
{
    int found = 0;
    for (QWidget* window : visibleWindowsOf("QBalloonTip")) {
        for (const QLabel* label : window->findChildren<QLabel*>()) {
            if (label->text().contains(text)) {
                ++found;
                break;
            }
        }
    }
    return found;
}

void TestTrayFallback::trayMessageWhenNoServiceAnswers()
{
    QWidget window; // never shown: not the active window
    DesktopNotifier notifier(&window);
    runBulkJob(3);
    auto* icon = notifier.findChild<QSystemTrayIcon*>();
    QVERIFY2(icon, "no tray icon was made for the message");
    QVERIFY(icon->isVisible());
    QTRY_COMPARE(balloonsSaying(u"0 done, 0 failed, 3 skipped"_s), 1);
}

void TestTrayFallback::neitherServiceNorTrayShowsNothing()
{
    m_tray.terminate();
    QVERIFY(m_tray.waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!QSystemTrayIcon::isSystemTrayAvailable(), 15000);
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QWidget window;
    DesktopNotifier notifier(&window);
    runBulkJob(4); // the notifier has done all it does when the job's end is announced (a direct call)
    QVERIFY(!notifier.findChild<QSystemTrayIcon*>());
    QCOMPARE(balloonsSaying(u"0 done, 0 failed, 4 skipped"_s), 0);
}

// A session bus of the test's own (dbus-daemon forks and prints its address and process id), set up
// before the application, which connects to the session bus when it first needs it.
int main(int argc, char** argv)
{
    long busPid = 0;
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/no-bus"); // never the shared one
    if (FILE* daemon = popen("dbus-daemon --session --fork --print-address=1 --print-pid=1", "r")) {
        char address[512] = {};
        if (fgets(address, sizeof address, daemon) && fscanf(daemon, "%ld", &busPid) == 1)
            qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray(address).trimmed());
        pclose(daemon);
    }
    int result = 0;
    {
        QApplication app(argc, argv);
        TestTrayFallback test;
        QTEST_SET_MAIN_SOURCE_PATH
        result = QTest::qExec(&test, argc, argv);
    }
    if (busPid > 0)
        kill(pid_t(busPid), SIGTERM);
    return result;
}
#include "TestTrayFallback.moc"
