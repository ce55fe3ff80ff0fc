// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Kind = ApiError::Kind;

// One call of the client, made on a read-only client.
struct ClientCall
{
    std::function<ApiReply*(AdminRestClient&)> call;
};
Q_DECLARE_METATYPE(ClientCall)
Q_DECLARE_METATYPE(Response)

// The read-only gate of AdminRestClient: every route that changes something is refused before anything
// is sent (ApiError::Kind::ReadOnly, recorded like the other refusals), reads and the capability probe
// go through, and ServerSession keeps its client's flag in step with the profile's.
class TestReadOnlyClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void writesRefused_data();
    void writesRefused();
    void readsGoThrough_data();
    void readsGoThrough();
    void probeMulticastGoesThrough();
    void readOnlyRefusalComesFirst_data();
    void readOnlyRefusalComesFirst();
    void writableAgain();
    void sessionKeepsItsClientReadOnly();

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<AdminRestClient> m_client;
};

void TestReadOnlyClient::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    // Whatever reached the server would succeed: only the gate can refuse.
    m_server->setDefaultResponse(Response::message(200, u"Done"_s));
    m_client = std::make_unique<AdminRestClient>(settingsFor(m_server->url()));
    m_client->setReadOnly(true);
    QVERIFY(m_client->isReadOnly());
}

void TestReadOnlyClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestReadOnlyClient::writesRefused_data()
{
    QTest::addColumn<ClientCall>("call");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");

    auto row = [](const char* name, std::function<ApiReply*(AdminRestClient&)> call, const QByteArray& method,
                   const QString& path) { QTest::newRow(name) << ClientCall{std::move(call)} << method << path; };
    row(
        "create user", [](AdminRestClient& c) { return c.createUser(u"alice"_s, u"pw"_s); }, "POST", u"/user/alice"_s);
    row(
        "delete user", [](AdminRestClient& c) { return c.deleteUser(u"alice"_s); }, "DELETE", u"/user/alice"_s);
    row(
        "change password", [](AdminRestClient& c) { return c.changePassword(u"alice"_s, u"pw"_s); }, "PATCH",
        u"/user/alice/password"_s);
    row(
        "set role", [](AdminRestClient& c) { return c.setRole(u"alice"_s, u"prosody:admin"_s); }, "PATCH",
        u"/user/alice/role"_s);
    row(
        "add roster contact", [](AdminRestClient& c) { return c.addRosterContact(u"alice"_s, u"bob@example.org"_s); },
        "POST", u"/roster/alice"_s);
    row(
        "remove roster contact",
        [](AdminRestClient& c) { return c.removeRosterContact(u"alice"_s, u"bob@example.org"_s); }, "DELETE",
        u"/roster/alice"_s);
    row(
        "send message", [](AdminRestClient& c) { return c.sendMessage(u"alice"_s, u"hi"_s); }, "POST",
        u"/message/alice"_s);
    row(
        "multicast",
        [](AdminRestClient& c) {
            return c.multicast({{u"alice"_s, u"hi"_s}});
        },
        "POST", u"/message"_s);
    row(
        "broadcast", [](AdminRestClient& c) { return c.broadcast(u"hi"_s); }, "POST", u"/broadcast"_s);
    row(
        "announce", [](AdminRestClient& c) { return c.announce(u"hi"_s); }, "POST", u"/announce"_s);
    row(
        "kick", [](AdminRestClient& c) { return c.kick(u"alice"_s, u"phone"_s); }, "DELETE",
        u"/sessions/alice/phone"_s);
    row(
        "load module", [](AdminRestClient& c) { return c.loadModule(u"carbons"_s); }, "PUT", u"/module/carbons"_s);
    row(
        "unload module", [](AdminRestClient& c) { return c.unloadModule(u"carbons"_s); }, "DELETE",
        u"/module/carbons"_s);
    row(
        "add to whitelist", [](AdminRestClient& c) { return c.addToWhitelist(u"10.0.0.1"_s); }, "PUT",
        u"/whitelist/10.0.0.1"_s);
    row(
        "remove from whitelist", [](AdminRestClient& c) { return c.removeFromWhitelist(u"10.0.0.1"_s); }, "DELETE",
        u"/whitelist/10.0.0.1"_s);
    row(
        "reload", [](AdminRestClient& c) { return c.reloadServer(); }, "PUT", u"/reload"_s);
    row(
        "set vcard", [](AdminRestClient& c) { return c.setVcard(u"alice"_s, u"BEGIN:VCARD\r\nEND:VCARD"_s); }, "PUT",
        u"/vcards/alice"_s);
    row(
        "delete vcard", [](AdminRestClient& c) { return c.deleteVcard(u"alice"_s); }, "DELETE", u"/vcards/alice"_s);
    row(
        "create group", [](AdminRestClient& c) { return c.createGroup(u"Team"_s); }, "PUT", u"/groups"_s);
    row(
        "create group with id", [](AdminRestClient& c) { return c.createGroup(u"Team"_s, u"team"_s); }, "PUT",
        u"/groups/team"_s);
    row(
        "delete group", [](AdminRestClient& c) { return c.deleteGroup(u"team"_s); }, "DELETE", u"/groups/team"_s);
    row(
        "add group member", [](AdminRestClient& c) { return c.addGroupMember(u"team"_s, u"alice"_s); }, "PUT",
        u"/groups/team/members/alice"_s);
    row(
        "remove group member", [](AdminRestClient& c) { return c.removeGroupMember(u"team"_s, u"alice"_s); }, "DELETE",
        u"/groups/team/members/alice"_s);
    row(
        "sync group", [](AdminRestClient& c) { return c.syncGroup(u"team"_s); }, "POST", u"/groups/team/sync"_s);
    row(
        "wipe data", [](AdminRestClient& c) { return c.wipeData(); }, "DELETE", u"/data"_s);
    row(
        "wipe certificates", [](AdminRestClient& c) { return c.wipeCertificates(); }, "DELETE", u"/certs"_s);
}

void TestReadOnlyClient::writesRefused()
{
    QFETCH(ClientCall, call);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);

    QSignalSpy records(m_client.get(), &AdminRestClient::requestFinished);
    auto outcome = watch(call.call(*m_client));
    // Refused like every refusal before sending: asynchronously, so the caller can connect first.
    QVERIFY(!outcome->finished);
    QTRY_VERIFY(outcome->finished);
    QCOMPARE(outcome->finishedCount, 1);
    QVERIFY2(outcome->error.kind == Kind::ReadOnly, outcome->describe().constData());
    QCOMPARE(outcome->status, 0);
    QCOMPARE(outcome->path, path);
    const QString sentence = outcome->error.userMessage();
    QVERIFY2(sentence.contains(u"read-only"_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(m_client->serverName()), qPrintable(sentence));
    QCOMPARE(outcome->error.title(), u"Read-only profile"_s);

    // Nothing reached the server, not even a connection.
    QCOMPARE(m_server->connectionCount(), 0);
    QCOMPARE(m_server->requestCount(), 0);

    QCOMPARE(records.size(), 1);
    const auto record = records.at(0).at(0).value<RequestRecord>();
    QCOMPARE(record.method, method);
    QCOMPARE(record.path, path);
    QCOMPARE(record.httpStatus, 0);
    QCOMPARE(record.errorKind, Kind::ReadOnly);
    QCOMPARE(record.message, sentence);
    QVERIFY(record.started.isValid());
}

void TestReadOnlyClient::readsGoThrough_data()
{
    QTest::addColumn<ClientCall>("call");
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<Response>("response");

    auto row
        = [](const char* name, std::function<ApiReply*(AdminRestClient&)> call, const QByteArray& line,
              const Response& response) { QTest::newRow(name) << ClientCall{std::move(call)} << line << response; };
    row(
        "ping", [](AdminRestClient& c) { return c.ping(); }, "GET /admin_rest/ping HTTP/1.1",
        Response::json(200, R"("PONG")"));
    row(
        "user", [](AdminRestClient& c) { return c.user(u"alice"_s); }, "GET /admin_rest/user/alice HTTP/1.1",
        Response::json(200, R"({"user":{"connected":false,"sessions":{},"roster":{}}})"));
    row(
        "connected", [](AdminRestClient& c) { return c.isUserConnected(u"alice"_s); },
        "GET /admin_rest/user/alice/connected HTTP/1.1", Response::json(200, R"({"connected":true})"));
    row(
        "connected sessions", [](AdminRestClient& c) { return c.connectedSessions(); },
        "GET /admin_rest/users HTTP/1.1", Response::json(200, R"({"users":{},"count":0})"));
    row(
        "connected user count", [](AdminRestClient& c) { return c.connectedUserCount(); },
        "GET /admin_rest/users/count HTTP/1.1", Response::json(200, R"({"count":0})"));
    row(
        "all users", [](AdminRestClient& c) { return c.allUsers(); }, "GET /admin_rest/all-users HTTP/1.1",
        Response::json(200, R"({"users":{},"count":0})"));
    row(
        "registered users", [](AdminRestClient& c) { return c.registeredUsers(0, 10); },
        "GET /admin_rest/registered-users?offset=0&limit=10 HTTP/1.1",
        Response::json(200, R"({"users":[],"offset":0,"count":0,"total":0})"));
    row(
        "roster", [](AdminRestClient& c) { return c.roster(u"alice"_s); }, "GET /admin_rest/roster/alice HTTP/1.1",
        Response::json(200, R"({"roster":{},"count":0})"));
    row(
        "last activity", [](AdminRestClient& c) { return c.lastActivity(0, 10); },
        "GET /admin_rest/last-activity?offset=0&limit=10 HTTP/1.1",
        Response::json(200, R"({"users":[],"offset":0,"total":0})"));
    row(
        "modules", [](AdminRestClient& c) { return c.modules(); }, "GET /admin_rest/modules HTTP/1.1",
        Response::json(200, R"({"count":1,"modules":["ping"]})"));
    row(
        "module count", [](AdminRestClient& c) { return c.moduleCount(); }, "GET /admin_rest/modules/count HTTP/1.1",
        Response::json(200, R"({"count":1})"));
    row(
        "module", [](AdminRestClient& c) { return c.module(u"carbons"_s); }, "GET /admin_rest/module/carbons HTTP/1.1",
        Response::json(200, R"({"module":"carbons","loaded":true})"));
    row(
        "whitelist", [](AdminRestClient& c) { return c.whitelist(); }, "GET /admin_rest/whitelist HTTP/1.1",
        Response::json(200, R"({"whitelist":{},"count":0})"));
    row(
        "vcard", [](AdminRestClient& c) { return c.vcard(u"alice"_s); }, "GET /admin_rest/vcards/alice HTTP/1.1",
        Response::text(200, "text/vcard", "BEGIN:VCARD\r\nEND:VCARD\r\n"));
    row(
        "groups", [](AdminRestClient& c) { return c.groups(); }, "GET /admin_rest/groups HTTP/1.1",
        Response::json(200, R"({"groups":{},"count":0})"));
    row(
        "group", [](AdminRestClient& c) { return c.group(u"team"_s); }, "GET /admin_rest/groups/team HTTP/1.1",
        Response::json(200, R"({"group":{"id":"team","name":"Team","members":{}}})"));
    row(
        "server info", [](AdminRestClient& c) { return c.serverInfo(); }, "GET /admin_rest/info HTTP/1.1",
        Response::json(200, R"({"info":{"server":"example.org","hosts":["example.org"],"extensions":[]}})"));
}

void TestReadOnlyClient::readsGoThrough()
{
    QFETCH(ClientCall, call);
    QFETCH(QByteArray, requestLine);
    QFETCH(Response, response);

    m_server->enqueue(response);
    auto outcome = watch(call.call(*m_client));
    QTRY_VERIFY(outcome->finished);
    QVERIFY2(outcome->ok(), outcome->describe().constData());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->lastRequest().requestLine(), requestLine);
}

void TestReadOnlyClient::probeMulticastGoesThrough()
{
    // The capability probe's multicast to no one sends nothing to anyone: it goes out on a read-only client.
    m_server->setRoute("POST /message", Response::message(404, u"No multicast recipients"_s));
    const auto [outcome, value] = await(m_client->multicast({}));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind, Kind::NotFound);
    QCOMPARE(outcome.status, 404);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->lastRequest().requestLine(), QByteArray("POST /admin_rest/message HTTP/1.1"));
    QCOMPARE(m_server->lastRequest().body, QByteArray(R"({"recipients":[]})"));
}

void TestReadOnlyClient::readOnlyRefusalComesFirst_data()
{
    QTest::addColumn<ClientCall>("call");
    QTest::addColumn<QUrl>("baseUrl"); // empty: the fake server's
    QTest::newRow("bad path segment") << ClientCall{[](AdminRestClient& c) { return c.deleteUser(u"a/b"_s); }}
                                      << QUrl();
    QTest::newRow("empty password") << ClientCall{[](AdminRestClient& c) {
        return c.createUser(u"alice"_s, QString());
    }} << QUrl();
    // TEST-NET-1, never routed: plain HTTP there would be refused too, but for another reason.
    QTest::newRow("insecure transport") << ClientCall{[](AdminRestClient& c) { return c.wipeData(); }}
                                        << QUrl(u"http://192.0.2.1:5280/admin_rest"_s);
}

void TestReadOnlyClient::readOnlyRefusalComesFirst()
{
    QFETCH(ClientCall, call);
    QFETCH(QUrl, baseUrl);
    if (!baseUrl.isEmpty()) {
        m_client->setSettings(settingsFor(baseUrl));
    }
    auto outcome = watch(call.call(*m_client));
    QTRY_VERIFY(outcome->finished);
    QVERIFY2(outcome->error.kind == Kind::ReadOnly, outcome->describe().constData());
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestReadOnlyClient::writableAgain()
{
    const auto [refused, ignored] = await(m_client->deleteUser(u"alice"_s));
    QCOMPARE(refused.error.kind, Kind::ReadOnly);
    QCOMPARE(m_server->requestCount(), 0);

    m_client->setReadOnly(false);
    m_server->setRoute("DELETE /user/alice", Response::message(200, u"User deleted: alice@example.org"_s));
    const auto [deleted, result] = await(m_client->deleteUser(u"alice"_s));
    QVERIFY2(deleted.ok(), deleted.describe().constData());
    QCOMPARE(result, DeleteUserResult::Deleted);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->lastRequest().requestLine(), QByteArray("DELETE /admin_rest/user/alice HTTP/1.1"));
}

void TestReadOnlyClient::sessionKeepsItsClientReadOnly()
{
    m_server->setRoute("GET /ping", Response::json(200, R"("PONG")"));
    m_server->setRoute("POST /message", Response::message(404, u"No multicast recipients"_s));
    ServerSession session;
    session.setReadOnly(true);
    QSignalSpy connected(&session, &ServerSession::connected);
    session.connectTo(u"Test"_s, settingsFor(m_server->url()));
    QVERIFY(session.client());
    QVERIFY(session.client()->isReadOnly());

    // The probe (reads and its multicast to no one) is not held back: the session connects.
    QVERIFY(connected.wait(10000));
    QCOMPARE(session.state(), ServerSession::State::Connected);
    QVERIFY(session.capabilities().multicast);
    const int probed = m_server->requestCount();
    QVERIFY(probed > 1);

    const auto [refused, ignored] = await(session.client()->wipeData());
    QCOMPARE(refused.error.kind, Kind::ReadOnly);
    QCOMPARE(m_server->requestCount(), probed);

    // The profile made writable while connected: the same client sends the next write.
    session.setReadOnly(false);
    QVERIFY(!session.client()->isReadOnly());
    const auto [wiped, message] = await(session.client()->wipeData());
    QVERIFY2(wiped.ok(), wiped.describe().constData());
    QCOMPARE(m_server->requestCount(), probed + 1);
    QCOMPARE(m_server->lastRequest().requestLine(), QByteArray("DELETE /admin_rest/data HTTP/1.1"));

    // And read-only again for the next write, without a reconnection.
    session.setReadOnly(true);
    const auto [again, nothing] = await(session.client()->deleteUser(u"alice"_s));
    QCOMPARE(again.error.kind, Kind::ReadOnly);
    QCOMPARE(m_server->requestCount(), probed + 1);
}

QTEST_GUILESS_MAIN(TestReadOnlyClient)
#include "TestReadOnlyClient.moc"
