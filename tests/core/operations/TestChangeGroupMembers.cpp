// ChangeGroupMembers against the fake HTTP server: one PUT or DELETE /groups/<id>/members/<u> per
// user, per-item outcomes, a failure half-way and retrying only the failed member.

#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "operations/ChangeGroupMembers.h"
#include "session/ServerSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestChangeGroupMembers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsEachMember();
    void removalFailsHalfWayAndRetries();

private:
    void connectToFake();
    QStringList writes() const; // sorted
    bool run(Operation& operation);

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<ServerSession> m_session;
};

void TestChangeGroupMembers::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_session = std::make_unique<ServerSession>();
}

void TestChangeGroupMembers::cleanup()
{
    m_session.reset();
    m_server.reset();
}

void TestChangeGroupMembers::connectToFake()
{
    m_server->setRoute("GET /ping", Response::json(200, R"("PONG")"));
    m_server->setRoute("GET /info",
        Response::json(200,
            R"({"info":{"server":"example.org","prosody_version":"0.12.3","module":"admin_rest",)"
            R"("module_version":"1.0","hosts":["example.org"],"extensions":[],"roles":["prosody:admin","prosody:user"]}})"));
    m_server->setDefaultResponse(Response::message(404, u"Invalid request path"_s));
    QSignalSpy connected(m_session.get(), &ServerSession::connected);
    m_session->connectTo(u"fake"_s, settingsFor(m_server->url()));
    QVERIFY(connected.wait(10000));
    m_server->clearRequests();
}

QStringList TestChangeGroupMembers::writes() const
{
    QStringList lines;
    for (const auto& request : m_server->requests())
        lines << QString::fromUtf8(request.method + ' ' + request.path + ' ' + request.body);
    lines.sort();
    return lines;
}

bool TestChangeGroupMembers::run(Operation& operation)
{
    QSignalSpy finished(&operation, &Operation::finished);
    operation.start();
    return finished.wait(10000) && finished.size() == 1;
}

void TestChangeGroupMembers::addsEachMember()
{
    connectToFake();
    m_server->setRoute("PUT /groups/team/members/alice", Response::message(200, u"Member added"_s));
    m_server->setRoute("PUT /groups/team/members/bob", Response::message(200, u"Member added"_s));
    ChangeGroupMembers change(m_session.get(), u"team"_s, ChangeGroupMembers::Change::Add, {u"alice"_s, u"bob"_s});
    QVERIFY(run(change));
    QCOMPARE(writes(),
        (QStringList{u"PUT /admin_rest/groups/team/members/alice "_s, u"PUT /admin_rest/groups/team/members/bob "_s}));
    QCOMPARE(change.labels(Status::Succeeded), (QStringList{u"alice"_s, u"bob"_s}));
    QCOMPARE(change.groupId(), u"team"_s);
}

void TestChangeGroupMembers::removalFailsHalfWayAndRetries()
{
    connectToFake();
    m_server->setRoute("DELETE /groups/team/members/alice", Response::message(200, u"Member removed"_s));
    m_server->setRoute("DELETE /groups/team/members/bob", Response::message(500, u"Internal server error"_s));
    m_server->setRoute("DELETE /groups/team/members/carol", Response::message(200, u"Member removed"_s));
    ChangeGroupMembers change(
        m_session.get(), u"team"_s, ChangeGroupMembers::Change::Remove, {u"alice"_s, u"bob"_s, u"carol"_s});
    QVERIFY(run(change));
    QCOMPARE(writes(),
        (QStringList{u"DELETE /admin_rest/groups/team/members/alice "_s,
            u"DELETE /admin_rest/groups/team/members/bob "_s, u"DELETE /admin_rest/groups/team/members/carol "_s}));
    QCOMPARE(change.labels(Status::Succeeded), (QStringList{u"alice"_s, u"carol"_s}));
    QCOMPARE(change.labels(Status::Failed), QStringList{u"bob"_s});
    QCOMPARE(change.firstError().kind, ApiError::Kind::ServerError);

    m_server->clearRequests();
    m_server->setRoute("DELETE /groups/team/members/bob", Response::message(200, u"Member removed"_s));
    QSignalSpy finished(&change, &Operation::finished);
    QVERIFY(change.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(writes(), QStringList{u"DELETE /admin_rest/groups/team/members/bob "_s});
    QCOMPARE(change.count(Status::Succeeded), 3);
}

QTEST_GUILESS_MAIN(TestChangeGroupMembers)
#include "TestChangeGroupMembers.moc"
