// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Kind = ApiError::Kind;

// One route of the contract: the call, and what must go over the wire for it.
struct RouteCall
{
    std::function<ApiReply*(AdminRestClient&)> call;
};
Q_DECLARE_METATYPE(RouteCall)
Q_DECLARE_METATYPE(Response)

class TestAdminRestClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void routes_data();
    void routes();
    void typedValues();
    void domainAndContext();
    void requestRecord();

    void invalidSegments_data();
    void invalidSegments();
    void emptyPasswordRefused();
    void insecureRemoteRefused();
    void insecureRemoteRefusedBeforeConnecting();
    void insecureRemoteAllowedWithOptIn();
    void loopbackHosts_data();
    void loopbackHosts();

    void wireFaults_data();
    void wireFaults();
    void timeout();
    void connectionRefused();
    void resetMidBody();
    void closedWithoutAnswer();
    void trickledAnswer();
    void delayedAnswerWithinTimeout();
    void responseTooLarge_data();
    void responseTooLarge();
    void redirectNotFollowed();
    void cancel();
    void cancelAfterFinishedIsIgnored();
    void clientDestroyed();
    void replyDeletedByCaller();
    void settingsChangeCancelsStaleCalls();

    void unloadModuleChecksBack_data();
    void unloadModuleChecksBack();

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<AdminRestClient> m_client;
};

void TestAdminRestClient::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<AdminRestClient>(settingsFor(m_server->url()));
}

void TestAdminRestClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestAdminRestClient::routes_data()
{
    QTest::addColumn<RouteCall>("call");
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<QByteArray>("contentType"); // empty: the request must have none
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Response>("response");

    const QByteArray json = "application/json";
    const QByteArray none;
    auto row = [&](const char* name, std::function<ApiReply*(AdminRestClient&)> call, const QByteArray& line,
                   const QByteArray& type, const QByteArray& body, const Response& response) {
        QTest::newRow(name) << RouteCall{std::move(call)} << line << type << body << response;
    };

    row(
        "ping", [](AdminRestClient& c) { return c.ping(); }, "GET /admin_rest/ping HTTP/1.1", none, {},
        Response::json(200, R"("PONG")"));
    row(
        "user", [](AdminRestClient& c) { return c.user(u"alice"_s); }, "GET /admin_rest/user/alice HTTP/1.1", none, {},
        Response::json(200, R"({"user":{"connected":false,"sessions":{},"roster":{}}})"));
    row(
        "user as bare JID", [](AdminRestClient& c) { return c.user(u"alice@example.org"_s); },
        "GET /admin_rest/user/alice%40example.org HTTP/1.1", none, {},
        Response::json(200, R"({"user":{"connected":false,"sessions":[],"roster":{}}})"));
    row(
        "user with space", [](AdminRestClient& c) { return c.user(u"a b"_s); }, "GET /admin_rest/user/a%20b HTTP/1.1",
        none, {}, Response::json(200, R"({"user":{"connected":false,"sessions":[],"roster":{}}})"));
    row(
        "connected", [](AdminRestClient& c) { return c.isUserConnected(u"alice"_s); },
        "GET /admin_rest/user/alice/connected HTTP/1.1", none, {}, Response::json(200, R"({"connected":true})"));
    row(
        "create user", [](AdminRestClient& c) { return c.createUser(u"alice"_s, u"pw\"1"_s, u"10.0.0.1"_s); },
        "POST /admin_rest/user/alice HTTP/1.1", json, R"({"password":"pw\"1","regip":"10.0.0.1"})",
        Response::message(201, u"User registered: alice@example.org"_s));
    row(
        "create user without regip", [](AdminRestClient& c) { return c.createUser(u"alice"_s, u"pw"_s); },
        "POST /admin_rest/user/alice HTTP/1.1", json, R"({"password":"pw"})",
        Response::message(201, u"User registered: alice@example.org"_s));
    row(
        "delete user", [](AdminRestClient& c) { return c.deleteUser(u"alice"_s); },
        "DELETE /admin_rest/user/alice HTTP/1.1", none, {},
        Response::message(200, u"User deleted: alice@example.org"_s));
    row(
        "change password", [](AdminRestClient& c) { return c.changePassword(u"alice"_s, u"new"_s); },
        "PATCH /admin_rest/user/alice/password HTTP/1.1", json, R"({"password":"new"})",
        Response::message(200, u"User modified: alice@example.org"_s));
    row(
        "set role", [](AdminRestClient& c) { return c.setRole(u"alice"_s, u"prosody:admin"_s); },
        "PATCH /admin_rest/user/alice/role HTTP/1.1", json, R"({"role":"prosody:admin"})",
        Response::message(200, u"Role set"_s));
    row(
        "connected sessions", [](AdminRestClient& c) { return c.connectedSessions(); },
        "GET /admin_rest/users HTTP/1.1", none, {}, Response::json(200, R"({"users":{},"count":0})"));
    row(
        "connected user count", [](AdminRestClient& c) { return c.connectedUserCount(); },
        "GET /admin_rest/users/count HTTP/1.1", none, {}, Response::json(200, R"({"count":0})"));
    row(
        "all users", [](AdminRestClient& c) { return c.allUsers(); }, "GET /admin_rest/all-users HTTP/1.1", none, {},
        Response::json(200, R"({"users":{},"count":0})"));
    row(
        "registered users", [](AdminRestClient& c) { return c.registeredUsers(20, 10); },
        "GET /admin_rest/registered-users?offset=20&limit=10 HTTP/1.1", none, {},
        Response::json(200, R"({"users":[],"offset":20,"count":0,"total":20})"));
    row(
        "roster", [](AdminRestClient& c) { return c.roster(u"alice"_s); }, "GET /admin_rest/roster/alice HTTP/1.1",
        none, {}, Response::json(200, R"({"roster":{},"count":0})"));
    row(
        "add roster contact", [](AdminRestClient& c) { return c.addRosterContact(u"alice"_s, u"bob@example.org"_s); },
        "POST /admin_rest/roster/alice HTTP/1.1", json, R"({"contact":"bob@example.org"})",
        Response::message(200, u"Roster registered: alice@example.org and bob@example.org"_s));
    row(
        "remove roster contact",
        [](AdminRestClient& c) { return c.removeRosterContact(u"alice"_s, u"bob@example.org"_s); },
        "DELETE /admin_rest/roster/alice HTTP/1.1", json, R"({"contact":"bob@example.org"})",
        Response::message(200, u"Roster deleted: alice@example.org and bob@example.org"_s));
    row(
        "send message", [](AdminRestClient& c) { return c.sendMessage(u"alice"_s, u"hello"_s); },
        "POST /admin_rest/message/alice HTTP/1.1", json, R"({"message":"hello"})",
        Response::message(200, u"Message sent"_s));
    row(
        "multicast",
        [](AdminRestClient& c) {
            return c.multicast({{u"alice"_s, u"hi"_s}, {u"bob@example.org"_s, u"ho"_s}});
        },
        "POST /admin_rest/message HTTP/1.1", json,
        R"({"recipients":[{"message":"hi","to":"alice"},{"message":"ho","to":"bob@example.org"}]})",
        Response::message(200, u"Message multicasted to users: 1/1"_s));
    row(
        "broadcast", [](AdminRestClient& c) { return c.broadcast(u"maintenance"_s); },
        "POST /admin_rest/broadcast HTTP/1.1", json, R"({"message":"maintenance"})",
        Response::json(200, R"({"count":3})"));
    row(
        "modules", [](AdminRestClient& c) { return c.modules(); }, "GET /admin_rest/modules HTTP/1.1", none, {},
        Response::json(200, R"({"count":1,"modules":["ping"]})"));
    row(
        "module count", [](AdminRestClient& c) { return c.moduleCount(); }, "GET /admin_rest/modules/count HTTP/1.1",
        none, {}, Response::json(200, R"({"count":1})"));
    row(
        "module", [](AdminRestClient& c) { return c.module(u"carbons"_s); }, "GET /admin_rest/module/carbons HTTP/1.1",
        none, {}, Response::json(200, R"({"module":"carbons","loaded":true})"));
    row(
        "load module", [](AdminRestClient& c) { return c.loadModule(u"carbons"_s); },
        "PUT /admin_rest/module/carbons HTTP/1.1", none, {}, Response::message(200, u"Module loaded: carbons"_s));
    row(
        "unload module", [](AdminRestClient& c) { return c.unloadModule(u"carbons"_s); },
        "DELETE /admin_rest/module/carbons HTTP/1.1", none, {}, Response::message(200, u"Module unloaded: carbons"_s));
    row(
        "whitelist", [](AdminRestClient& c) { return c.whitelist(); }, "GET /admin_rest/whitelist HTTP/1.1", none, {},
        Response::json(200, R"({"whitelist":{},"count":0})"));
    row(
        "add to whitelist", [](AdminRestClient& c) { return c.addToWhitelist(u"10.0.0.1"_s); },
        "PUT /admin_rest/whitelist/10.0.0.1 HTTP/1.1", none, {},
        Response::message(200, u"IP added to whitelist: 10.0.0.1"_s));
    row(
        "add IPv6 to whitelist", [](AdminRestClient& c) { return c.addToWhitelist(u"::1"_s); },
        "PUT /admin_rest/whitelist/%3A%3A1 HTTP/1.1", none, {},
        Response::message(200, u"IP added to whitelist: ::1"_s));
    row(
        "remove from whitelist", [](AdminRestClient& c) { return c.removeFromWhitelist(u"10.0.0.1"_s); },
        "DELETE /admin_rest/whitelist/10.0.0.1 HTTP/1.1", none, {},
        Response::message(200, u"IP removed from whitelist: 10.0.0.1"_s));
    row(
        "reload", [](AdminRestClient& c) { return c.reloadServer(); }, "PUT /admin_rest/reload HTTP/1.1", none, {},
        Response::message(200, u"Reloaded"_s));
    row(
        "vcard", [](AdminRestClient& c) { return c.vcard(u"alice"_s); }, "GET /admin_rest/vcards/alice HTTP/1.1", none,
        {}, Response::text(200, "text/vcard", "BEGIN:VCARD\r\nFN:Alice\r\nEND:VCARD\r\n"));
    row(
        "set vcard",
        [](AdminRestClient& c) { return c.setVcard(u"alice"_s, u"BEGIN:VCARD\r\nFN:Älice\r\nEND:VCARD"_s); },
        "PUT /admin_rest/vcards/alice HTTP/1.1", "text/vcard", "BEGIN:VCARD\r\nFN:\xc3\x84lice\r\nEND:VCARD",
        Response::message(200, u"vCard set"_s));
    row(
        "delete vcard", [](AdminRestClient& c) { return c.deleteVcard(u"alice"_s); },
        "DELETE /admin_rest/vcards/alice HTTP/1.1", none, {}, Response::message(200, u"vCard deleted"_s));
    row(
        "create group", [](AdminRestClient& c) { return c.createGroup(u"Team"_s); }, "PUT /admin_rest/groups HTTP/1.1",
        json, R"({"name":"Team"})", Response::json(200, R"({"group_id":"x1"})"));
    row(
        "create group with id", [](AdminRestClient& c) { return c.createGroup(u"Team A"_s, u"team-a"_s, true); },
        "PUT /admin_rest/groups/team-a HTTP/1.1", json,
        R"({"create_default_muc":true,"group_id":"team-a","name":"Team A"})",
        Response::json(200, R"({"group_id":"team-a"})"));
    row(
        "delete group", [](AdminRestClient& c) { return c.deleteGroup(u"team"_s); },
        "DELETE /admin_rest/groups/team HTTP/1.1", none, {}, Response::message(200, u"Group deleted"_s));
    row(
        "add group member", [](AdminRestClient& c) { return c.addGroupMember(u"team"_s, u"alice"_s); },
        "PUT /admin_rest/groups/team/members/alice HTTP/1.1", none, {}, Response::message(200, u"Member added"_s));
    row(
        "remove group member", [](AdminRestClient& c) { return c.removeGroupMember(u"team"_s, u"alice"_s); },
        "DELETE /admin_rest/groups/team/members/alice HTTP/1.1", none, {}, Response::message(200, u"Member removed"_s));
    row(
        "sync group", [](AdminRestClient& c) { return c.syncGroup(u"team"_s); },
        "POST /admin_rest/groups/team/sync HTTP/1.1", none, {}, Response::message(200, u"Synced"_s));
    row(
        "groups", [](AdminRestClient& c) { return c.groups(); }, "GET /admin_rest/groups HTTP/1.1", none, {},
        Response::json(200, R"({"groups":{},"count":0})"));
    row(
        "group", [](AdminRestClient& c) { return c.group(u"team"_s); }, "GET /admin_rest/groups/team HTTP/1.1", none,
        {}, Response::json(200, R"({"group":{"id":"team","name":"Team","members":{}}})"));
    row(
        "wipe data", [](AdminRestClient& c) { return c.wipeData(); }, "DELETE /admin_rest/data HTTP/1.1", none, {},
        Response::message(200, u"Data deleted"_s));
    row(
        "wipe certificates", [](AdminRestClient& c) { return c.wipeCertificates(); },
        "DELETE /admin_rest/certs HTTP/1.1", none, {}, Response::message(200, u"Certificates deleted"_s));
    row(
        "server info", [](AdminRestClient& c) { return c.serverInfo(); }, "GET /admin_rest/info HTTP/1.1", none, {},
        Response::json(200,
            R"({"info":{"server":"example.org","prosody_version":"13.0.1","module":"admin_rest","module_version":"1.0",)"
            R"("uptime":12,"memory":1024,"modules":3,"hosts":["example.org"],"extensions":["groups"]}})"));
}

void TestAdminRestClient::routes()
{
    QFETCH(RouteCall, call);
    QFETCH(QByteArray, requestLine);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Response, response);

    m_server->enqueue(response);
    ApiReply* reply = call.call(*m_client);
    QPointer<ApiReply> guard(reply);
    auto outcome = watch(reply);
    QTRY_VERIFY_WITH_TIMEOUT(outcome->finished, 10000);
    QVERIFY2(outcome->ok(), outcome->describe().constData());

    QCOMPARE(m_server->requestCount(), 1);
    const FakeHttpServer::Request request = m_server->lastRequest();
    QCOMPARE(request.requestLine(), requestLine);
    QCOMPARE(request.header("Host"), "127.0.0.1:" + QByteArray::number(m_server->port()));
    QCOMPARE(request.header("Authorization"), expectedAuthorization());
    QCOMPARE(request.header("Content-Type"), contentType);
    QCOMPARE(request.body, body);
    if (request.hasHeader("Content-Length")) {
        QCOMPARE(request.header("Content-Length").toLongLong(), body.size());
    }
    QCOMPARE(outcome->path.toLatin1(),
        requestLine.mid(requestLine.indexOf(' ') + 1 + int(qstrlen("/admin_rest"))).chopped(int(qstrlen(" HTTP/1.1"))));
    // Exactly once, then gone.
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(outcome->finishedCount, 1);
}

void TestAdminRestClient::typedValues()
{
    m_server->setRoute("GET /registered-users",
        Response::json(200,
            R"({"users":[{"jid":"a@example.org","role":"prosody:admin"},{"jid":"b@example.org","role":"prosody:registered"}],)"
            R"("offset":2,"count":2,"total":40})"));
    m_server->setRoute("PUT /groups", Response::json(200, R"({"group_id":"g-42"})"));
    m_server->setRoute("PUT /groups/given", Response::message(200, u"Group created"_s));
    m_server->setRoute(
        "POST /user/alice", Response::message(200, u"User <alice@example.org> already existed, password updated"_s));
    m_server->setRoute(
        "POST /message/bob", Response::message(202, u"Message sent to offline queue: bob@example.org"_s));
    m_server->setRoute("GET /user/alice/connected", Response::json(404, R"({"connected":false})"));

    const auto [page, pageValue] = await(m_client->registeredUsers(2, 2));
    QVERIFY2(page.ok(), page.describe().constData());
    QCOMPARE(pageValue.offset, 2);
    QCOMPARE(pageValue.total, 40);
    QCOMPARE(pageValue.users.size(), 2);
    QCOMPARE(pageValue.users.at(0).jid, u"a@example.org"_s);
    QCOMPARE(pageValue.users.at(0).role, u"prosody:admin"_s);

    const auto [created, groupId] = await(m_client->createGroup(u"Team"_s));
    QVERIFY(created.ok());
    QCOMPARE(groupId, u"g-42"_s);
    const auto [given, givenId] = await(m_client->createGroup(u"Team"_s, u"given"_s));
    QVERIFY(given.ok());
    QCOMPARE(givenId, u"given"_s);

    const auto [existed, createResult] = await(m_client->createUser(u"alice"_s, u"pw"_s));
    QVERIFY(existed.ok());
    QCOMPARE(createResult, CreateUserResult::PasswordUpdated);
    QCOMPARE(existed.serverMessage, u"User <alice@example.org> already existed, password updated"_s);

    const auto [queued, delivery] = await(m_client->sendMessage(u"bob"_s, u"hi"_s));
    QVERIFY(queued.ok());
    QCOMPARE(delivery, MessageDelivery::Queued);
    QCOMPARE(queued.status, 202);

    const auto [offline, connected] = await(m_client->isUserConnected(u"alice"_s));
    QVERIFY2(offline.ok(), offline.describe().constData());
    QCOMPARE(connected, false);
    QCOMPARE(offline.status, 404);
}

void TestAdminRestClient::domainAndContext()
{
    QCOMPARE(m_client->domain(), u"example.org"_s);
    QCOMPARE(m_client->adminLocalpart(), u"admin"_s);
    QCOMPARE(m_client->serverName(), u"127.0.0.1:"_s + QString::number(m_server->port()));
    m_server->enqueue(Response::message(401, u"Authentication failure"_s));
    const auto [outcome, value] = await(m_client->ping());
    QCOMPARE(outcome.error.kind, Kind::AuthenticationFailed);
    QCOMPARE(outcome.error.account, u"admin@example.org"_s);
    QVERIFY2(outcome.error.userMessage().contains(u"admin@example.org"_s), qPrintable(outcome.error.userMessage()));
    QCOMPARE(outcome.error.serverMessage, u"Authentication failure"_s);

    ConnectionSettings other = m_client->settings();
    other.baseUrl = QUrl(u"https://[::1]/admin_rest/"_s);
    m_client->setSettings(other);
    QCOMPARE(m_client->serverName(), u"[::1]:443"_s);
    QCOMPARE(m_client->urlFor(u"/ping"_s), QUrl(u"https://[::1]/admin_rest/ping"_s));
}

void TestAdminRestClient::requestRecord()
{
    QSignalSpy records(m_client.get(), &AdminRestClient::requestFinished);
    m_server->enqueue(Response::message(201, u"User registered: alice@example.org"_s));
    const auto [outcome, value] = await(m_client->createUser(u"alice"_s, u"TopSecret99"_s));
    QVERIFY(outcome.ok());
    QTRY_COMPARE(records.size(), 1);
    const auto record = records.at(0).at(0).value<RequestRecord>();
    QCOMPARE(record.method, QByteArray("POST"));
    QCOMPARE(record.path, u"/user/alice"_s);
    QCOMPARE(record.httpStatus, 201);
    QCOMPARE(record.errorKind, Kind::None);
    QCOMPARE(record.message, u"User registered: alice@example.org"_s);
    QVERIFY(record.started.isValid());
    QVERIFY(record.durationMs >= 0);

    // An error's record carries the sentence, never a secret.
    m_server->enqueue(Response::message(400, u"Body does not exist or is malformed"_s));
    const auto [failed, ignored] = await(m_client->changePassword(u"alice"_s, u"TopSecret99"_s));
    QCOMPARE(failed.error.kind, Kind::BadRequest);
    QTRY_COMPARE(records.size(), 2);
    const auto errorRecord = records.at(1).at(0).value<RequestRecord>();
    QCOMPARE(errorRecord.errorKind, Kind::BadRequest);
    QCOMPARE(errorRecord.httpStatus, 400);
    for (const auto& r : {record, errorRecord}) {
        QVERIFY(!r.message.contains(u"TopSecret99"_s));
        QVERIFY(!r.path.contains(u"TopSecret99"_s));
        QVERIFY(!r.message.contains(u"Basic"_s));
        QVERIFY(!r.message.contains(QString::fromLatin1(expectedAuthorization().mid(6))));
    }
}

void TestAdminRestClient::invalidSegments_data()
{
    QTest::addColumn<RouteCall>("call");
    QTest::newRow("empty user") << RouteCall{[](AdminRestClient& c) { return c.user(QString()); }};
    QTest::newRow("slash in user") << RouteCall{[](AdminRestClient& c) { return c.deleteUser(u"a/b"_s); }};
    QTest::newRow("dot user") << RouteCall{[](AdminRestClient& c) { return c.roster(u"."_s); }};
    QTest::newRow("dotdot module") << RouteCall{[](AdminRestClient& c) { return c.loadModule(u".."_s); }};
    QTest::newRow("slash in unload") << RouteCall{[](AdminRestClient& c) { return c.unloadModule(u"x/y"_s); }};
    QTest::newRow("empty address") << RouteCall{[](AdminRestClient& c) { return c.addToWhitelist(QString()); }};
    QTest::newRow("slash in group") << RouteCall{[](AdminRestClient& c) { return c.deleteGroup(u"a/../b"_s); }};
    QTest::newRow("slash in member") << RouteCall{
        [](AdminRestClient& c) { return c.addGroupMember(u"team"_s, u"../x"_s); }};
    QTest::newRow("empty group member") << RouteCall{
        [](AdminRestClient& c) { return c.removeGroupMember(QString(), u"alice"_s); }};
    QTest::newRow("negative page") << RouteCall{[](AdminRestClient& c) { return c.registeredUsers(-1, 10); }};
}

void TestAdminRestClient::invalidSegments()
{
    QFETCH(RouteCall, call);
    QSignalSpy records(m_client.get(), &AdminRestClient::requestFinished);
    ApiReply* reply = call.call(*m_client);
    auto outcome = watch(reply);
    // Refused, but asynchronously: the caller can connect first.
    QVERIFY(!outcome->finished);
    QTRY_VERIFY(outcome->finished);
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->error.kind, Kind::InvalidInput);
    QVERIFY(!outcome->error.userMessage().isEmpty());
    QCOMPARE(m_server->connectionCount(), 0);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).at(0).value<RequestRecord>().errorKind, Kind::InvalidInput);
}

void TestAdminRestClient::emptyPasswordRefused()
{
    const auto [created, v1] = await(m_client->createUser(u"alice"_s, QString()));
    QCOMPARE(created.error.kind, Kind::InvalidInput);
    const auto [changed, v2] = await(m_client->changePassword(u"alice"_s, QString()));
    QCOMPARE(changed.error.kind, Kind::InvalidInput);
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestAdminRestClient::insecureRemoteRefused()
{
    // TEST-NET-1: never routed. Any attempt to connect would end in a timeout or a network error.
    ConnectionSettings settings = settingsFor(QUrl(u"http://192.0.2.1:5280/admin_rest"_s));
    settings.timeoutMs = 60000;
    AdminRestClient client(settings);
    QElapsedTimer timer;
    timer.start();
    auto* reply = client.ping();
    auto outcome = watch(reply);
    QVERIFY(!outcome->finished);
    QTRY_VERIFY(outcome->finished);
    QCOMPARE(outcome->error.kind, Kind::InsecureTransport);
    QCOMPARE(outcome->status, 0);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(outcome->error.userMessage().contains(u"192.0.2.1:5280"_s));
    QVERIFY(outcome->error.userMessage().contains(u"admin@example.org"_s));

    // https to the same host is allowed to try (and here fails or times out: cancel it).
    settings.baseUrl = QUrl(u"https://192.0.2.1/admin_rest"_s);
    client.setSettings(settings);
    auto* secure = client.ping();
    auto secureOutcome = watch(secure);
    QVERIFY(!secureOutcome->finished);
    secure->cancel();
    QCOMPARE(secureOutcome->error.kind, Kind::Cancelled);
}

// This machine's first non-loopback IPv4 address, or a null one.
static QHostAddress nonLoopbackIpv4()
{
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address;
    }
    return {};
}

void TestAdminRestClient::insecureRemoteRefusedBeforeConnecting()
{
    // A server on this machine's own non-loopback address: a plain-http request to it must never connect.
    const QHostAddress external = nonLoopbackIpv4();
    if (external.isNull())
        QSKIP("this machine has no non-loopback IPv4 address");
    FakeHttpServer remote;
    QVERIFY(remote.listen(external));
    QUrl url = remote.url();
    QCOMPARE(url.host(), external.toString());
    AdminRestClient client(settingsFor(url));
    const auto [outcome, value] = await(client.ping());
    QCOMPARE(outcome.error.kind, Kind::InsecureTransport);
    QCOMPARE(remote.connectionCount(), 0);
    QCOMPARE(remote.requestCount(), 0);
}

void TestAdminRestClient::insecureRemoteAllowedWithOptIn()
{
    const QHostAddress external = nonLoopbackIpv4();
    if (external.isNull())
        QSKIP("this machine has no non-loopback IPv4 address");
    FakeHttpServer remote;
    QVERIFY(remote.listen(external));
    remote.enqueue(Response::json(200, R"("PONG")"));
    ConnectionSettings settings = settingsFor(remote.url());
    settings.allowInsecureRemote = true;
    AdminRestClient client(settings);
    const auto [outcome, value] = await(client.ping());
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    QCOMPARE(value, u"PONG"_s);
    QCOMPARE(remote.requestCount(), 1);
}

void TestAdminRestClient::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.1.2.3") << u"127.1.2.3"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("192.0.2.1") << u"192.0.2.1"_s << false;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
    QTest::newRow("example.org") << u"example.org"_s << false;
    QTest::newRow("localhost.example.org") << u"localhost.example.org"_s << false;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("::2") << u"::2"_s << false;
}

void TestAdminRestClient::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(AdminRestClient::isLoopbackHost(host), loopback);
}

void TestAdminRestClient::wireFaults_data()
{
    QTest::addColumn<RouteCall>("call");
    QTest::addColumn<Response>("response");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");

    const RouteCall modules{[](AdminRestClient& c) { return c.modules(); }};
    const RouteCall user{[](AdminRestClient& c) { return c.user(u"alice"_s); }};
    QTest::newRow("HTML 500, HTTP/1.0, no headers")
        << modules << Response::rawBytes("HTTP/1.0 500 Internal Server Error\r\n\r\n<html><body>500</body></html>")
        << int(Kind::ServerError) << 500;
    QTest::newRow("empty 401") << modules << Response::text(401, {}, {}) << int(Kind::NotWhitelisted) << 401;
    QTest::newRow("401 wrong password") << modules << Response::message(401, u"Authentication failure"_s)
                                        << int(Kind::AuthenticationFailed) << 401;
    QTest::newRow("malformed JSON") << modules << Response::text(200, "application/json", R"({"result":{"count")")
                                    << int(Kind::MalformedResponse) << 200;
    QTest::newRow("{} for the list") << modules << Response::json(200, R"({"count":0,"modules":{}})") << int(Kind::None)
                                     << 200;
    QTest::newRow("list where an object is due")
        << user << Response::json(200, R"([{"user":{}}])") << int(Kind::MalformedResponse) << 200;
    QTest::newRow("Prosody's not-found page")
        << modules << Response::text(404, "text/html", "<!DOCTYPE html><html><body>Not Found</body></html>")
        << int(Kind::ApiNotFound) << 404;
    QTest::newRow("405") << modules << Response::message(405, u"Invalid request method"_s) << int(Kind::NotSupported)
                         << 405;
    QTest::newRow("all-users, empty 200")
        << RouteCall{[](AdminRestClient& c) { return c.allUsers(); }} << Response::text(200, "application/json", {})
        << int(Kind::NotSupported) << 200;
    QTest::newRow("501 dropped") << RouteCall{[](AdminRestClient& c) { return c.sendMessage(u"bob"_s, u"hi"_s); }}
                                 << Response::message(501, u"Message dropped per configuration"_s)
                                 << int(Kind::MessageDropped) << 501;
}

void TestAdminRestClient::wireFaults()
{
    QFETCH(RouteCall, call);
    QFETCH(Response, response);
    QFETCH(int, kind);
    QFETCH(int, status);
    m_server->enqueue(response);
    auto outcome = watch(call.call(*m_client));
    QTRY_VERIFY(outcome->finished);
    QVERIFY2(int(outcome->error.kind) == kind, outcome->describe().constData());
    QCOMPARE(outcome->status, status);
    QCOMPARE(outcome->finishedCount, 1);
}

void TestAdminRestClient::timeout()
{
    ConnectionSettings settings = m_client->settings();
    settings.timeoutMs = 300;
    m_client->setSettings(settings);
    m_server->enqueue(Response::never());
    QSignalSpy records(m_client.get(), &AdminRestClient::requestFinished);
    QElapsedTimer timer;
    timer.start();
    const auto [outcome, value] = await(m_client->ping());
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind, Kind::Timeout);
    QCOMPARE(outcome.status, 0);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(m_server->requestCount(), 1);
    QTRY_COMPARE(records.size(), 1);
    QCOMPARE(records.at(0).at(0).value<RequestRecord>().errorKind, Kind::Timeout);
}

void TestAdminRestClient::connectionRefused()
{
    quint16 port = 0;
    {
        FakeHttpServer closed;
        QVERIFY(closed.listen());
        port = closed.port();
    }
    AdminRestClient client(settingsFor(QUrl(u"http://127.0.0.1:%1/admin_rest"_s.arg(port))));
    const auto [outcome, value] = await(client.ping());
    QCOMPARE(outcome.error.kind, Kind::ConnectionRefused);
    QCOMPARE(outcome.error.userMessage(),
        u"Nothing answers at 127.0.0.1:%1. Is Prosody running and is mod_admin_rest loaded?"_s.arg(port));
}

void TestAdminRestClient::resetMidBody()
{
    m_server->enqueue(Response::resetMidBody(200, R"({"result":{"users":[{"jid":"a@example.org"}],"count":1}})"));
    const auto [outcome, value] = await(m_client->allUsers());
    QCOMPARE(outcome.error.kind, Kind::Network);
    QVERIFY(value.isEmpty());
}

void TestAdminRestClient::closedWithoutAnswer()
{
    m_server->enqueue(Response::closeWithoutAnswer());
    m_server->enqueue(Response::closeWithoutAnswer()); // Qt retries an idempotent request once on a fresh connection
    const auto [outcome, value] = await(m_client->ping());
    QCOMPARE(outcome.error.kind, Kind::Network);
}

void TestAdminRestClient::trickledAnswer()
{
    // Slow but steady: the transfer timeout counts from the last progress, not from the start.
    ConnectionSettings settings = m_client->settings();
    settings.timeoutMs = 400;
    m_client->setSettings(settings);
    Response response = Response::json(200, R"("PONG")");
    response.behaviour = Response::Behaviour::Trickle;
    response.trickleBytes = 8;
    response.trickleIntervalMs = 40;
    m_server->enqueue(response);
    const auto [outcome, value] = await(m_client->ping());
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    QCOMPARE(value, u"PONG"_s);
}

void TestAdminRestClient::delayedAnswerWithinTimeout()
{
    ConnectionSettings settings = m_client->settings();
    settings.timeoutMs = 3000;
    m_client->setSettings(settings);
    Response response = Response::json(200, R"("PONG")");
    response.delayMs = 300;
    m_server->enqueue(response);
    QElapsedTimer timer;
    timer.start();
    const auto [outcome, value] = await(m_client->ping());
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    QVERIFY(timer.elapsed() >= 250);
}

void TestAdminRestClient::responseTooLarge_data()
{
    QTest::addColumn<Response>("response");
    const QByteArray big = R"({"result":{"whitelist":[")" + QByteArray(5000, 'x') + R"("],"count":1}})";
    QTest::newRow("declared length") << Response::text(200, "application/json", big);
    Response chunks = Response::text(200, "application/json", big);
    chunks.behaviour = Response::Behaviour::Trickle;
    chunks.trickleBytes = 1024;
    chunks.trickleIntervalMs = 5;
    QTest::newRow("trickled") << chunks;
    // No Content-Length: only the bytes read tell.
    QTest::newRow("unbounded") << Response::rawBytes("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + big);
}

void TestAdminRestClient::responseTooLarge()
{
    QFETCH(Response, response);
    ConnectionSettings settings = m_client->settings();
    settings.maxResponseBytes = 1000;
    m_client->setSettings(settings);
    m_server->enqueue(response);
    const auto [outcome, value] = await(m_client->whitelist());
    QCOMPARE(outcome.error.kind, Kind::ResponseTooLarge);
    QVERIFY(value.isEmpty());
}

void TestAdminRestClient::redirectNotFollowed()
{
    Response redirect = Response::text(302, "text/html", "moved");
    redirect.headers.append(qMakePair(QByteArray("Location"), QByteArray("http://127.0.0.1:1/elsewhere")));
    m_server->enqueue(redirect);
    const auto [outcome, value] = await(m_client->ping());
    QCOMPARE(outcome.error.kind, Kind::HttpError);
    QCOMPARE(outcome.status, 302);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestAdminRestClient::cancel()
{
    m_server->enqueue(Response::never());
    QSignalSpy records(m_client.get(), &AdminRestClient::requestFinished);
    auto* reply = m_client->ping();
    QPointer<ApiReply> guard(reply);
    auto outcome = watch(reply);
    QTRY_COMPARE(m_server->requestCount(), 1);
    reply->cancel();
    QVERIFY(outcome->finished);
    QCOMPARE(outcome->error.kind, Kind::Cancelled);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).at(0).value<RequestRecord>().errorKind, Kind::Cancelled);
}

void TestAdminRestClient::cancelAfterFinishedIsIgnored()
{
    m_server->enqueue(Response::json(200, R"("PONG")"));
    auto* reply = m_client->ping();
    QPointer<ApiReply> guard(reply);
    int count = 0;
    bool okAfterCancel = false;
    connect(reply, &ApiReply::finished, this, [reply, &count, &okAfterCancel] {
        ++count;
        reply->cancel(); // inside finished(): must not emit again nor change the result
        okAfterCancel = reply->ok();
    });
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(count, 1);
    QVERIFY(okAfterCancel);
}

void TestAdminRestClient::clientDestroyed()
{
    m_server->enqueue(Response::never());
    auto* reply = m_client->ping();
    QPointer<ApiReply> guard(reply);
    auto outcome = watch(reply);
    QTRY_COMPARE(m_server->requestCount(), 1);
    m_client.reset();
    QTRY_VERIFY(outcome->finished);
    QCOMPARE(outcome->error.kind, Kind::Cancelled);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(outcome->finishedCount, 1);
}

void TestAdminRestClient::replyDeletedByCaller()
{
    m_server->enqueue(Response::never());
    auto* reply = m_client->ping();
    QTRY_COMPARE(m_server->requestCount(), 1);
    QSignalSpy records(m_client.get(), &AdminRestClient::requestFinished);
    delete reply; // the request goes with it
    QCOMPARE(records.size(), 1);
    // The client goes on working.
    m_server->enqueue(Response::json(200, R"("PONG")"));
    const auto [outcome, value] = await(m_client->ping());
    QVERIFY2(outcome.ok(), outcome.describe().constData());
}

void TestAdminRestClient::settingsChangeCancelsStaleCalls()
{
    m_server->enqueue(Response::never());
    auto outcome = watch(m_client->ping());
    QTRY_COMPARE(m_server->requestCount(), 1);

    // A new timeout alone leaves the call running.
    ConnectionSettings settings = m_client->settings();
    settings.timeoutMs = 20000;
    m_client->setSettings(settings);
    QVERIFY(!outcome->finished);

    // Another account: the old call's answer would be stale.
    settings.jid = u"other@example.org"_s;
    m_client->setSettings(settings);
    QVERIFY(outcome->finished);
    QCOMPARE(outcome->error.kind, Kind::Cancelled);

    m_server->enqueue(Response::json(200, R"("PONG")"));
    const auto [next, value] = await(m_client->ping());
    QVERIFY2(next.ok(), next.describe().constData());
    QCOMPARE(m_server->lastRequest().header("Authorization"),
        "Basic " + u"other@example.org:s3cret:pässword"_s.toUtf8().toBase64());
}

void TestAdminRestClient::unloadModuleChecksBack_data()
{
    QTest::addColumn<Response>("unload");
    QTest::addColumn<Response>("check"); // invalid status 0: no check expected
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("kind");

    const Response none = Response::text(0, {}, {});
    QTest::newRow("ours: 200") << Response::message(200, u"Module unloaded: carbons"_s) << none << 1 << int(Kind::None);
    QTest::newRow("published: 500, then unloaded")
        << Response::message(500, u"Internal server error"_s)
        << Response::json(404, R"({"module":"carbons","loaded":false})") << 2 << int(Kind::None);
    QTest::newRow("published: 500, still loaded")
        << Response::message(500, u"Internal server error"_s)
        << Response::json(200, R"({"module":"carbons","loaded":true})") << 2 << int(Kind::ServerError);
    QTest::newRow("published: 500, check fails")
        << Response::message(500, u"Internal server error"_s)
        << Response::text(500, "text/html", "<html><body>Oops</body></html>") << 2 << int(Kind::ServerError);
    QTest::newRow("not loaded") << Response::message(404, u"Module is not loaded:carbons"_s) << none << 1
                                << int(Kind::None);
    QTest::newRow("no such route") << Response::message(404, u"Invalid request path"_s) << none << 1
                                   << int(Kind::NotSupported);
}

void TestAdminRestClient::unloadModuleChecksBack()
{
    QFETCH(Response, unload);
    QFETCH(Response, check);
    QFETCH(int, requests);
    QFETCH(int, kind);
    m_server->setRoute("DELETE /module/carbons", unload);
    if (check.status != 0) {
        m_server->setRoute("GET /module/carbons", check);
    }
    QSignalSpy records(m_client.get(), &AdminRestClient::requestFinished);
    const auto [outcome, value] = await(m_client->unloadModule(u"carbons"_s));
    QCOMPARE(int(outcome.error.kind), kind);
    QCOMPARE(m_server->requestCount(), requests);
    if (requests == 2) {
        QCOMPARE(m_server->requests().at(1).requestLine(), QByteArray("GET /admin_rest/module/carbons HTTP/1.1"));
        QCOMPARE(m_server->requests().at(1).header("Authorization"), expectedAuthorization());
    }
    QTRY_COMPARE(records.size(), requests);
    if (kind == int(Kind::None)) {
        QVERIFY(!value.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestAdminRestClient)
#include "TestAdminRestClient.moc"
