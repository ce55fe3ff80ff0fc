// RemoveRosterContacts against the fake HTTP server: the exact requests for our module (one per
// contact) and for a published module (a second one removing the contact's "none" entry), per-item
// outcomes, a failure half-way, and retrying from the step that failed.

#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "operations/RemoveRosterContacts.h"
#include "session/ServerSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestRemoveRosterContacts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oursRemovesBothSidesWithOneCall();
    void publishedModuleGetsASecondCallForTheOtherSide();
    void failureHalfWaySaysWhatWasDone();
    void nothingToRemove();

private:
    // Connects m_session to the fake server, answering the probe as our module (/info) or as the
    // published current module (all-users, no /info).
    void connectAs(bool ours);
    QStringList writes() const;
    bool run(RemoveRosterContacts& removal);

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<ServerSession> m_session;
};

void TestRemoveRosterContacts::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_session = std::make_unique<ServerSession>();
}

void TestRemoveRosterContacts::cleanup()
{
    m_session.reset();
    m_server.reset();
}

void TestRemoveRosterContacts::connectAs(bool ours)
{
    m_server->setRoute("GET /ping", Response::json(200, R"("PONG")"));
    if (ours) {
        m_server->setRoute("GET /info",
            Response::json(200,
                R"({"info":{"server":"example.org","prosody_version":"0.12.3","module":"admin_rest",)"
                R"("module_version":"1.0","hosts":["example.org"],"extensions":[],"roles":["prosody:admin","prosody:user"]}})"));
    } else {
        m_server->setRoute("GET /all-users", Response::json(200, R"({"users":{},"count":0})"));
    }
    m_server->setDefaultResponse(Response::message(404, u"Invalid request path"_s));
    QSignalSpy connected(m_session.get(), &ServerSession::connected);
    m_session->connectTo(u"fake"_s, settingsFor(m_server->url()));
    QVERIFY(connected.wait(10000));
    QCOMPARE(m_session->capabilities().rosterRemovalIsMutual, ours);
    m_server->clearRequests();
}

QStringList TestRemoveRosterContacts::writes() const
{
    QStringList lines;
    for (const auto& request : m_server->requests())
        lines << QString::fromUtf8(request.method + ' ' + request.path + ' ' + request.body);
    lines.sort();
    return lines;
}

bool TestRemoveRosterContacts::run(RemoveRosterContacts& removal)
{
    QSignalSpy finished(&removal, &Operation::finished);
    removal.start();
    return finished.wait(10000) && finished.size() == 1;
}

void TestRemoveRosterContacts::oursRemovesBothSidesWithOneCall()
{
    connectAs(true);
    m_server->setRoute("DELETE /roster/alice", Response::message(200, u"Roster deleted"_s));
    RemoveRosterContacts removal(m_session.get(), u"alice@example.org"_s, {u"bob@example.org"_s, u"carol@other.org"_s});
    QVERIFY(!removal.removesOtherSide());
    QVERIFY(run(removal));
    QCOMPARE(writes(),
        (QStringList{u"DELETE /admin_rest/roster/alice {\"contact\":\"bob@example.org\"}"_s,
            u"DELETE /admin_rest/roster/alice {\"contact\":\"carol@other.org\"}"_s}));
    QCOMPARE(removal.count(Status::Succeeded), 2);
    QVERIFY(!removal.firstError().isError());
}

void TestRemoveRosterContacts::publishedModuleGetsASecondCallForTheOtherSide()
{
    connectAs(false);
    m_server->setRoute("DELETE /roster/alice", Response::message(200, u"Roster deleted"_s));
    m_server->setRoute("DELETE /roster/bob", Response::message(200, u"Roster deleted"_s));
    RemoveRosterContacts removal(m_session.get(), u"alice@example.org"_s, {u"bob@example.org"_s, u"carol@other.org"_s});
    QVERIFY(removal.removesOtherSide());
    QVERIFY(run(removal));
    // bob's roster is on this host: its entry for alice goes too. carol's host keeps its own roster.
    QCOMPARE(writes(),
        (QStringList{u"DELETE /admin_rest/roster/alice {\"contact\":\"bob@example.org\"}"_s,
            u"DELETE /admin_rest/roster/alice {\"contact\":\"carol@other.org\"}"_s,
            u"DELETE /admin_rest/roster/bob {\"contact\":\"alice@example.org\"}"_s}));
    QCOMPARE(removal.count(Status::Succeeded), 2);
}

void TestRemoveRosterContacts::failureHalfWaySaysWhatWasDone()
{
    connectAs(false);
    m_server->setRoute("DELETE /roster/alice", Response::message(200, u"Roster deleted"_s));
    m_server->setRoute("DELETE /roster/bob", Response::message(500, u"Internal server error"_s));
    RemoveRosterContacts removal(m_session.get(), u"alice@example.org"_s, {u"bob@example.org"_s});
    QVERIFY(run(removal));
    QCOMPARE(removal.labels(Status::Failed), QStringList{u"bob@example.org"_s});
    QCOMPARE(removal.outcome(0).stepsDone, 1); // alice's side is gone, bob's is not
    QCOMPARE(removal.firstError().kind, ApiError::Kind::ServerError);

    // Retrying sends only the step that failed.
    m_server->clearRequests();
    m_server->setRoute("DELETE /roster/bob", Response::message(200, u"Roster deleted"_s));
    QSignalSpy finished(&removal, &Operation::finished);
    QVERIFY(removal.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(writes(), QStringList{u"DELETE /admin_rest/roster/bob {\"contact\":\"alice@example.org\"}"_s});
    QCOMPARE(removal.count(Status::Succeeded), 1);
}

void TestRemoveRosterContacts::nothingToRemove()
{
    connectAs(true);
    RemoveRosterContacts removal(m_session.get(), u"alice@example.org"_s, {});
    QVERIFY(run(removal));
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestRemoveRosterContacts)
#include "TestRemoveRosterContacts.moc"
