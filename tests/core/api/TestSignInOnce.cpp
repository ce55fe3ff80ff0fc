// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"
#include "api/CapabilityProbe.h"
#include "api/SignOut.h"
#include "profiles/ProfileProbe.h"
#include "session/ServerSession.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Kind = ApiError::Kind;

// Signing in once (POST /token, then Bearer) and the batch calls of AdminRestClient, against a fake
// server that keeps tokens like our module: issued for the password, refused once revoked. The real
// module's side (expiry, revocation on password and role changes) is tests/server/test_tokens_batch.py;
// the console against it, tests/e2e (TestSignInOnceE2E).
class TestSignInOnce : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void signsInOnceForManyRequests();
    void offSendsThePasswordEveryTime();
    void refusedTokenRenewedAndIdempotentRequestSentAgain();
    void nonIdempotentRequestNotSentTwice();
    void renewedOnlyOnce();
    void renewalResendsOnlyIdempotentRequests();
    void failedSignInFallsBackToThePassword();
    void tokenNeverInTheActivityRecords();
    void revokeForgetsTheToken();
    void readOnlyClientSignsIn();
    void passwordOnlyInTheKeychainWhileATokenIsHeld();
    void probeSignsInFirstThenCarriesTheToken();
    void publishedModuleKeepsThePassword();
    void sessionSendsThePasswordOnce();
    void refusedRenewalEndsTheWaitingRequestsUnsent();
    void keychainWithoutThePasswordSendsNothing();
    void refusedRevocationNotSentWithThePassword();
    void sessionRevokesItsTokenWhenItDisconnects();
    void signOutDuringTheSignInRevokesTheNewToken();
    void probeRevokesItsTokenWhenItEnds();
    void signOutWithoutATokenSendsNothing();
    void quitWaitsForTheSignOutOnlyBriefly();

    void batchRequests();
    void batchItemOutcomes();
    void batchMalformedAnswer();
    void emptyBatchRefused();
    void batchReadsAllowedReadOnly();

private:
    // Answers like our module: POST /token with the password issues "tokenN"; any other request
    // needs the password or a token not revoked.
    std::optional<Response> answer(const FakeHttpServer::Request& request);
    int requests(const QByteArray& methodAndPath, const QByteArray& authorizationPrefix = {}) const;
    // "METHOD path" of every request that carried the password (HTTP Basic), in order.
    QStringList passwordRequests() const;
    // Requests that carried neither the password nor a token the server issued.
    int unauthenticatedRequests() const;
    // The answers of our module to the capability probe (GET /info lists "tokens").
    void answerTheProbeLikeOurModule();
    // Probes through `session` (a new client) and waits for connected().
    bool connectSession(ServerSession& session, const AdminRestClient::PasswordSource& source = {});

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<AdminRestClient> m_client;
    QSet<QByteArray> m_valid; // "Bearer tokenN"
    int m_issued = 0;
    bool m_refuseTokens = false; // every token refused, even a fresh one
    bool m_passwordChanged = false; // the password is refused (changed on the server)
    QHash<QByteArray, Response> m_routes; // "METHOD /path" (no base, no query) → answer, once authenticated
};

void TestSignInOnce::init()
{
    m_valid.clear();
    m_issued = 0;
    m_refuseTokens = false;
    m_passwordChanged = false;
    m_routes.clear();
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setResponder([this](const FakeHttpServer::Request& request) { return answer(request); });
    m_client = std::make_unique<AdminRestClient>(settingsFor(m_server->url()));
}

void TestSignInOnce::cleanup()
{
    m_client.reset();
    m_server.reset();
}

std::optional<Response> TestSignInOnce::answer(const FakeHttpServer::Request& request)
{
    const QByteArray authorization = request.header("Authorization");
    const bool password = authorization == expectedAuthorization() && !m_passwordChanged;
    if (authorization.startsWith("Basic ") && !password) {
        return Response::message(401, u"Authentication failure"_s);
    }
    if (request.method == "POST" && request.path == "/admin_rest/token") {
        if (!password) {
            return Response::message(403, u"A token is issued only for HTTP Basic authentication"_s);
        }
        const QByteArray token = "token" + QByteArray::number(++m_issued) + "-abcdefghijklmnop";
        m_valid.insert("Bearer " + token);
        return Response::json(
            200, R"({"token":")" + token + R"(","lifetime":3600,"expires":1764012345,"jid":"admin@example.org"})");
    }
    if (!password && (m_refuseTokens || !m_valid.contains(authorization))) {
        return Response::message(401, u"Authentication failure"_s);
    }
    if (request.method == "DELETE" && request.path == "/admin_rest/token") {
        m_valid.remove(authorization);
        return Response::message(200, u"Token revoked"_s);
    }
    if (request.path == "/admin_rest/ping") {
        return Response::json(200, R"("PONG")");
    }
    if (request.method == "POST" && request.path.startsWith("/admin_rest/user/")) {
        return Response::message(201, u"User registered: x@example.org"_s);
    }
    const QByteArray route = request.method + ' ' + request.path.mid(11).split('?').first();
    return m_routes.contains(route) ? std::optional<Response>(m_routes.value(route)) : std::nullopt;
}

QStringList TestSignInOnce::passwordRequests() const
{
    QStringList lines;
    for (const FakeHttpServer::Request& request : m_server->requests()) {
        if (request.header("Authorization").startsWith("Basic ")) {
            lines << QString::fromLatin1(request.method + ' ' + request.path);
        }
    }
    return lines;
}

int TestSignInOnce::unauthenticatedRequests() const
{
    int count = 0;
    for (const FakeHttpServer::Request& request : m_server->requests()) {
        const QByteArray authorization = request.header("Authorization");
        count += authorization != expectedAuthorization() && !authorization.startsWith("Bearer token") ? 1 : 0;
    }
    return count;
}

void TestSignInOnce::answerTheProbeLikeOurModule()
{
    m_routes.insert("GET /all-users", Response::json(200, R"({"users":[],"count":0})"));
    m_routes.insert("GET /registered-users", Response::json(200, R"({"users":[],"offset":0,"count":0,"total":0})"));
    m_routes.insert("GET /groups", Response::json(200, R"({"groups":{},"count":0})"));
    m_routes.insert("GET /info",
        Response::json(200,
            R"({"info":{"server":"example.org","prosody_version":"13.0.1","module":"admin_rest",)"
            R"("module_version":"1.0","hosts":["example.org"],"extensions":["tokens","batch"],"batch_max":100,)"
            R"("roles":["prosody:admin"]}})"));
    m_routes.insert("POST /message", Response::message(404, u"No multicast recipients"_s));
    m_routes.insert("GET /vcards/admin", Response::message(404, u"No vCard for admin@example.org"_s));
    m_routes.insert(
        "GET /user/alice", Response::json(200, R"({"user":{"connected":false,"sessions":[],"roster":{}}})"));
    m_routes.insert("GET /roster/alice", Response::json(200, R"({"roster":[],"count":0})"));
    m_routes.insert("GET /modules", Response::json(200, R"({"modules":["admin_rest"],"count":1})"));
}

bool TestSignInOnce::connectSession(ServerSession& session, const AdminRestClient::PasswordSource& source)
{
    QSignalSpy connected(&session, &ServerSession::connected);
    session.connectTo(u"fake"_s, settingsFor(m_server->url()), source);
    return connected.wait(10000);
}

int TestSignInOnce::requests(const QByteArray& methodAndPath, const QByteArray& authorizationPrefix) const
{
    int count = 0;
    for (const FakeHttpServer::Request& request : m_server->requests()) {
        if (request.method + ' ' + request.path == methodAndPath
            && request.header("Authorization").startsWith(authorizationPrefix)) {
            ++count;
        }
    }
    return count;
}

void TestSignInOnce::signsInOnceForManyRequests()
{
    m_client->setTokenAuthentication(true);
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 5; ++i) {
        outcomes.append(watch(m_client->ping()));
    }
    for (const auto& outcome : outcomes) {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->finished, 10000);
        QVERIFY2(outcome->ok(), outcome->describe());
    }
    QVERIFY(await(m_client->ping()).first.ok());
    QCOMPARE(requests("POST /admin_rest/token"), 1);
    QCOMPARE(requests("POST /admin_rest/token", "Basic "), 1);
    QCOMPARE(requests("GET /admin_rest/ping", "Bearer token1-"), 6);
    QCOMPARE(requests("GET /admin_rest/ping", "Basic "), 0);
    QCOMPARE(m_client->tokenSignIns(), 1);
    QVERIFY(m_client->usesToken());
}

void TestSignInOnce::offSendsThePasswordEveryTime()
{
    QVERIFY(!m_client->usesToken());
    QVERIFY(await(m_client->ping()).first.ok());
    QVERIFY(await(m_client->ping()).first.ok());
    QCOMPARE(requests("GET /admin_rest/ping", "Basic "), 2);
    QCOMPARE(requests("POST /admin_rest/token"), 0);
}

void TestSignInOnce::refusedTokenRenewedAndIdempotentRequestSentAgain()
{
    m_client->setTokenAuthentication(true);
    QVERIFY(await(m_client->ping()).first.ok());
    m_valid.clear(); // expired or revoked on the server
    const auto [outcome, value] = await(m_client->ping());
    QVERIFY2(outcome.ok(), outcome.describe());
    QCOMPARE(value, u"PONG"_s);
    QCOMPARE(requests("GET /admin_rest/ping", "Bearer token1-"), 2); // the second one refused
    QCOMPARE(requests("GET /admin_rest/ping", "Bearer token2-"), 1);
    QCOMPARE(m_client->tokenSignIns(), 2);
}

void TestSignInOnce::nonIdempotentRequestNotSentTwice()
{
    m_client->setTokenAuthentication(true);
    QVERIFY(await(m_client->ping()).first.ok());
    m_valid.clear();
    const auto [refused, ignored] = await(m_client->createUser(u"alice"_s, u"pw"_s));
    QCOMPARE(refused.error.kind, Kind::AuthenticationFailed);
    QCOMPARE(requests("POST /admin_rest/user/alice"), 1);
    // The next call has the new token.
    const auto [created, result] = await(m_client->createUser(u"bob"_s, u"pw"_s));
    QVERIFY2(created.ok(), created.describe());
    QCOMPARE(requests("POST /admin_rest/user/bob", "Bearer token2-"), 1);
    QCOMPARE(m_client->tokenSignIns(), 2);
}

void TestSignInOnce::renewedOnlyOnce()
{
    m_client->setTokenAuthentication(true);
    m_refuseTokens = true;
    const auto [outcome, value] = await(m_client->ping());
    QCOMPARE(outcome.error.kind, Kind::AuthenticationFailed);
    QCOMPARE(requests("GET /admin_rest/ping"), 2);
    QCOMPARE(requests("POST /admin_rest/token"), 2);
}

void TestSignInOnce::renewalResendsOnlyIdempotentRequests()
{
    m_routes.insert("PUT /whitelist/10.0.0.1", Response::message(200, u"Whitelisted"_s));
    m_routes.insert("DELETE /user/alice", Response::message(200, u"User deleted: alice@example.org"_s));
    m_routes.insert("PATCH /user/alice/password", Response::message(200, u"User modified: alice@example.org"_s));
    m_routes.insert("POST /batch/users", Response::json(200, R"({"results":[],"count":0,"succeeded":0})"));
    struct Case
    {
        QByteArray request; // "METHOD /admin_rest/path"
        std::function<ApiReply*(AdminRestClient&)> call;
        bool resent;
    };
    const QList<Case> cases{
        {"GET /admin_rest/ping", [](AdminRestClient& c) { return c.ping(); }, true},
        {"PUT /admin_rest/whitelist/10.0.0.1", [](AdminRestClient& c) { return c.addToWhitelist(u"10.0.0.1"_s); },
            true},
        {"DELETE /admin_rest/user/alice", [](AdminRestClient& c) { return c.deleteUser(u"alice"_s); }, true},
        {"POST /admin_rest/batch/users", [](AdminRestClient& c) { return c.userDetails({u"alice"_s}); }, true},
        {"POST /admin_rest/user/carol", [](AdminRestClient& c) { return c.createUser(u"carol"_s, u"pw"_s); }, false},
        {"PATCH /admin_rest/user/alice/password",
            [](AdminRestClient& c) { return c.changePassword(u"alice"_s, u"pw2"_s); }, false},
    };
    m_client->setTokenAuthentication(true);
    QVERIFY(await(m_client->ping()).first.ok());
    for (const Case& c : cases) {
        m_valid.clear(); // the token expired
        const int signIns = m_client->tokenSignIns();
        auto outcome = watch(c.call(*m_client));
        QTRY_VERIFY_WITH_TIMEOUT(outcome->finished, 10000);
        QCOMPARE(outcome->finishedCount, 1);
        QVERIFY2(c.resent ? outcome->ok() : outcome->error.kind == Kind::AuthenticationFailed,
            QByteArray(c.request + ": " + outcome->describe()).constData());
        // Renewed once either way; sent again only when sending it twice does what sending it once does.
        QTRY_COMPARE(m_client->tokenSignIns(), signIns + 1);
        QCOMPARE(requests(c.request), c.request == "GET /admin_rest/ping" ? 2 + 1 : (c.resent ? 2 : 1));
    }
}

void TestSignInOnce::failedSignInFallsBackToThePassword()
{
    m_client->setTokenAuthentication(true);
    m_server->setRoute("POST /token", Response::message(404, u"Invalid request path"_s));
    QList<std::shared_ptr<Outcome>> outcomes{watch(m_client->ping()), watch(m_client->ping())};
    for (const auto& outcome : outcomes) {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->finished, 10000);
        QVERIFY2(outcome->ok(), outcome->describe());
    }
    QVERIFY(!m_client->usesToken());
    QVERIFY(await(m_client->ping()).first.ok());
    QCOMPARE(requests("POST /admin_rest/token"), 1);
    QCOMPARE(requests("GET /admin_rest/ping", "Basic "), 3);
}

void TestSignInOnce::tokenNeverInTheActivityRecords()
{
    QList<RequestRecord> records;
    connect(m_client.get(), &AdminRestClient::requestFinished, this,
        [&records](const RequestRecord& record) { records.append(record); });
    m_client->setTokenAuthentication(true);
    QVERIFY(await(m_client->ping()).first.ok());
    m_valid.clear();
    QVERIFY(await(m_client->ping()).first.ok());
    QCOMPARE(records.size(), 5); // token, ping, ping refused, token, ping
    for (const RequestRecord& record : records) {
        const QString all = QString::fromLatin1(record.method) + record.path + record.message;
        QVERIFY2(!all.contains(u"token1-"_s) && !all.contains(u"token2-"_s), qPrintable(all));
    }
    QCOMPARE(records.at(2).httpStatus, 401);
}

void TestSignInOnce::revokeForgetsTheToken()
{
    m_client->setTokenAuthentication(true);
    QVERIFY(await(m_client->ping()).first.ok());
    const auto [revoked, message] = await(m_client->revokeToken());
    QVERIFY2(revoked.ok(), revoked.describe());
    QCOMPARE(requests("DELETE /admin_rest/token", "Bearer token1-"), 1);
    QVERIFY(m_valid.isEmpty());
    QVERIFY(await(m_client->ping()).first.ok());
    QCOMPARE(requests("GET /admin_rest/ping", "Bearer token2-"), 1);
    QCOMPARE(requests("GET /admin_rest/ping", "Bearer token1-"), 1); // never sent after its revocation
}

void TestSignInOnce::readOnlyClientSignsIn()
{
    m_client->setReadOnly(true);
    m_client->setTokenAuthentication(true);
    QVERIFY(await(m_client->ping()).first.ok());
    QCOMPARE(requests("GET /admin_rest/ping", "Bearer token1-"), 1);
}

void TestSignInOnce::passwordOnlyInTheKeychainWhileATokenIsHeld()
{
    const QString password = m_client->settings().password;
    int lookups = 0;
    m_client->setPasswordSource([&lookups, password](const std::function<void(const QString&)>& deliver) {
        ++lookups;
        QTimer::singleShot(0, [deliver, password] { deliver(password); }); // a keychain answers later
    });
    m_client->setTokenAuthentication(true);
    QVERIFY(await(m_client->ping()).first.ok());
    QCOMPARE(lookups, 0); // the first sign-in uses the password the session was opened with
    QVERIFY(m_client->settings().password.isEmpty());
    QVERIFY(await(m_client->ping()).first.ok());
    m_valid.clear(); // the token expired
    const auto [outcome, value] = await(m_client->ping());
    QVERIFY2(outcome.ok(), outcome.describe());
    QCOMPARE(lookups, 1);
    QVERIFY(m_client->settings().password.isEmpty());
    QCOMPARE(requests("POST /admin_rest/token", expectedAuthorization()), 2);
    QCOMPARE(requests("GET /admin_rest/ping", "Bearer token2-"), 1);
}

void TestSignInOnce::probeSignsInFirstThenCarriesTheToken()
{
    answerTheProbeLikeOurModule();
    CapabilityProbe probe(m_client.get());
    QSignalSpy finished(&probe, &CapabilityProbe::finished);
    probe.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(!probe.result().error.isError(), qPrintable(probe.result().error.userMessage()));
    QCOMPARE(probe.result().flavor, Capabilities::Flavor::Ours);
    QVERIFY(probe.result().tokens);
    QVERIFY(m_client->usesToken());
    // The password once, first; the ping and the five route probes with the token (no GET
    // /all-users: the paged listing answers).
    QCOMPARE(passwordRequests(), QStringList{u"POST /admin_rest/token"_s});
    QCOMPARE(m_server->requests().first().path, QByteArray("/admin_rest/token"));
    QCOMPARE(m_server->requestCount(), 7);
    for (qsizetype i = 1; i < m_server->requests().size(); ++i) {
        QCOMPARE(m_server->requests().at(i).header("Authorization").left(13), QByteArray("Bearer token1"));
    }
    QCOMPARE(m_client->tokenSignIns(), 1);
}

void TestSignInOnce::publishedModuleKeepsThePassword()
{
    // A published module has no POST /token ("Invalid request path"): the password on every request.
    m_server->setRoute("POST /token", Response::message(404, u"Invalid request path"_s));
    m_routes.insert("GET /all-users", Response::json(200, R"({"users":{},"count":0})"));
    CapabilityProbe probe(m_client.get());
    QSignalSpy finished(&probe, &CapabilityProbe::finished);
    probe.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(probe.result().flavor, Capabilities::Flavor::Current);
    QVERIFY(!probe.result().tokens);
    QVERIFY(!m_client->usesToken());
    QVERIFY(await(m_client->user(u"alice"_s)).first.error.isError()); // no such route here, with the password
    QCOMPARE(m_server->requestCount(), 9);
    QCOMPARE(passwordRequests().size(), 9);
    QCOMPARE(requests("POST /admin_rest/token"), 1); // asked once, at the probe
}

void TestSignInOnce::sessionSendsThePasswordOnce()
{
    // A whole session as the console runs one: the probe, the panes' reads, writes, a token revoked
    // on the server and renewed from the keychain. The password goes out for each sign-in only.
    answerTheProbeLikeOurModule();
    const QString password = settingsFor(m_server->url()).password;
    int lookups = 0;
    ServerSession session;
    QVERIFY(connectSession(session, [&lookups, password](const std::function<void(const QString&)>& deliver) {
        ++lookups;
        deliver(password);
    }));
    QVERIFY(session.capabilities().tokens);
    QVERIFY(session.client()->settings().password.isEmpty()); // the keychain has it, not the client
    for (int i = 0; i < 3; ++i) {
        QVERIFY(await(session.user(u"alice"_s)).first.ok());
        QVERIFY(await(session.roster(u"alice"_s)).first.ok());
        QVERIFY(await(session.modules()).first.ok());
    }
    QVERIFY(await(session.client()->createUser(u"bob"_s, u"pw"_s)).first.ok());
    QCOMPARE(passwordRequests(), QStringList{u"POST /admin_rest/token"_s});
    QCOMPARE(lookups, 0);

    m_valid.clear(); // revoked on the server (the module reloaded)
    QVERIFY(await(session.user(u"alice"_s)).first.ok());
    QVERIFY(await(session.modules()).first.ok());
    QCOMPARE(passwordRequests(), QStringList({u"POST /admin_rest/token"_s, u"POST /admin_rest/token"_s}));
    QCOMPARE(lookups, 1);
    QVERIFY(session.client()->settings().password.isEmpty());
    QCOMPARE(requests("GET /admin_rest/user/alice", "Bearer token1-"), 4); // the last one refused
    QCOMPARE(requests("GET /admin_rest/user/alice", "Bearer token2-"), 1);
    QCOMPARE(requests("GET /admin_rest/modules", "Bearer token2-"), 1);
    QCOMPARE(unauthenticatedRequests(), 0);
    QCOMPARE(m_server->requestCount(), 1 + 6 + 10 + 4); // sign-in, probe, session; refused, sign-in, two reads
}

void TestSignInOnce::refusedRenewalEndsTheWaitingRequestsUnsent()
{
    m_client->setTokenAuthentication(true);
    QVERIFY(await(m_client->ping()).first.ok());
    // The administrator's password changed elsewhere: the server revoked the token and refuses the
    // old password. The renewal is one failed sign-in, and the request ends with its error.
    m_valid.clear();
    m_passwordChanged = true;
    QCOMPARE(await(m_client->ping()).first.error.kind, Kind::AuthenticationFailed);
    QCOMPARE(requests("POST /admin_rest/token"), 2);
    // Requests made meanwhile wait for one sign-in, and end with its refusal, unsent.
    QList<std::shared_ptr<Outcome>> outcomes{watch(m_client->ping()), watch(m_client->ping()), watch(m_client->ping())};
    for (const auto& outcome : outcomes) {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->finished, 10000);
        QCOMPARE(outcome->error.kind, Kind::AuthenticationFailed);
    }
    QCOMPARE(requests("POST /admin_rest/token"), 3);
    QCOMPARE(requests("GET /admin_rest/ping", "Bearer token1-"), 2);
    QCOMPARE(requests("GET /admin_rest/ping", "Basic "), 0);
    QCOMPARE(m_server->requestCount(), 5);
}

void TestSignInOnce::keychainWithoutThePasswordSendsNothing()
{
    QList<RequestRecord> records;
    connect(m_client.get(), &AdminRestClient::requestFinished, this,
        [&records](const RequestRecord& record) { records.append(record); });
    m_client->setPasswordSource([](const std::function<void(const QString&)>& deliver) { deliver({}); });
    m_client->setTokenAuthentication(true);
    QVERIFY(await(m_client->ping()).first.ok());
    m_valid.clear();
    const auto [outcome, value] = await(m_client->ping());
    QCOMPARE(outcome.error.kind, Kind::AuthenticationFailed);
    QVERIFY2(outcome.error.detail.contains(u"keychain"_s), qPrintable(outcome.error.detail));
    QCOMPARE(requests("POST /admin_rest/token"), 1);
    QCOMPARE(m_server->requestCount(), 3); // token, ping, the ping refused; nothing with an empty password
    QCOMPARE(unauthenticatedRequests(), 0);
    QCOMPARE(records.size(), 4); // the ping that waited is recorded, unsent
    QCOMPARE(records.last().httpStatus, 0);
    QCOMPARE(records.last().errorKind, Kind::AuthenticationFailed);
}

void TestSignInOnce::refusedRevocationNotSentWithThePassword()
{
    // DELETE /token with the password would revoke every token of the account: a refused token is
    // not revoked again that way.
    m_client->setTokenAuthentication(true);
    QVERIFY(await(m_client->ping()).first.ok());
    m_valid.clear();
    const auto [outcome, message] = await(m_client->revokeToken());
    QCOMPARE(outcome.error.kind, Kind::AuthenticationFailed);
    QCOMPARE(requests("DELETE /admin_rest/token"), 1);
    QCOMPARE(requests("DELETE /admin_rest/token", "Basic "), 0);
}

void TestSignInOnce::sessionRevokesItsTokenWhenItDisconnects()
{
    answerTheProbeLikeOurModule();
    auto session = std::make_unique<ServerSession>();
    QVERIFY(connectSession(*session));
    QVERIFY(await(session->user(u"alice"_s)).first.ok());
    auto* pending = session->roster(u"alice"_s); // still under way when the session disconnects
    QSignalSpy pendingDone(pending, &ApiReply::finished);
    QSignalSpy records(session.get(), &ServerSession::requestFinished);
    session->disconnectFromServer();
    QCOMPARE(pendingDone.size(), 1); // cancelled at once
    QTRY_COMPARE_WITH_TIMEOUT(SignOut::underWay(), 0, 10000);
    QCOMPARE(requests("DELETE /admin_rest/token", "Bearer token1-"), 1);
    QCOMPARE(requests("DELETE /admin_rest/token"), 1); // never with the password: that revokes every token
    QVERIFY(m_valid.isEmpty());
    QCOMPARE(records.size(), 0); // not in the activity log of what comes next

    // A session that is destroyed connected does the same.
    QVERIFY(connectSession(*session));
    QCOMPARE(m_valid.size(), 1);
    session.reset();
    QTRY_VERIFY_WITH_TIMEOUT(m_valid.isEmpty(), 10000);
    QCOMPARE(requests("DELETE /admin_rest/token", "Bearer token2-"), 1);
}

void TestSignInOnce::signOutDuringTheSignInRevokesTheNewToken()
{
    m_client->setTokenAuthentication(true);
    QSignalSpy ping(m_client->ping(), &ApiReply::finished); // signs in first
    SignOut::release(m_client.release());
    QCOMPARE(ping.size(), 1); // the request ends at once, the sign-in goes on
    QTRY_VERIFY_WITH_TIMEOUT(m_issued == 1 && m_valid.isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(SignOut::underWay(), 0, 10000);
    QCOMPARE(requests("DELETE /admin_rest/token", "Bearer token1-"), 1);
    QCOMPARE(requests("GET /admin_rest/ping"), 0);
}

void TestSignInOnce::probeRevokesItsTokenWhenItEnds()
{
    answerTheProbeLikeOurModule();
    m_routes.insert("GET /users/count", Response::json(200, R"({"count":0})"));
    ProfileProbe probe(settingsFor(m_server->url()));
    for (int run = 1; run <= 2; ++run) { // a connection test run twice: a token per run, each revoked
        QSignalSpy finished(&probe, &ProfileProbe::finished);
        probe.start();
        QVERIFY(finished.wait(10000));
        QVERIFY2(probe.result().ok(), qPrintable(probe.result().error().userMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(m_valid.isEmpty(), 10000);
        QCOMPARE(m_issued, run);
        QCOMPARE(requests("DELETE /admin_rest/token", "Bearer token" + QByteArray::number(run) + '-'), 1);
    }
    QCOMPARE(requests("DELETE /admin_rest/token"), 2);
}

void TestSignInOnce::signOutWithoutATokenSendsNothing()
{
    // Tokens off (a published module): nothing to revoke, and the client goes at once.
    QVERIFY(await(m_client->ping()).first.ok());
    QPointer<AdminRestClient> client = m_client.release();
    SignOut::release(client);
    QCOMPARE(SignOut::underWay(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(client.isNull(), 10000);
    QCOMPARE(requests("DELETE /admin_rest/token"), 0);
}

void TestSignInOnce::quitWaitsForTheSignOutOnlyBriefly()
{
    m_client->setTokenAuthentication(true);
    QVERIFY(await(m_client->ping()).first.ok());
    m_server->setResponder({}); // the server stops answering
    m_server->setDefaultResponse(Response::never());
    QPointer<AdminRestClient> client = m_client.release();
    SignOut::release(client);
    QCOMPARE(SignOut::underWay(), 1);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!SignOut::finishAll(300));
    QVERIFY2(timer.elapsed() < 2000, QByteArray::number(timer.elapsed()));
    QCOMPARE(SignOut::underWay(), 0);
    QVERIFY(client.isNull()); // given up: the client is gone
    QCOMPARE(m_server->lastRequest().requestLine(), QByteArray("DELETE /admin_rest/token HTTP/1.1"));
}

void TestSignInOnce::batchRequests()
{
    m_server->setDefaultResponse(Response::json(200, R"({"results":[],"count":0,"succeeded":0})"));
    struct Expected
    {
        std::function<ApiReply*(AdminRestClient&)> call;
        QByteArray path;
        QByteArray body;
    };
    const QStringList two{u"alice"_s, u"bob@example.org"_s};
    const QList<Expected> calls{
        {[](AdminRestClient& c) {
             return c.createUsers({{u"alice"_s, u"pw\"1"_s, {}}, {u"bob"_s, u"pw2"_s, u"10.0.0.1"_s}});
         },
            "/admin_rest/batch/create-users",
            R"({"users":[{"password":"pw\"1","user":"alice"},{"password":"pw2","regip":"10.0.0.1","user":"bob"}]})"},
        {[&](AdminRestClient& c) { return c.deleteUsers(two); }, "/admin_rest/batch/delete-users",
            R"({"users":["alice","bob@example.org"]})"},
        {[&](AdminRestClient& c) { return c.userDetails(two); }, "/admin_rest/batch/users",
            R"({"users":["alice","bob@example.org"]})"},
        {[&](AdminRestClient& c) { return c.rosters(two); }, "/admin_rest/batch/rosters",
            R"({"users":["alice","bob@example.org"]})"},
        {[&](AdminRestClient& c) { return c.lastActivities(two); }, "/admin_rest/batch/last-activity",
            R"({"users":["alice","bob@example.org"]})"},
    };
    for (const Expected& expected : calls) {
        auto outcome = watch(expected.call(*m_client));
        QTRY_VERIFY_WITH_TIMEOUT(outcome->finished, 10000);
        const FakeHttpServer::Request request = m_server->lastRequest();
        QCOMPARE(request.method + ' ' + request.path, "POST " + expected.path);
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.body, expected.body);
    }
}

void TestSignInOnce::batchItemOutcomes()
{
    m_server->setRoute("POST /batch/create-users", Response::json(200, R"j({"results":[
            {"user":"alice","status":201,"result":"User registered: alice@example.org"},
            {"user":"bad user","status":404,"result":"User does not exist or is malformed"},
            {"user":"bob","status":200,"result":"User <bob@example.org> already existed, password updated"},
            {"user":null,"status":400,"result":"Invalid item: a user (and for create-users a password)"},
            {"user":"carol@other.org","status":403,"result":"Not allowed on host other.org: x"}],
            "count":5,"succeeded":2})j"));
    const auto [outcome, items] = await(m_client->createUsers({{u"alice"_s, u"pw"_s, {}}, {u"bad user"_s, u"pw"_s, {}},
        {u"bob"_s, u"pw"_s, {}}, {u"x"_s, u"pw"_s, {}}, {u"carol@other.org"_s, u"pw"_s, {}}}));
    QVERIFY2(outcome.ok(), outcome.describe());
    QCOMPARE(items.size(), 5);
    QVERIFY(items[0].ok());
    QCOMPARE(items[0].value, CreateUserResult::Created);
    QCOMPARE(items[0].serverMessage, u"User registered: alice@example.org"_s);
    QCOMPARE(items[1].error.kind, Kind::NotFound);
    QCOMPARE(items[1].status, 404);
    QCOMPARE(items[2].value, CreateUserResult::PasswordUpdated);
    QCOMPARE(items[3].error.kind, Kind::BadRequest);
    QCOMPARE(items[3].user, QString());
    QCOMPARE(items[4].user, u"carol@other.org"_s);
    QCOMPARE(items[4].status, 403);
    QVERIFY(items[4].error.isError());
    QCOMPARE(items[4].error.serverMessage, u"Not allowed on host other.org: x"_s);

    m_server->setRoute("POST /batch/users", Response::json(200, R"({"results":[
            {"user":"alice","status":200,"result":{"user":{"connected":true,"sessions":[{"resource":"r","id":"i"}],
             "roster":[],"last_activity":1}}},
            {"user":"gone","status":404,"result":"User does not exist: gone@example.org"}],"count":2,"succeeded":1})"));
    const auto [read, users] = await(m_client->userDetails({u"alice"_s, u"gone"_s}));
    QVERIFY2(read.ok(), read.describe());
    QCOMPARE(users.size(), 2);
    QCOMPARE(users[0].value.user, u"alice"_s);
    QVERIFY(users[0].value.connected);
    QCOMPARE(users[0].value.sessions.size(), 1);
    QCOMPARE(users[1].error.kind, Kind::NotFound);

    m_server->setRoute("POST /batch/rosters",
        Response::json(200, R"({"results":[{"user":"alice","status":200,"result":{"roster":[["item",
            {"jid":"bob@example.org","subscription":"both","group":[]}]],"count":1}}],"count":1,"succeeded":1})"));
    const auto [rostersRead, rosters] = await(m_client->rosters({u"alice"_s}));
    QVERIFY2(rostersRead.ok(), rostersRead.describe());
    QCOMPARE(rosters.value(0).value.value(0).jid, u"bob@example.org"_s);

    m_server->setRoute("POST /batch/last-activity", Response::json(200, R"({"results":[{"user":"alice","status":200,
            "result":{"jid":"alice@example.org","online":false,"last_activity":1764012345}}],"count":1,"succeeded":1})"));
    const auto [activityRead, activity] = await(m_client->lastActivities({u"alice"_s}));
    QVERIFY2(activityRead.ok(), activityRead.describe());
    QCOMPARE(activity.value(0).value.jid, u"alice@example.org"_s);
    QCOMPARE(activity.value(0).value.lastActivity.toSecsSinceEpoch(), 1764012345);
}

void TestSignInOnce::batchMalformedAnswer()
{
    m_server->setRoute("POST /batch/users",
        Response::json(200, R"({"results":[{"user":"alice","status":200,"result":{}}],"count":2,"succeeded":1})"));
    QCOMPARE(await(m_client->userDetails({u"alice"_s})).first.error.kind, Kind::MalformedResponse);
    m_server->setRoute("POST /batch/users", Response::json(200, R"({"results":[{"user":"alice"}],"count":1})"));
    QCOMPARE(await(m_client->userDetails({u"alice"_s})).first.error.kind, Kind::MalformedResponse);
    m_server->setRoute("POST /batch/users", Response::message(413, u"Too many items: 6 (at most 5 in one batch)"_s));
    const auto [tooMany, ignored] = await(m_client->userDetails({u"alice"_s}));
    QVERIFY(tooMany.error.isError());
    QCOMPARE(tooMany.status, 413);
}

void TestSignInOnce::emptyBatchRefused()
{
    const auto [outcome, items] = await(m_client->deleteUsers({}));
    QCOMPARE(outcome.error.kind, Kind::InvalidInput);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestSignInOnce::batchReadsAllowedReadOnly()
{
    m_client->setReadOnly(true);
    m_server->setDefaultResponse(Response::json(200, R"({"results":[],"count":0,"succeeded":0})"));
    QVERIFY(await(m_client->userDetails({u"alice"_s})).first.ok());
    QVERIFY(await(m_client->rosters({u"alice"_s})).first.ok());
    QVERIFY(await(m_client->lastActivities({u"alice"_s})).first.ok());
    QCOMPARE(await(m_client->deleteUsers({u"alice"_s})).first.error.kind, Kind::ReadOnly);
    QCOMPARE(await(m_client->createUsers({{u"alice"_s, u"pw"_s, {}}})).first.error.kind, Kind::ReadOnly);
    QCOMPARE(m_server->requestCount(), 3);
}

QTEST_GUILESS_MAIN(TestSignInOnce)
#include "TestSignInOnce.moc"
