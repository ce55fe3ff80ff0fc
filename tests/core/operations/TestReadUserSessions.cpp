// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// ReadUserSessions against the fake HTTP server: one GET /user/<u> per user, each user's sessions
// as the server reports them, a user deleted meanwhile (404) told apart from a failure half-way,
// and at most ReadUserSessions::Concurrency calls at once.

#include "OperationFixture.h"
#include "operations/ReadUserSessions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

namespace {
QByteArray userWithSession(const char* resource)
{
    return R"({"user":{"connected":true,"sessions":[{"resource":")" + QByteArray(resource)
        + R"(","id":"s1","ip":"192.0.2.9","port":5222,"secure":true}],"roster":{}}})";
}
} // namespace

class TestReadUserSessions : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void readsEachUsersSessions();
    void goneAndFailureHalfWay();
    void atMostFourAtATime();

private:
    OperationFixture m_fixture;
};

void TestReadUserSessions::readsEachUsersSessions()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("GET /user/alice", Response::json(200, userWithSession("phone")));
    m_fixture.server()->setRoute("GET /user/bob", Response::json(200, userWithSession("laptop")));
    ReadUserSessions read(m_fixture.session(), {u"alice@example.org"_s, u"bob@example.org"_s});
    QVERIFY(OperationFixture::run(read));
    QCOMPARE(
        m_fixture.sortedRequests(), (QStringList{u"GET /admin_rest/user/alice "_s, u"GET /admin_rest/user/bob "_s}));
    QCOMPARE(read.count(Status::Succeeded), 2);
    QCOMPARE(read.sessions(0).size(), 1);
    QCOMPARE(read.sessions(0).first().resource, u"phone"_s);
    QCOMPARE(read.sessions(1).first().resource, u"laptop"_s);
    QCOMPARE(read.sessions(1).first().ip, u"192.0.2.9"_s);
}

void TestReadUserSessions::goneAndFailureHalfWay()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("GET /user/alice", Response::json(200, userWithSession("phone")));
    m_fixture.server()->setRoute("GET /user/bob", Response::message(404, u"User does not exist"_s));
    m_fixture.server()->setRoute("GET /user/carol", Response::message(500, u"Internal server error"_s));
    ReadUserSessions read(m_fixture.session(), {u"alice@example.org"_s, u"bob@example.org"_s, u"carol@example.org"_s});
    QVERIFY(OperationFixture::run(read));
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{
            u"GET /admin_rest/user/alice "_s, u"GET /admin_rest/user/bob "_s, u"GET /admin_rest/user/carol "_s}));
    QCOMPARE(read.outcome(0).status, Status::Succeeded);
    QVERIFY(read.wasGone(1));
    QVERIFY(!read.wasGone(2));
    QCOMPARE(read.outcome(2).status, Status::Failed);
    QCOMPARE(read.outcome(2).error.kind, ApiError::Kind::ServerError);
}

void TestReadUserSessions::atMostFourAtATime()
{
    QVERIFY(m_fixture.connectAs());
    QStringList users;
    for (int i = 0; i < 9; ++i) {
        users << u"user%1@example.org"_s.arg(i);
        m_fixture.server()->setRoute(
            "GET /user/user" + QByteArray::number(i), Response::json(200, userWithSession("r")));
    }
    ReadUserSessions read(m_fixture.session(), users);
    QVERIFY(OperationFixture::run(read));
    QCOMPARE(m_fixture.requests().size(), 9);
    QCOMPARE(read.count(Status::Succeeded), 9);
    // The first four start at once, before any answer can come back; never more.
    QCOMPARE(read.peakInFlight(), ReadUserSessions::Concurrency);
}

QTEST_GUILESS_MAIN(TestReadUserSessions)
#include "TestReadUserSessions.moc"
