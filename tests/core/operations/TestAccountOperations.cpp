// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The account lifecycle operations against the fake HTTP server: SetAccountsEnabled (disable with a
// reason, enable), CreateInvitations (the invitations kept per item for the CSV export),
// RevokeInvitations and RestoreAccounts: the exact request lines, one after the other, and a
// failure half-way that leaves the items after it going and can be retried alone.

#include "OperationFixture.h"
#include "bulk/InvitationCsvExport.h"
#include "operations/CreateInvitations.h"
#include "operations/CreateResetInvitations.h"
#include "operations/RestoreAccounts.h"
#include "operations/RevokeInvitations.h"
#include "operations/SetAccountsEnabled.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

namespace {

QByteArray accountAnswer(const char* jid, bool enabled, int closed)
{
    return QByteArray(R"({"account":{"jid":")") + jid + R"(","closed":)" + QByteArray::number(closed) + R"(,"enabled":)"
        + (enabled ? "true" : "false") + R"(,"disabled":null}})";
}

QByteArray invitationAnswer(const char* user, const char* token)
{
    return QByteArray(R"({"invite":{"token":")") + token + R"(","kind":"account","jid":")" + user
        + R"(@example.org","username":")" + user + R"(","uri":"xmpp:)" + user + "@example.org?register;preauth=" + token
        + R"(","landing_page":null,"created":1796217277,"expires":1796220877,"expired":false,)"
        + R"("reusable":false,"creator":"admin@example.org","role":null,"groups":[]}})";
}

} // namespace

class TestAccountOperations : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void disablesWithAReasonAndCountsClosedSessions();
    void enablesAndFailsHalfWay();
    void createsInvitationsAndKeepsTheirLinks();
    void revokesAndRestores();
    void createsResetInvitations();

private:
    OperationFixture m_fixture;
};

void TestAccountOperations::disablesWithAReasonAndCountsClosedSessions()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute(
        "PATCH /user/alice/enabled", Response::json(200, accountAnswer("alice@example.org", false, 2)));
    m_fixture.server()->setRoute(
        "PATCH /user/bob/enabled", Response::json(200, accountAnswer("bob@example.org", false, 1)));
    SetAccountsEnabled change(m_fixture.session(), {u"alice@example.org"_s, u"bob"_s}, false, u"spam wave"_s);
    QVERIFY(!change.enabling());
    QVERIFY(OperationFixture::run(change));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"PATCH /admin_rest/user/alice/enabled {\"enabled\":false,\"reason\":\"spam wave\"}"_s,
            u"PATCH /admin_rest/user/bob/enabled {\"enabled\":false,\"reason\":\"spam wave\"}"_s}));
    QCOMPARE(change.count(Status::Succeeded), 2);
    QCOMPARE(change.sessionsClosed(), 3);
}

void TestAccountOperations::enablesAndFailsHalfWay()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute(
        "PATCH /user/alice/enabled", Response::json(200, accountAnswer("alice@example.org", true, 0)));
    m_fixture.server()->setRoute(
        "PATCH /user/bob/enabled", Response::message(404, u"User does not exist: bob@example.org"_s));
    m_fixture.server()->setRoute(
        "PATCH /user/carol/enabled", Response::json(200, accountAnswer("carol@example.org", true, 0)));
    SetAccountsEnabled change(m_fixture.session(),
        {u"alice@example.org"_s, u"bob@example.org"_s, u"carol@example.org"_s}, true, u"ignored"_s);
    QVERIFY(OperationFixture::run(change));
    // Enabling sends no reason.
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"PATCH /admin_rest/user/alice/enabled {\"enabled\":true}"_s,
            u"PATCH /admin_rest/user/bob/enabled {\"enabled\":true}"_s,
            u"PATCH /admin_rest/user/carol/enabled {\"enabled\":true}"_s}));
    QCOMPARE(change.labels(Status::Succeeded), (QStringList{u"alice@example.org"_s, u"carol@example.org"_s}));
    QCOMPARE(change.labels(Status::Failed), QStringList{u"bob@example.org"_s});
    QCOMPARE(change.outcome(1).error.httpStatus, 404);

    m_fixture.server()->clearRequests();
    m_fixture.server()->setRoute(
        "PATCH /user/bob/enabled", Response::json(200, accountAnswer("bob@example.org", true, 0)));
    QSignalSpy finished(&change, &Operation::finished);
    QVERIFY(change.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_fixture.requests(), QStringList{u"PATCH /admin_rest/user/bob/enabled {\"enabled\":true}"_s});
    QCOMPARE(change.count(Status::Succeeded), 3);
}

void TestAccountOperations::createsInvitationsAndKeepsTheirLinks()
{
    QVERIFY(m_fixture.connectAs());
    // The fake server routes by method and path: the first answer for "newbie", then a conflict.
    m_fixture.server()->setRoute("POST /invites", Response::json(201, invitationAnswer("newbie", "T0k3n")));
    InvitationRequest first;
    first.username = u"newbie"_s;
    first.expiresInSeconds = 3600;
    InvitationRequest second;
    second.username = u"other"_s;
    second.role = u"prosody:admin"_s;
    CreateInvitations creation(m_fixture.session(), {first, second});
    int announced = 0;
    connect(&creation, &Operation::itemChanged, this, [&](int index) {
        if (index == 0 && creation.outcome(0).status == Status::Succeeded) {
            ++announced;
            // The link is known when the item is announced; the second gets a conflict.
            QCOMPARE(creation.invitation(0).token, u"T0k3n"_s);
            m_fixture.server()->setRoute(
                "POST /invites", Response::message(409, u"User already exists: other@example.org"_s));
        }
    });
    QVERIFY(OperationFixture::run(creation));
    QCOMPARE(announced, 1);
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"POST /admin_rest/invites {\"expires_in\":3600,\"username\":\"newbie\"}"_s,
            u"POST /admin_rest/invites {\"role\":\"prosody:admin\",\"username\":\"other\"}"_s}));
    QCOMPARE(creation.labels(Status::Failed), QStringList{u"other"_s});
    QCOMPARE(creation.outcome(1).error.httpStatus, 409);
    QCOMPARE(creation.created().size(), 1);
    QCOMPARE(creation.created().first().uri, u"xmpp:newbie@example.org?register;preauth=T0k3n"_s);
    QVERIFY(creation.invitation(1).token.isEmpty());
    // What the CSV import's mail merge gets: user, link, expiry.
    QCOMPARE(InvitationCsvExport::write(creation.created()),
        QByteArray("\xEF\xBB\xBFuser,link,expires\r\n"
                   "newbie@example.org,xmpp:newbie@example.org?register;preauth=T0k3n,2026-12-02T14:14:37Z\r\n"));
}

void TestAccountOperations::revokesAndRestores()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /invites/aaa", Response::message(200, u"Invitation revoked: aaa"_s));
    m_fixture.server()->setRoute("DELETE /invites/bbb", Response::message(404, u"Invitation does not exist: bbb"_s));
    RevokeInvitations revocation(m_fixture.session(), {u"aaa"_s, u"bbb"_s});
    QVERIFY(OperationFixture::run(revocation));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"DELETE /admin_rest/invites/aaa "_s, u"DELETE /admin_rest/invites/bbb "_s}));
    QCOMPARE(revocation.labels(Status::Succeeded), QStringList{u"aaa"_s});
    QCOMPARE(revocation.labels(Status::Failed), QStringList{u"bbb"_s});

    m_fixture.server()->clearRequests();
    m_fixture.server()->setRoute(
        "POST /pending-deletions/alice/restore", Response::message(200, u"User restored: alice@example.org"_s));
    m_fixture.server()->setRoute("POST /pending-deletions/bob/restore",
        Response::message(404, u"User is not pending deletion: bob@example.org"_s));
    RestoreAccounts restore(m_fixture.session(), {u"alice@example.org"_s, u"bob@example.org"_s});
    QVERIFY(OperationFixture::run(restore));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"POST /admin_rest/pending-deletions/alice/restore "_s,
            u"POST /admin_rest/pending-deletions/bob/restore "_s}));
    QCOMPARE(restore.labels(Status::Succeeded), QStringList{u"alice@example.org"_s});
    QCOMPARE(restore.outcome(1).error.httpStatus, 404);
}

void TestAccountOperations::createsResetInvitations()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /invites/reset/alice", Response::json(201, invitationAnswer("alice", "R3set")));
    m_fixture.server()->setRoute("POST /invites/reset/bob",
        Response::message(409, u"Refusing a reset invitation for a disabled account: bob@example.org"_s));
    CreateResetInvitations resets(m_fixture.session(), {u"alice@example.org"_s, u"bob@example.org"_s});
    QVERIFY(OperationFixture::run(resets));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"POST /admin_rest/invites/reset/alice {}"_s, u"POST /admin_rest/invites/reset/bob {}"_s}));
    QCOMPARE(resets.invitation(0).token, u"R3set"_s);
    QVERIFY(resets.invitation(1).token.isEmpty());
    QCOMPARE(resets.outcome(1).error.httpStatus, 409);
}

QTEST_GUILESS_MAIN(TestAccountOperations)
#include "TestAccountOperations.moc"
