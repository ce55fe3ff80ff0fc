// DeleteGroups against the fake HTTP server: one DELETE /groups/<id> per group, per-item outcomes,
// a failure half-way and retrying only the failed group.

#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "operations/DeleteGroups.h"
#include "session/ServerSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestDeleteGroups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deletesEachGroupAndReportsAFailureHalfWay();

private:
    void connectToFake();
    QStringList writes() const; // sorted
    bool run(Operation& operation);

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<ServerSession> m_session;
};

void TestDeleteGroups::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_session = std::make_unique<ServerSession>();
}

void TestDeleteGroups::cleanup()
{
    m_session.reset();
    m_server.reset();
}

void TestDeleteGroups::connectToFake()
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

QStringList TestDeleteGroups::writes() const
{
    QStringList lines;
    for (const auto& request : m_server->requests())
        lines << QString::fromUtf8(request.method + ' ' + request.path + ' ' + request.body);
    lines.sort();
    return lines;
}

bool TestDeleteGroups::run(Operation& operation)
{
    QSignalSpy finished(&operation, &Operation::finished);
    operation.start();
    return finished.wait(10000) && finished.size() == 1;
}

void TestDeleteGroups::deletesEachGroupAndReportsAFailureHalfWay()
{
    connectToFake();
    m_server->setRoute("DELETE /groups/team", Response::message(200, u"Group deleted"_s));
    m_server->setRoute("DELETE /groups/ops", Response::message(404, u"No such group"_s));
    m_server->setRoute("DELETE /groups/dev", Response::message(200, u"Group deleted"_s));
    DeleteGroups deletion(m_session.get(), {u"team"_s, u"ops"_s, u"dev"_s});
    QVERIFY(run(deletion));
    QCOMPARE(writes(),
        (QStringList{u"DELETE /admin_rest/groups/dev "_s, u"DELETE /admin_rest/groups/ops "_s,
            u"DELETE /admin_rest/groups/team "_s}));
    QCOMPARE(deletion.labels(Status::Succeeded), (QStringList{u"team"_s, u"dev"_s}));
    QCOMPARE(deletion.labels(Status::Failed), QStringList{u"ops"_s});
    QCOMPARE(deletion.firstError().kind, ApiError::Kind::NotFound);

    m_server->clearRequests();
    m_server->setRoute("DELETE /groups/ops", Response::message(200, u"Group deleted"_s));
    QSignalSpy finished(&deletion, &Operation::finished);
    QVERIFY(deletion.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(writes(), QStringList{u"DELETE /admin_rest/groups/ops "_s});
    QCOMPARE(deletion.count(Status::Succeeded), 3);
}

QTEST_GUILESS_MAIN(TestDeleteGroups)
#include "TestDeleteGroups.moc"
