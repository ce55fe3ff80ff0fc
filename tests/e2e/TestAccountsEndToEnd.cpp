// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The client's account lifecycle calls against a real Prosody: the sandbox with a grace period for
// deleted accounts (Prosody 13 keeps them restorable; 0.12 has none), with real XMPP clients; on the
// published modules as emulated, the routes do not exist.

#include "AwaitReply.h"
#include "TestServer.h"
#include "XmppBot.h"
#include "api/AdminRestClient.h"
#include "api/CapabilityProbe.h"
#include "operations/DeleteUsers.h"
#include "session/ServerSession.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestAccountsEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void probeFindsTheAccountFeatures();
    void disabledAccountIsDisconnectedAndRefused();
    void invitationListedAndRevoked();
    void deletedAccountIsRestored();
    void deleteUsersKeepsThemRestorableUnlessImmediate();

private:
    QString createUser(const QString& stem);
    std::unique_ptr<XmppBot> startBot(const QString& user);
    QString bare(const QString& user) const { return user + QLatin1Char('@') + m_server.domain(); }

    TestServer m_server;
    AdminRestClient* m_client = nullptr;
    Capabilities m_caps;
    QStringList m_created;
};

namespace {
const QString kPassword = u"Secret-pass-1"_s;
}

void TestAccountsEndToEnd::initTestCase()
{
    QVERIFY2(m_server.start({u"--grace-period"_s, u"3600"_s}), qPrintable(m_server.error()));
    m_client = new AdminRestClient(m_server.settings(), this);
    CapabilityProbe probe(m_client);
    QSignalSpy done(&probe, &CapabilityProbe::finished);
    probe.start();
    QVERIFY(done.wait(30000));
    m_caps = probe.result();
    QVERIFY2(!m_caps.error.isError(), qPrintable(m_caps.error.userMessage()));
}

void TestAccountsEndToEnd::cleanupTestCase()
{
    for (const QString& user : std::as_const(m_created))
        awaitReply(m_client->deleteAccount(user, true));
    m_server.stop();
}

QString TestAccountsEndToEnd::createUser(const QString& stem)
{
    const QString user = m_server.uniqueUser(stem);
    const auto created = awaitReply(m_client->createUser(user, kPassword));
    if (created.ok())
        m_created << user;
    return user;
}

std::unique_ptr<XmppBot> TestAccountsEndToEnd::startBot(const QString& user)
{
    auto bot = std::make_unique<XmppBot>();
    bot->start(bare(user), kPassword, m_server.c2sHost(), m_server.c2sPort());
    return bot;
}

void TestAccountsEndToEnd::probeFindsTheAccountFeatures()
{
    if (m_caps.flavor != Capabilities::Flavor::Ours) {
        QVERIFY(!m_caps.accountDisable && !m_caps.invitations && !m_caps.pendingDeletions);
        const auto invitations = awaitReply(m_client->invitations());
        QCOMPARE(invitations.error.kind, ApiError::Kind::NotSupported);
        return;
    }
    QVERIFY(m_caps.accountDisable);
    QVERIFY(m_caps.invitations);
    const bool prosody13 = Capabilities::seriesOf(m_caps.prosodyVersion) == "13"_L1;
    QCOMPARE(m_caps.pendingDeletions, prosody13);
    QCOMPARE(m_caps.unavailableFeatures.contains(u"pending-deletions"_s), !prosody13);
}

void TestAccountsEndToEnd::disabledAccountIsDisconnectedAndRefused()
{
    if (!m_caps.accountDisable)
        QSKIP("the published modules cannot disable accounts");
    const QString user = createUser(u"off"_s);
    auto online = startBot(user);
    QVERIFY2(online->waitOnline(), qPrintable(online->errorText()));

    const auto disabled = awaitReply(m_client->setAccountEnabled(user, false, u"e2e reason"_s));
    QVERIFY2(disabled.ok(), disabled.describe());
    QCOMPARE(disabled.value.jid, bare(user));
    QVERIFY(!disabled.value.enabled);
    QCOMPARE(disabled.value.reason, u"e2e reason"_s);
    QCOMPARE(disabled.value.sessionsClosed, 1);
    QVERIFY(online->waitDisconnected());
    QVERIFY2(online->disconnectReason().contains(u"Account disabled"_s), qPrintable(online->disconnectReason()));

    auto refused = startBot(user);
    QVERIFY(!refused->waitOnline());
    QVERIFY(!refused->errorText().isEmpty());
    const auto viewed = awaitReply(m_client->user(user));
    QVERIFY2(viewed.ok(), viewed.describe());
    QCOMPARE(viewed.value.enabled, std::optional<bool>(false));
    QCOMPARE(viewed.value.disabledReason, u"e2e reason"_s);
    const auto page = awaitReply(m_client->registeredUsers(0, 5000, true));
    QVERIFY2(page.ok(), page.describe());
    bool listedDisabled = false;
    for (const RegisteredUser& each : page.value.users)
        listedDisabled = listedDisabled || (each.jid == bare(user) && each.enabled == std::optional<bool>(false));
    QVERIFY(listedDisabled);

    const auto enabled = awaitReply(m_client->setAccountEnabled(user, true));
    QVERIFY2(enabled.ok(), enabled.describe());
    QVERIFY(enabled.value.enabled);
    auto again = startBot(user);
    QVERIFY2(again->waitOnline(), qPrintable(again->errorText()));
}

void TestAccountsEndToEnd::invitationListedAndRevoked()
{
    if (!m_caps.invitations)
        QSKIP("the published modules have no invitation routes");
    InvitationRequest request;
    request.username = m_server.uniqueUser(u"inv"_s);
    request.expiresInSeconds = 600;
    const auto created = awaitReply(m_client->createInvitation(request));
    QVERIFY2(created.ok(), created.describe());
    const Invitation invitation = created.value;
    QCOMPARE(invitation.kind, Invitation::Kind::Account);
    QCOMPARE(invitation.jid, bare(request.username));
    QVERIFY(invitation.uri.endsWith(u"?register;preauth="_s + invitation.token));
    QCOMPARE(invitation.created.secsTo(invitation.expires), 600);
    // The sentence an import shows in its Message column.
    QVERIFY2(created.serverMessage.startsWith(u"Invitation created for "_s + invitation.jid + u", valid until "_s),
        qPrintable(created.serverMessage));

    auto tokens = [this] {
        QStringList found;
        const auto listed = awaitReply(m_client->invitations());
        for (const Invitation& each : listed.value)
            found << each.token;
        return found;
    };
    QVERIFY(tokens().contains(invitation.token));
    const auto revoked = awaitReply(m_client->revokeInvitation(invitation.token));
    QVERIFY2(revoked.ok(), revoked.describe());
    QVERIFY(!tokens().contains(invitation.token));
}

void TestAccountsEndToEnd::deletedAccountIsRestored()
{
    if (!m_caps.pendingDeletions)
        QSKIP("no grace period for deleted accounts here: Prosody 0.12, or a published module");
    const QString user = createUser(u"grace"_s);
    const auto scheduled = awaitReply(m_client->deleteAccount(user));
    QVERIFY2(scheduled.ok(), scheduled.describe());
    QCOMPARE(scheduled.value.outcome, AccountDeletion::Outcome::Scheduled);

    const auto pending = awaitReply(m_client->pendingDeletions());
    QVERIFY2(pending.ok(), pending.describe());
    bool listed = false;
    for (const PendingDeletion& each : pending.value)
        listed = listed || (each.jid == bare(user) && each.deletedAt.secsTo(each.pendingUntil) == 3600);
    QVERIFY(listed);

    const auto restored = awaitReply(m_client->restoreAccount(user));
    QVERIFY2(restored.ok(), restored.describe());
    auto bot = startBot(user);
    QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));

    const auto final = awaitReply(m_client->deleteAccount(user, true));
    QVERIFY2(final.ok(), final.describe());
    QCOMPARE(final.value.outcome, AccountDeletion::Outcome::Deleted);
    m_created.removeAll(user);
}

void TestAccountsEndToEnd::deleteUsersKeepsThemRestorableUnlessImmediate()
{
    if (!m_caps.pendingDeletions)
        QSKIP("no grace period for deleted accounts here: Prosody 0.12, or a published module");
    ServerSession session;
    QSignalSpy connected(&session, &ServerSession::connected);
    session.connectTo(u"Sandbox"_s, m_server.settings());
    QVERIFY(connected.wait(30000));
    const QStringList users{createUser(u"keep"_s), createUser(u"keep"_s)};

    // As the Users pane's Delete: restorable, the server's sentence with the time as each item's message.
    DeleteUsers kept(&session, {bare(users.at(0)), bare(users.at(1))});
    QVERIFY(kept.usesBatches()); // our module: POST /batch/delete-users
    QSignalSpy keptDone(&kept, &Operation::finished);
    kept.start();
    QVERIFY(keptDone.wait(30000));
    QCOMPARE(kept.scheduled(), (QStringList{bare(users.at(0)), bare(users.at(1))}));
    static const QRegularExpression restorable(
        u"^User scheduled for deletion: .+ \\(restorable until \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)$"_s);
    QVERIFY2(restorable.match(kept.outcome(0).message).hasMatch(), qPrintable(kept.outcome(0).message));
    const auto pending = awaitReply(m_client->pendingDeletions());
    QVERIFY2(pending.ok(), pending.describe());
    QStringList listed;
    for (const PendingDeletion& each : pending.value)
        listed << each.jid;
    QVERIFY(listed.contains(bare(users.at(0))) && listed.contains(bare(users.at(1))));

    // "Delete Immediately, for Good": final, one by one and in a batch alike.
    DeleteUsers final(&session, {bare(users.at(0))}, DeleteUsers::Mode::Immediately);
    QSignalSpy finalDone(&final, &Operation::finished);
    final.start();
    QVERIFY(finalDone.wait(30000));
    QCOMPARE(final.deleted(), QStringList{bare(users.at(0))});
    QCOMPARE(final.outcome(0).message, u"User deleted: %1 (final, not restorable)"_s.arg(bare(users.at(0))));
    QCOMPARE(awaitReply(m_client->user(users.at(0))).error.kind, ApiError::Kind::NotFound);
    m_created.removeAll(users.at(0));
    QVERIFY(awaitReply(m_client->restoreAccount(users.at(1))).ok());
}

QTEST_GUILESS_MAIN(TestAccountsEndToEnd)
#include "TestAccountsEndToEnd.moc"
