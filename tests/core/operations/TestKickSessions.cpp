// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// KickSessions against the fake HTTP server: one DELETE /sessions/<user>/<resource> per session with the reason, the
// sessions closed counted, a session that ended meanwhile (404) not a failure, a failure half-way.

#include "OperationFixture.h"
#include "operations/KickSessions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestKickSessions : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void closesEachWithTheReason();
    void endedMeanwhileIsNotAFailure();
    void failureHalfWay();

private:
    OperationFixture m_fixture;
};

void TestKickSessions::closesEachWithTheReason()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /sessions/alice/phone", Response::json(200, R"({"closed":1})"));
    m_fixture.server()->setRoute("DELETE /sessions/bob/laptop", Response::json(200, R"({"closed":1})"));
    KickSessions kick(m_fixture.session(), {u"alice@example.org/phone"_s, u"bob@example.org/laptop"_s}, u"Bye"_s);
    QVERIFY(OperationFixture::run(kick));
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{u"DELETE /admin_rest/sessions/alice/phone {\"reason\":\"Bye\"}"_s,
            u"DELETE /admin_rest/sessions/bob/laptop {\"reason\":\"Bye\"}"_s}));
    QCOMPARE(kick.closed(), 2);
    QVERIFY(kick.failed().isEmpty());
    QVERIFY(!kick.lastError().isError());
}

void TestKickSessions::endedMeanwhileIsNotAFailure()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /sessions/alice/phone", Response::message(404, u"No such session"_s));
    KickSessions kick(m_fixture.session(), {u"alice@example.org/phone"_s});
    QVERIFY(OperationFixture::run(kick));
    QCOMPARE(m_fixture.requests(), QStringList{u"DELETE /admin_rest/sessions/alice/phone "_s});
    QCOMPARE(kick.closed(), 0);
    QVERIFY(kick.failed().isEmpty());
    QVERIFY(!kick.lastError().isError());
}

void TestKickSessions::failureHalfWay()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /sessions/alice/phone", Response::json(200, R"({"closed":1})"));
    m_fixture.server()->setRoute("DELETE /sessions/bob/laptop", Response::message(500, u"Internal server error"_s));
    m_fixture.server()->setRoute("DELETE /sessions/carol/desk", Response::json(200, R"({"closed":1})"));
    KickSessions kick(
        m_fixture.session(), {u"alice@example.org/phone"_s, u"bob@example.org/laptop"_s, u"carol@example.org/desk"_s});
    QVERIFY(OperationFixture::run(kick));
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{u"DELETE /admin_rest/sessions/alice/phone "_s, u"DELETE /admin_rest/sessions/bob/laptop "_s,
            u"DELETE /admin_rest/sessions/carol/desk "_s}));
    QCOMPARE(kick.closed(), 2);
    QCOMPARE(kick.failed(), QStringList{u"bob@example.org/laptop"_s});
    QCOMPARE(kick.lastError().kind, ApiError::Kind::ServerError);
}

QTEST_GUILESS_MAIN(TestKickSessions)
#include "TestKickSessions.moc"
