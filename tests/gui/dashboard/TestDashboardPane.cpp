// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// DashboardPane against the sandbox: the figures and charts follow the real server (its version,
// the bots online, their clients), a new session shows in the next sample, and a server that
// reports nothing about itself says so instead of failing.

#include "AwaitReply.h"
#include "PaneHarness.h"
#include "XmppBot.h"
#include "dashboard/BarChart.h"
#include "dashboard/DashboardPane.h"
#include "dashboard/TimeSeriesChart.h"
#include "session/DashboardHistory.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDashboardPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void followsTheServer();
    void serverWithoutInfo();

private:
    QString text(DashboardPane* pane, const char* name) const
    {
        auto* label = pane->findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : u"<no %1>"_s.arg(QLatin1String(name));
    }

    PaneHarness m_harness{this};
    QStringList m_created;
};

void TestDashboardPane::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.start({u"--users"_s, u"6"_s, u"--bots"_s, u"3"_s}, &error), qPrintable(error));
}

void TestDashboardPane::cleanupTestCase()
{
    for (const QString& user : std::as_const(m_created))
        awaitReply(m_harness.client->deleteUser(user));
}

void TestDashboardPane::followsTheServer()
{
    if (m_harness.server.isExternal())
        QSKIP("counts the sandbox's own bots");
    ServerSession session;
    DashboardPane pane(&session);
    pane.resize(900, 600);
    pane.show();
    QSignalSpy refreshed(&pane, &DashboardPane::refreshed);
    QVERIFY(m_harness.connectSession(&session));
    QVERIFY(refreshed.wait(20000));

    const int bots = int(m_harness.server.sandbox().botJids.size());
    QCOMPARE(pane.history()->samples().size(), 1);
    QCOMPARE(pane.history()->samples().last().connectedUsers, bots);
    QVERIFY2(text(&pane, "serverValue").startsWith(u"Prosody 0."_s)
            || text(&pane, "serverValue").startsWith(u"Prosody 13"_s),
        qPrintable(text(&pane, "serverValue")));
    QVERIFY(text(&pane, "usersValue").startsWith(QString::number(bots)));
    QVERIFY(text(&pane, "modulesValue").toInt() > 5);
    const QString storage = m_harness.server.sandbox().storage;
    QCOMPARE(text(&pane, "storageValue"),
        storage == u"sqlite"_s         ? u"SQL (SQLite3)"_s
            : storage == u"postgres"_s ? u"SQL (PostgreSQL)"_s
                                       : u"files (internal)"_s);
    QVERIFY(!text(&pane, "uptimeValue").isEmpty() && text(&pane, "uptimeValue") != u"—"_s);
    // Sessions by client: the bots' resources ("laptop", "phone" …), as many sessions as bots.
    auto* clients = pane.findChild<BarChart*>(u"clientsChart"_s);
    int sessions = 0;
    for (const auto& [client, count] : clients->bars())
        sessions += count;
    QCOMPARE(sessions, bots);
    QVERIFY(clients->accessibleDescription().contains(u"laptop"_s));

    // Another user comes online: the next sample counts it.
    const QString user = m_harness.server.uniqueUser(u"dash"_s);
    QVERIFY(awaitReply(m_harness.client->createUser(user, u"pw-dash-1"_s)).ok());
    m_created << user;
    XmppBot bot;
    bot.start(m_harness.bare(user), u"pw-dash-1"_s, m_harness.server.c2sHost(), m_harness.server.c2sPort(),
        u"Conversations.x3f"_s);
    QVERIFY2(bot.waitOnline(), qPrintable(bot.errorText()));
    pane.refresh();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(pane.history()->samples().size(), 2);
    QCOMPARE(pane.history()->samples().last().connectedUsers, bots + 1);
    QCOMPARE(pane.findChild<TimeSeriesChart*>(u"usersChart"_s)->points().size(), 2);
    QVERIFY(clients->accessibleDescription().contains(u"Conversations: 1"_s));
    PaneHarness::screenshot(&pane, u"dashboard"_s);

    // The sampling interval follows the profile's auto-refresh, 30 s when it is off.
    pane.setSamplingInterval(0);
    QCOMPARE(pane.samplingInterval(), DashboardPane::DefaultSamplingSeconds);
    pane.setSamplingInterval(5);
    QCOMPARE(pane.samplingInterval(), 5);
    // Our module keeps each administrator to their hosts: no cross-host warning.
    QTRY_VERIFY(PaneHarness::child<QLabel>(&pane, "hostWarning")->isHidden());
    bot.stop();
}

void TestDashboardPane::serverWithoutInfo()
{
    PaneHarness published(this);
    if (!published.startEmulating(u"current"_s, 2, 1))
        return;
    ServerSession session;
    DashboardPane pane(&session);
    QSignalSpy refreshed(&pane, &DashboardPane::refreshed);
    QVERIFY(published.connectSession(&session));
    QVERIFY(refreshed.wait(20000));
    QVERIFY2(text(&pane, "serverValue").contains(u"does not report"_s), qPrintable(text(&pane, "serverValue")));
    QCOMPARE(text(&pane, "uptimeValue"), u"not reported"_s);
    QCOMPARE(pane.history()->samples().last().connectedUsers, 1);
    QVERIFY2(pane.banner()->isHidden(), qPrintable(pane.banner()->text()));
    // The published current module's cross-host danger is said in those words.
    auto* warning = PaneHarness::child<QLabel>(&pane, "hostWarning");
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(u"any host's administrator can act on every host there"_s),
        qPrintable(warning->text()));
    QCOMPARE(warning->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TestDashboardPane)
#include "TestDashboardPane.moc"
