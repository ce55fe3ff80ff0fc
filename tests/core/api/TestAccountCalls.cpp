// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"
#include "api/CapabilityProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Kind = ApiError::Kind;

// The client's account lifecycle calls (our module's /user/<u>/enabled, /invites, /pending-deletions)
// against the fake server: what goes over the wire, and the typed values of the answers our module
// gives (the bodies below are copied from its answers on Prosody 0.12 and 13).
class TestAccountCalls : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void disableAndEnable();
    void enabledStateInUserViewAndListing();
    void deletionScheduledOrFinal();
    void pendingDeletionsAndRestore();
    void invitationsListed();
    void invitationCreated();
    void resetAndRevoke();
    void refusedBeforeSending();
    void unavailableIsNotSupported();
    void probeReadsTheExtensions();

private:
    QJsonObject lastBody() const { return QJsonDocument::fromJson(m_server->lastRequest().body).object(); }

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<AdminRestClient> m_client;
};

namespace {

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

const QByteArray kInvite
    = R"({"token":"Rcv_6eTdfRNZzUk1yuc1kCt1","kind":"account","jid":"newbie@example.org",)"
      R"("username":"newbie","uri":"xmpp:newbie@example.org?register;preauth=Rcv_6eTdfRNZzUk1yuc1kCt1",)"
      R"("landing_page":null,"created":1796217277,"expires":1796220877,"expired":false,)"
      R"("reusable":false,"creator":"admin@example.org","role":"prosody:admin","groups":[]})";

} // namespace

void TestAccountCalls::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<AdminRestClient>(settingsFor(m_server->url()));
}

void TestAccountCalls::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestAccountCalls::disableAndEnable()
{
    m_server->setRoute("PATCH /user/alice/enabled",
        Response::json(200,
            R"({"account":{"jid":"alice@example.org","closed":2,"enabled":false,)"
            R"("disabled":{"reason":"spam wave","when":1796217277,"by":"admin@example.org"}}})"));
    const auto [disabled, state] = await(m_client->setAccountEnabled(u"alice"_s, false, u"spam wave"_s));
    QVERIFY2(disabled.ok(), disabled.describe().constData());
    QCOMPARE(m_server->lastRequest().header("Content-Type"), "application/json");
    QCOMPARE(lastBody(), (QJsonObject{{u"enabled"_s, false}, {u"reason"_s, u"spam wave"_s}}));
    QCOMPARE(state.jid, u"alice@example.org"_s);
    QCOMPARE(state.enabled, false);
    QCOMPARE(state.sessionsClosed, 2);
    QCOMPARE(state.reason, u"spam wave"_s);
    QCOMPARE(state.disabledBy, u"admin@example.org"_s);
    QCOMPARE(state.disabledAt, utc(1796217277));

    m_server->setRoute("PATCH /user/alice/enabled",
        Response::json(200, R"({"account":{"jid":"alice@example.org","closed":0,"enabled":true,"disabled":null}})"));
    const auto [enabled, enabledState] = await(m_client->setAccountEnabled(u"alice"_s, true, u"ignored"_s));
    QVERIFY(enabled.ok());
    QCOMPARE(lastBody(), (QJsonObject{{u"enabled"_s, true}}));
    QVERIFY(enabledState.enabled);
    QVERIFY(enabledState.reason.isEmpty());
    QVERIFY(!enabledState.disabledAt.isValid());

    m_server->setRoute("PATCH /user/admin/enabled",
        Response::message(409, u"Refusing to disable the account making this request: admin@example.org"_s));
    const auto [own, ownState] = await(m_client->setAccountEnabled(u"admin"_s, false));
    QCOMPARE(own.error.kind, Kind::Conflict);
    QCOMPARE(own.serverMessage, u"Refusing to disable the account making this request: admin@example.org"_s);
    m_server->setRoute("PATCH /user/bob/enabled", Response::json(200, R"({"account":{"jid":"bob@example.org"}})"));
    const auto [odd, oddState] = await(m_client->setAccountEnabled(u"bob"_s, true));
    QCOMPARE(odd.error.kind, Kind::MalformedResponse);
}

void TestAccountCalls::enabledStateInUserViewAndListing()
{
    m_server->setRoute("GET /user/carol",
        Response::json(200,
            R"({"user":{"pending_deletion":{"pending_until":1796220880,"deleted_at":1796217280},)"
            R"("disabled":{"reason":"Deletion scheduled by admin@example.org","when":1796217280,)"
            R"("by":"admin@example.org"},"connected":false,"sessions":[],"last_activity":1795439679,)"
            R"("roster":[],"enabled":false}})"));
    const auto [viewed, user] = await(m_client->user(u"carol"_s));
    QVERIFY2(viewed.ok(), viewed.describe().constData());
    QCOMPARE(user.enabled, std::optional<bool>(false));
    QCOMPARE(user.disabledReason, u"Deletion scheduled by admin@example.org"_s);
    QCOMPARE(user.restorableUntil, utc(1796220880));

    m_server->setRoute(
        "GET /user/bob", Response::json(200, R"({"user":{"connected":false,"sessions":[],"roster":[]}})"));
    const auto [published, publishedUser] = await(m_client->user(u"bob"_s));
    QVERIFY(published.ok());
    QVERIFY(!publishedUser.enabled.has_value());
    QVERIFY(!publishedUser.restorableUntil.isValid());

    m_server->setRoute("GET /registered-users?offset=0&limit=2&fields=enabled",
        Response::json(200,
            R"({"users":[{"jid":"admin@example.org","role":"prosody:operator","disabled":null,)"
            R"("enabled":true},{"jid":"alice@example.org","role":"prosody:registered","disabled":)"
            R"({"reason":"spam","when":1796217280,"by":"admin@example.org"},"enabled":false}],)"
            R"("offset":0,"limit":2,"count":2,"total":7})"));
    const auto [listed, page] = await(m_client->registeredUsers(0, 2, true));
    QVERIFY2(listed.ok(), listed.describe().constData());
    QCOMPARE(page.users.size(), 2);
    QCOMPARE(page.users.at(0).enabled, std::optional<bool>(true));
    QCOMPARE(page.users.at(1).enabled, std::optional<bool>(false));
    QCOMPARE(page.users.at(1).disabledReason, u"spam"_s);
}

void TestAccountCalls::deletionScheduledOrFinal()
{
    m_server->setRoute("DELETE /user/carol",
        Response::message(
            202, u"User scheduled for deletion: carol@example.org (restorable until 2026-12-09T13:00:00Z)"_s));
    const auto [scheduled, deletion] = await(m_client->deleteAccount(u"carol"_s));
    QVERIFY2(scheduled.ok(), scheduled.describe().constData());
    QCOMPARE(m_server->lastRequest().path, "/admin_rest/user/carol");
    QCOMPARE(deletion.outcome, AccountDeletion::Outcome::Scheduled);
    QVERIFY(deletion.message.contains(u"2026-12-09T13:00:00Z"_s));

    m_server->setRoute("DELETE /user/carol?immediate=true",
        Response::message(200, u"User deleted: carol@example.org (final, not restorable)"_s));
    const auto [final, finalDeletion] = await(m_client->deleteAccount(u"carol"_s, true));
    QVERIFY(final.ok());
    QCOMPARE(m_server->lastRequest().path, "/admin_rest/user/carol?immediate=true");
    QCOMPARE(finalDeletion.outcome, AccountDeletion::Outcome::Deleted);

    m_server->setRoute("DELETE /user/gone", Response::message(200, u"User does not exist: gone@example.org"_s));
    QCOMPARE(await(m_client->deleteAccount(u"gone"_s)).second.outcome, AccountDeletion::Outcome::DidNotExist);
}

void TestAccountCalls::pendingDeletionsAndRestore()
{
    m_server->setRoute("GET /pending-deletions?host=second.example.org",
        Response::json(200,
            R"({"users":[{"jid":"carol@second.example.org","deleted_at":1796217280,)"
            R"("pending_until":1796220880}],"now":1796217280,"count":1})"));
    const auto [listed, pending] = await(m_client->pendingDeletions(u"second.example.org"_s));
    QVERIFY2(listed.ok(), listed.describe().constData());
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).jid, u"carol@second.example.org"_s);
    QCOMPARE(pending.at(0).deletedAt, utc(1796217280));
    QCOMPARE(pending.at(0).pendingUntil, utc(1796220880));

    m_server->setRoute(
        "POST /pending-deletions/carol/restore", Response::message(200, u"User restored: carol@example.org"_s));
    const auto [restored, message] = await(m_client->restoreAccount(u"carol"_s));
    QVERIFY(restored.ok());
    QCOMPARE(m_server->lastRequest().method, "POST");
    QCOMPARE(message, u"User restored: carol@example.org"_s);

    m_server->setRoute("POST /pending-deletions/dave/restore",
        Response::message(404, u"User is not pending deletion: dave@example.org"_s));
    QCOMPARE(await(m_client->restoreAccount(u"dave"_s)).first.error.kind, Kind::NotFound);
}

void TestAccountCalls::invitationsListed()
{
    m_server->setRoute("GET /invites",
        Response::json(200,
            "{\"invites\":[" + kInvite
                + R"(,{"token":"FLNp","kind":"reset","jid":"bob@example.org","username":"bob","uri":"xmpp:bob@example.org?register;preauth=FLNp",)"
                  R"("landing_page":"https://example.org/invite/FLNp","created":1796217277,"expires":1796217278,)"
                  R"("expired":true,"reusable":false,"creator":null,"role":null,"groups":{}}],"count":2})"));
    const auto [listed, invitations] = await(m_client->invitations());
    QVERIFY2(listed.ok(), listed.describe().constData());
    QCOMPARE(m_server->lastRequest().path, "/admin_rest/invites");
    QCOMPARE(invitations.size(), 2);
    const Invitation& account = invitations.at(0);
    QCOMPARE(account.token, u"Rcv_6eTdfRNZzUk1yuc1kCt1"_s);
    QCOMPARE(account.kind, Invitation::Kind::Account);
    QCOMPARE(account.username, u"newbie"_s);
    QCOMPARE(account.uri, u"xmpp:newbie@example.org?register;preauth=Rcv_6eTdfRNZzUk1yuc1kCt1"_s);
    QVERIFY(account.landingPage.isEmpty());
    QCOMPARE(account.created, utc(1796217277));
    QCOMPARE(account.expires, utc(1796220877));
    QCOMPARE(account.creator, u"admin@example.org"_s);
    QCOMPARE(account.role, u"prosody:admin"_s);
    const Invitation& reset = invitations.at(1);
    QCOMPARE(reset.kind, Invitation::Kind::Reset);
    QVERIFY(reset.expired);
    QCOMPARE(reset.landingPage, u"https://example.org/invite/FLNp"_s);
    QVERIFY(reset.creator.isEmpty());
    QVERIFY(reset.groups.isEmpty());

    m_server->setRoute("GET /invites", Response::json(200, R"({"invites":[{"kind":"account"}],"count":1})"));
    QCOMPARE(await(m_client->invitations()).first.error.kind, Kind::MalformedResponse);
}

void TestAccountCalls::invitationCreated()
{
    m_server->setRoute("POST /invites?host=second.example.org", Response::json(201, "{\"invite\":" + kInvite + "}"));
    InvitationRequest request;
    request.username = u"newbie"_s;
    request.role = u"prosody:admin"_s;
    request.groups = {u"staff"_s};
    request.expiresInSeconds = 3600;
    request.host = u"second.example.org"_s;
    const auto [created, invitation] = await(m_client->createInvitation(request));
    QVERIFY2(created.ok(), created.describe().constData());
    QCOMPARE(created.status, 201);
    QCOMPARE(lastBody(),
        (QJsonObject{{u"username"_s, u"newbie"_s}, {u"role"_s, u"prosody:admin"_s},
            {u"groups"_s, QJsonArray{u"staff"_s}}, {u"expires_in"_s, 3600}}));
    QCOMPARE(invitation.token, u"Rcv_6eTdfRNZzUk1yuc1kCt1"_s);

    m_server->setRoute("POST /invites", Response::json(201, "{\"invite\":" + kInvite + "}"));
    InvitationRequest reusable;
    reusable.reusable = true;
    QVERIFY(await(m_client->createInvitation(reusable)).first.ok());
    QCOMPARE(lastBody(), (QJsonObject{{u"reusable"_s, true}}));
}

void TestAccountCalls::resetAndRevoke()
{
    m_server->setRoute("POST /invites/reset/bob", Response::json(201, "{\"invite\":" + kInvite + "}"));
    QVERIFY(await(m_client->createResetInvitation(u"bob"_s, 600)).first.ok());
    QCOMPARE(lastBody(), (QJsonObject{{u"expires_in"_s, 600}}));
    m_server->setRoute("POST /invites/reset/carol",
        Response::message(409, u"Refusing a reset invitation for a disabled account: carol@example.org"_s));
    QCOMPARE(await(m_client->createResetInvitation(u"carol"_s)).first.error.kind, Kind::Conflict);

    m_server->setRoute("DELETE /invites/Rcv_6e", Response::message(200, u"Invitation revoked: Rcv_6e"_s));
    const auto [revoked, message] = await(m_client->revokeInvitation(u"Rcv_6e"_s));
    QVERIFY(revoked.ok());
    QCOMPARE(message, u"Invitation revoked: Rcv_6e"_s);
    m_server->setRoute(
        "DELETE /invites/nope?host=second.example.org", Response::message(404, u"Invitation does not exist: nope"_s));
    QCOMPARE(await(m_client->revokeInvitation(u"nope"_s, u"second.example.org"_s)).first.error.kind, Kind::NotFound);
}

void TestAccountCalls::refusedBeforeSending()
{
    InvitationRequest request;
    request.username = u"named"_s;
    request.reusable = true;
    QCOMPARE(await(m_client->createInvitation(request)).first.error.kind, Kind::InvalidInput);
    QCOMPARE(await(m_client->createResetInvitation(u"bob"_s, -5)).first.error.kind, Kind::InvalidInput);
    QCOMPARE(await(m_client->revokeInvitation(u"a/b"_s)).first.error.kind, Kind::InvalidInput);
    m_client->setReadOnly(true);
    QCOMPARE(await(m_client->setAccountEnabled(u"alice"_s, false)).first.error.kind, Kind::ReadOnly);
    QCOMPARE(await(m_client->restoreAccount(u"alice"_s)).first.error.kind, Kind::ReadOnly);
    QCOMPARE(m_server->requestCount(), 0);
    m_server->setRoute("GET /invites", Response::json(200, R"({"invites":{},"count":0})"));
    const auto [read, invitations] = await(m_client->invitations());
    QVERIFY(read.ok());
    QVERIFY(invitations.isEmpty());
}

void TestAccountCalls::unavailableIsNotSupported()
{
    m_server->setRoute("GET /pending-deletions",
        Response::message(501, u"Unavailable: registration_delete_grace_period is not set for example.org"_s));
    const auto [pending, list] = await(m_client->pendingDeletions());
    QCOMPARE(pending.error.kind, Kind::NotSupported);
    QCOMPARE(pending.serverMessage, u"Unavailable: registration_delete_grace_period is not set for example.org"_s);
    // A published module has no such route at all.
    QCOMPARE(await(m_client->invitations()).first.error.kind, Kind::NotSupported);
    // Other 501s keep their meaning.
    m_server->setRoute("POST /message/bob", Response::message(501, u"Message dropped per configuration"_s));
    QCOMPARE(await(m_client->sendMessage(u"bob"_s, u"hi"_s)).first.error.kind, Kind::MessageDropped);
}

void TestAccountCalls::probeReadsTheExtensions()
{
    m_server->setRoute("GET /ping", Response::json(200, R"("PONG")"));
    m_server->setRoute("GET /info",
        Response::json(200,
            R"({"info":{"server":"prosody","prosody_version":"0.12.3","hosts":["example.org"],)"
            R"("roles":["prosody:admin","prosody:user"],"extensions":["info","kick","account-disable",)"
            R"("invitations"],"unavailable":{"pending-deletions":"deletion with a grace period needs Prosody 13"}}})"));
    CapabilityProbe probe(m_client.get());
    QSignalSpy finished(&probe, &CapabilityProbe::finished);
    probe.start();
    QVERIFY(finished.wait(10000));
    const Capabilities& capabilities = probe.result();
    QVERIFY(capabilities.serverInfo);
    QVERIFY(capabilities.accountDisable);
    QVERIFY(capabilities.invitations);
    QVERIFY(!capabilities.pendingDeletions);
    QCOMPARE(capabilities.unavailableFeatures.value(u"pending-deletions"_s),
        u"deletion with a grace period needs Prosody 13"_s);
}

QTEST_GUILESS_MAIN(TestAccountCalls)
#include "TestAccountCalls.moc"
