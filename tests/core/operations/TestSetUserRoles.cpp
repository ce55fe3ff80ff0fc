// SetUserRoles against the fake HTTP server: one PATCH /user/<u>/role per user, strictly one after
// the other, per-item outcomes with the server's status (the dialog explains a refused role from it),
// a failure half-way, and retrying only the failed user.

#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "operations/SetUserRoles.h"
#include "session/ServerSession.h"

#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestSetUserRoles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setsTheRoleOfEachUserOneAfterTheOther();
    void failureHalfWayAndRetry();
    void nothingToChange();

private:
    void connectToFake();
    QStringList writes() const; // in the order received
    bool run(SetUserRoles& change);

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<ServerSession> m_session;
};

void TestSetUserRoles::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_session = std::make_unique<ServerSession>();
}

void TestSetUserRoles::cleanup()
{
    m_session.reset();
    m_server.reset();
}

void TestSetUserRoles::connectToFake()
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

QStringList TestSetUserRoles::writes() const
{
    QStringList lines;
    for (const auto& request : m_server->requests())
        lines << QString::fromUtf8(request.method + ' ' + request.path + ' ' + request.body);
    return lines;
}

bool TestSetUserRoles::run(SetUserRoles& change)
{
    QSignalSpy finished(&change, &Operation::finished);
    change.start();
    return finished.wait(10000) && finished.size() == 1;
}

void TestSetUserRoles::setsTheRoleOfEachUserOneAfterTheOther()
{
    connectToFake();
    m_server->setRoute("PATCH /user/alice/role", Response::message(200, u"Role updated"_s));
    m_server->setRoute("PATCH /user/bob/role", Response::message(200, u"Role updated"_s));
    SetUserRoles change(m_session.get(), {u"alice@example.org"_s, u"bob@example.org"_s}, u"prosody:admin"_s);
    QCOMPARE(change.role(), u"prosody:admin"_s);
    QStringList steps;
    connect(&change, &Operation::itemChanged, this, [&](int index) {
        steps << u"%1 %2"_s.arg(index).arg(
            QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(int(change.outcome(index).status))));
    });
    QVERIFY(run(change));
    QCOMPARE(writes(),
        (QStringList{u"PATCH /admin_rest/user/alice/role {\"role\":\"prosody:admin\"}"_s,
            u"PATCH /admin_rest/user/bob/role {\"role\":\"prosody:admin\"}"_s}));
    // bob's request starts only once alice's has been answered.
    QCOMPARE(steps, (QStringList{u"0 Running"_s, u"0 Succeeded"_s, u"1 Running"_s, u"1 Succeeded"_s}));
    QCOMPARE(change.count(Status::Succeeded), 2);
    QVERIFY(!change.firstError().isError());
}

void TestSetUserRoles::failureHalfWayAndRetry()
{
    connectToFake();
    m_server->setRoute("PATCH /user/alice/role", Response::message(200, u"Role updated"_s));
    // The published module fails with an internal error on a role the server lacks.
    m_server->setRoute("PATCH /user/bob/role", Response::message(500, u"Internal server error"_s));
    m_server->setRoute("PATCH /user/carol/role", Response::message(200, u"Role updated"_s));
    SetUserRoles change(
        m_session.get(), {u"alice@example.org"_s, u"bob@example.org"_s, u"carol@example.org"_s}, u"x:custom"_s);
    QVERIFY(run(change));
    QCOMPARE(writes(),
        (QStringList{u"PATCH /admin_rest/user/alice/role {\"role\":\"x:custom\"}"_s,
            u"PATCH /admin_rest/user/bob/role {\"role\":\"x:custom\"}"_s,
            u"PATCH /admin_rest/user/carol/role {\"role\":\"x:custom\"}"_s}));
    QCOMPARE(change.labels(Status::Succeeded), (QStringList{u"alice@example.org"_s, u"carol@example.org"_s}));
    QCOMPARE(change.labels(Status::Failed), QStringList{u"bob@example.org"_s});
    QCOMPARE(change.outcome(1).error.httpStatus, 500);
    QCOMPARE(change.firstError().kind, ApiError::Kind::ServerError);

    m_server->clearRequests();
    m_server->setRoute("PATCH /user/bob/role", Response::message(200, u"Role updated"_s));
    QSignalSpy finished(&change, &Operation::finished);
    QVERIFY(change.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(writes(), QStringList{u"PATCH /admin_rest/user/bob/role {\"role\":\"x:custom\"}"_s});
    QCOMPARE(change.count(Status::Succeeded), 3);
}

void TestSetUserRoles::nothingToChange()
{
    connectToFake();
    SetUserRoles change(m_session.get(), {}, u"prosody:user"_s);
    QVERIFY(run(change));
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestSetUserRoles)
#include "TestSetUserRoles.moc"
