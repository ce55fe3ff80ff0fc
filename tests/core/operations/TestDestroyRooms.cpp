// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// DestroyRooms against the fake HTTP server: a cleanup's preview (empty and idle rooms) and then one
// DELETE /rooms/<room> per previewed room only, with the reason, a refusal half-way and retrying
// only that room. The real server's side: tests/server/test_rooms.py, TestRoomsEndToEnd.

#include "OperationFixture.h"
#include "operations/DestroyRooms.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestDestroyRooms : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewTakesEmptyIdleRooms();
    void destroysExactlyThePreviewedRooms();

private:
    OperationFixture m_fixture;
};

void TestDestroyRooms::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestDestroyRooms::cleanup()
{
    m_fixture.tearDown();
}

void TestDestroyRooms::previewTakesEmptyIdleRooms()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000);
    auto room = [&](const char* name, int occupants, int messageDaysAgo, int createdDaysAgo) {
        RoomInfo info;
        info.jid = QString::fromLatin1(name) + u"@conference.example.org"_s;
        info.occupants = occupants;
        if (messageDaysAgo >= 0)
            info.lastMessage = now.addDays(-messageDaysAgo);
        if (createdDaysAgo >= 0)
            info.created = now.addDays(-createdDaysAgo);
        return info;
    };
    const QList<RoomInfo> rooms{room("old", 0, 40, 100), room("busy", 2, 40, 100), room("recent", 0, 3, 100),
        room("unknown", 0, -1, -1), room("new", 0, -1, 2), room("forgotten", 0, -1, 90)};
    QCOMPARE(DestroyRooms::idleRooms(rooms, 30, now),
        (QStringList{u"old@conference.example.org"_s, u"unknown@conference.example.org"_s,
            u"forgotten@conference.example.org"_s}));
    QCOMPARE(DestroyRooms::idleRooms(rooms, 1, now).size(), 5); // all but the busy one
}

void TestDestroyRooms::destroysExactlyThePreviewedRooms()
{
    QVERIFY(m_fixture.connectAs());
    auto* server = m_fixture.server();
    server->setRoute("DELETE /rooms/old%40conference.example.org", Response::message(200, u"Room destroyed"_s));
    server->setRoute("DELETE /rooms/other%40conference.elsewhere.org",
        Response::message(403, u"Not allowed on host elsewhere.org: admin@example.org is not an administrator"_s));
    const QStringList preview{u"old@conference.example.org"_s, u"other@conference.elsewhere.org"_s};
    DestroyRooms destruction(m_fixture.session(), preview, u"Unused for 30 days"_s);
    QVERIFY(OperationFixture::run(destruction));
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{u"DELETE /admin_rest/rooms/old%40conference.example.org {\"reason\":\"Unused for 30 days\"}"_s,
            u"DELETE /admin_rest/rooms/other%40conference.elsewhere.org {\"reason\":\"Unused for 30 days\"}"_s}));
    QCOMPARE(destruction.labels(Status::Succeeded), QStringList{preview.first()});
    QCOMPARE(destruction.labels(Status::Failed), QStringList{preview.last()});
    QVERIFY(destruction.firstError().isError());

    server->clearRequests();
    server->setRoute("DELETE /rooms/other%40conference.elsewhere.org", Response::message(200, u"Room destroyed"_s));
    QSignalSpy finished(&destruction, &Operation::finished);
    QVERIFY(destruction.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(server->requestCount(), 1);
    QCOMPARE(destruction.count(Status::Succeeded), 2);
}

QTEST_GUILESS_MAIN(TestDestroyRooms)
#include "TestDestroyRooms.moc"
