// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "session/DashboardHistory.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// DashboardHistory: samples of who is online, capped; sessions grouped by the client in the resource.
class TestDashboardHistory : public QObject
{
    Q_OBJECT
private slots:
    void clientOf_data();
    void clientOf();
    void samplesAndGroups();
    void capped();
};

void TestDashboardHistory::clientOf_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("client");
    QTest::newRow("conversations") << u"Conversations.x3fA"_s << u"Conversations"_s;
    QTest::newRow("gajim") << u"gajim-2"_s << u"gajim"_s;
    QTest::newRow("plain") << u"laptop"_s << u"laptop"_s;
    QTest::newRow("spaces") << u"Dino Phone 2"_s << u"Dino Phone"_s;
    QTest::newRow("digits only") << u"123456"_s << u"unnamed"_s;
    QTest::newRow("empty") << QString() << u"unnamed"_s;
}

void TestDashboardHistory::clientOf()
{
    QFETCH(QString, resource);
    QFETCH(QString, client);
    QCOMPARE(DashboardHistory::clientOf(resource), client);
}

void TestDashboardHistory::samplesAndGroups()
{
    DashboardHistory history;
    QSignalSpy changed(&history, &DashboardHistory::changed);
    const QDateTime t0 = QDateTime::currentDateTime();
    history.addSample(t0, {{u"alice"_s, u"phone.1"_s}, {u"alice"_s, u"laptop"_s}, {u"bob"_s, u"phone.2"_s}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(history.samples().size(), 1);
    QCOMPARE(history.samples().last().connectedUsers, 2);
    QCOMPARE(history.samples().last().sessions, 3);
    const QList<std::pair<QString, int>> expected{{u"phone"_s, 2}, {u"laptop"_s, 1}};
    QCOMPARE(history.sessionsByClient(), expected);
    history.addSample(t0.addSecs(30), {});
    QCOMPARE(history.samples().last().connectedUsers, 0);
    QVERIFY(history.sessionsByClient().isEmpty());
    QCOMPARE(history.peakConnectedUsers(), 2);
    history.clear();
    QVERIFY(history.samples().isEmpty());
}

void TestDashboardHistory::capped()
{
    DashboardHistory history;
    const QDateTime t0 = QDateTime::currentDateTime();
    for (int i = 0; i < DashboardHistory::MaximumSamples + 5; ++i)
        history.addSample(t0.addSecs(i), {});
    QCOMPARE(history.samples().size(), DashboardHistory::MaximumSamples);
    QCOMPARE(history.samples().first().time, t0.addSecs(5));
}

QTEST_MAIN(TestDashboardHistory)
#include "TestDashboardHistory.moc"
