// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// CreateRoom, SetRoomAffiliations and CloseS2sConnections against the fake HTTP server: the exact
// requests, per-item outcomes, a refusal half-way and retrying only what failed. The real server's
// side: tests/server/test_rooms.py, test_federation.py, TestRoomsEndToEnd and the GUI tests.

#include "OperationFixture.h"
#include "operations/CloseS2sConnections.h"
#include "operations/CreateRoom.h"
#include "operations/SetRoomAffiliations.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestRoomOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createRoomSendsTheSettings();
    void createRoomReportsAConflict();
    void affiliationsFailHalfWayAndRetry();
    void closesEachConnection();

private:
    OperationFixture m_fixture;
};

void TestRoomOperations::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestRoomOperations::cleanup()
{
    m_fixture.tearDown();
}

void TestRoomOperations::createRoomSendsTheSettings()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /rooms/club%40conference.example.org",
        Response::message(201, u"Room created: club@conference.example.org"_s));
    RoomSettings settings;
    settings.name = u"Club"_s;
    settings.isPublic = false;
    settings.owners = {u"alice@example.org"_s};
    CreateRoom creation(m_fixture.session(), u"club@conference.example.org"_s, settings);
    QVERIFY(OperationFixture::run(creation));
    QVERIFY(creation.succeeded());
    QCOMPARE(m_fixture.requests(),
        QStringList{u"POST /admin_rest/rooms/club%40conference.example.org {\"members_only\":false,\"moderated\":false,"
                    "\"name\":\"Club\",\"owners\":[\"alice@example.org\"],\"persistent\":true,\"public\":false}"_s});
}

void TestRoomOperations::createRoomReportsAConflict()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /rooms/club%40conference.example.org",
        Response::message(409, u"Room exists: club@conference.example.org"_s));
    CreateRoom creation(m_fixture.session(), u"club@conference.example.org"_s, RoomSettings{});
    QVERIFY(OperationFixture::run(creation));
    QVERIFY(!creation.succeeded());
    QCOMPARE(creation.labels(Status::Failed), QStringList{u"club@conference.example.org"_s});
    QVERIFY(creation.firstError().isError());
}

void TestRoomOperations::affiliationsFailHalfWayAndRetry()
{
    QVERIFY(m_fixture.connectAs());
    auto* server = m_fixture.server();
    const QByteArray base = "PUT /rooms/club%40conference.example.org/affiliations/";
    server->setRoute(base + "alice%40example.org", Response::message(200, u"Affiliation changed"_s));
    server->setRoute(base + "bob%40example.org", Response::message(404, u"Room does not exist"_s));
    SetRoomAffiliations change(m_fixture.session(), u"club@conference.example.org"_s,
        {{u"alice@example.org"_s, u"admin"_s}, {u"bob@example.org"_s, u"outcast"_s}}, u"Spam"_s);
    QCOMPARE(change.roomJid(), u"club@conference.example.org"_s);
    QVERIFY(OperationFixture::run(change));
    const QString path = u"PUT /admin_rest/rooms/club%40conference.example.org/affiliations/"_s;
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{path + u"alice%40example.org {\"affiliation\":\"admin\",\"reason\":\"Spam\"}"_s,
            path + u"bob%40example.org {\"affiliation\":\"outcast\",\"reason\":\"Spam\"}"_s}));
    QCOMPARE(change.labels(Status::Succeeded), QStringList{u"alice@example.org"_s});
    QCOMPARE(change.labels(Status::Failed), QStringList{u"bob@example.org"_s});

    server->clearRequests();
    server->setRoute(base + "bob%40example.org", Response::message(200, u"Affiliation changed"_s));
    QSignalSpy finished(&change, &Operation::finished);
    QVERIFY(change.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_fixture.requests(),
        QStringList{path + u"bob%40example.org {\"affiliation\":\"outcast\",\"reason\":\"Spam\"}"_s});
    QCOMPARE(change.count(Status::Succeeded), 2);
}

void TestRoomOperations::closesEachConnection()
{
    QVERIFY(m_fixture.connectAs());
    auto* server = m_fixture.server();
    server->setRoute("DELETE /s2s/s2sin1", Response::message(200, u"Connection closed"_s));
    server->setRoute("DELETE /s2s/s2sout2", Response::message(404, u"No such connection: s2sout2"_s));
    CloseS2sConnections closing(m_fixture.session(), {u"s2sin1"_s, u"s2sout2"_s}, u"Maintenance"_s);
    QVERIFY(OperationFixture::run(closing));
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{u"DELETE /admin_rest/s2s/s2sin1 {\"reason\":\"Maintenance\"}"_s,
            u"DELETE /admin_rest/s2s/s2sout2 {\"reason\":\"Maintenance\"}"_s}));
    QCOMPARE(closing.labels(Status::Succeeded), QStringList{u"s2sin1"_s});
    QCOMPARE(closing.labels(Status::Failed), QStringList{u"s2sout2"_s});
    QCOMPARE(closing.firstError().kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestRoomOperations)
#include "TestRoomOperations.moc"
