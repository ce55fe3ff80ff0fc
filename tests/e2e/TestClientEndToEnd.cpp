// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// Every AdminRestClient method against a real Prosody: the sandbox, or the external server named by
// ADMIN_REST_URL / ADMIN_REST_JID / ADMIN_REST_PASSWORD (XMPP_C2S_HOST / XMPP_C2S_PORT for the bots).
// On an external server it creates only users with a random prefix, removes them, and never wipes.

#include "AwaitReply.h"
#include "TestServer.h"
#include "XmppBot.h"
#include "api/AdminRestClient.h"
#include "api/CapabilityProbe.h"
#include "api/SignOut.h"
#include "profiles/ProfileProbe.h"
#include "session/ServerSession.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestClientEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void ping();
    void probeFindsWhatTheServerHas();
    void signsInOnce();
    void renewsARevokedToken();
    void signingOutLeavesNoToken();
    void batchesMatchOneByOne();
    void createChangePasswordAndDeleteUser();
    void createExistingUserIsReported();
    void userAndSessionsAreTheBotsRealResources();
    void listingsIncludeCreatedUser();
    void rosterAddAndRemoveChangeBothSides();
    void messageArrivesWithExactText();
    void offlineMessageIsDeliveredAtLogin();
    void multicastReachesEveryRecipient();
    void broadcastReachesEveryOnlineUser();
    void modulesUnloadAndLoad();
    void whitelistAddAndRemove();
    void vcardRoundTrip();
    void roleChange();
    void groupsLifecycle();
    void serverInfoMatchesProsody();
    void reload();
    void invalidSegmentsAreRefusedBeforeSending();

private:
    QString createUser(const QString& stem, const QString& password = QStringLiteral("Secret-pass-1"));
    std::unique_ptr<XmppBot> startBot(const QString& user, const QString& password, const QString& resource);
    QString bare(const QString& user) const { return user + QLatin1Char('@') + m_server.domain(); }
    // How often the sandbox's log says `text` (its own module logs each password check).
    int logCount(const QByteArray& text) const;
    // The password checks the sandbox made for the console's account since it started.
    // The tokens the server held for the console's account after the last log line starting with
    // `prefix` (our module logs the count with each token issued and revoked), or -1.
    int heldAfter(const QByteArray& prefix) const;
    int passwordChecks() const { return logCount("Password checked for " + m_server.settings().jid.toUtf8()); }
    // GET /all-users lists every user: the published current module (the probe found it) and ours
    // (which has the route though the probe asks for the paged listing instead).
    bool listsAllUsers() const { return m_caps.allUsers || m_caps.flavor == Capabilities::Flavor::Ours; }

    TestServer m_server;
    AdminRestClient* m_client = nullptr;
    Capabilities m_caps;
    QStringList m_created;
    int m_checksBefore = 0; // password checks before the client's first request
    int m_answered = 0; // requests of the client that the server answered
};

void TestClientEndToEnd::initTestCase()
{
    QVERIFY2(m_server.start({u"--count-password-checks"_s}), qPrintable(m_server.error()));
    if (!m_server.isExternal())
        m_checksBefore = passwordChecks();
    m_client = new AdminRestClient(m_server.settings(), this);
    connect(m_client, &AdminRestClient::requestFinished, this,
        [this](const RequestRecord& record) { m_answered += record.httpStatus != 0 ? 1 : 0; });
    CapabilityProbe probe(m_client);
    QSignalSpy done(&probe, &CapabilityProbe::finished);
    probe.start();
    QVERIFY(done.wait(30000));
    m_caps = probe.result();
    QVERIFY2(!m_caps.error.isError(), qPrintable(m_caps.error.userMessage()));
}

void TestClientEndToEnd::cleanupTestCase()
{
    for (const QString& user : std::as_const(m_created))
        awaitReply(m_client->deleteUser(user));
    m_server.stop();
}

int TestClientEndToEnd::logCount(const QByteArray& text) const
{
    // The log sits beside the data folder, which SQL storage never creates: resolved by name.
    QFile log(QDir::cleanPath(m_server.sandbox().dataDir + u"/../prosody.log"_s));
    return log.open(QIODevice::ReadOnly) ? int(log.readAll().count(text)) : -1;
}

int TestClientEndToEnd::heldAfter(const QByteArray& prefix) const
{
    QFile log(QDir::cleanPath(m_server.sandbox().dataDir + u"/../prosody.log"_s));
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = log.readAll();
    const qsizetype at = text.lastIndexOf(prefix);
    const qsizetype open = text.indexOf('(', at), close = text.indexOf(" held)", at);
    return at < 0 || open < 0 || close < open ? -1 : text.mid(open + 1, close - open - 1).toInt();
}

QString TestClientEndToEnd::createUser(const QString& stem, const QString& password)
{
    const QString user = m_server.uniqueUser(stem);
    const auto created = awaitReply(m_client->createUser(user, password));
    if (!created.ok())
        qWarning() << "could not create" << user << created.describe();
    m_created << user;
    return user;
}

std::unique_ptr<XmppBot> TestClientEndToEnd::startBot(
    const QString& user, const QString& password, const QString& resource)
{
    auto bot = std::make_unique<XmppBot>();
    bot->start(bare(user), password, m_server.c2sHost(), m_server.c2sPort(), resource);
    return bot;
}

void TestClientEndToEnd::ping()
{
    const auto pong = awaitReply(m_client->ping());
    QVERIFY2(pong.ok(), pong.describe());
    QCOMPARE(pong.value, QStringLiteral("PONG"));
}

void TestClientEndToEnd::probeFindsWhatTheServerHas()
{
    QVERIFY(m_caps.ping);
    QVERIFY(!m_caps.availableRoles.isEmpty());
    if (m_server.isExternal())
        return; // whatever an external server has is what the other tests adapt to
    // The sandbox says which Prosody and which admin_rest it runs: the probe must find exactly that.
    const SandboxInfo& sandbox = m_server.sandbox();
    const QString series = Capabilities::seriesOf(sandbox.prosodyVersion);
    QVERIFY2(!series.isEmpty(), qPrintable(sandbox.prosodyVersion));
    QCOMPARE(m_caps.prosodySeries, series);
    QCOMPARE(m_caps.availableRoles, Capabilities::builtInRoles(series));
    if (sandbox.emulate == u"classic") {
        QCOMPARE(m_caps.flavor, Capabilities::Flavor::Classic);
        QVERIFY(!m_caps.roles && !m_caps.vcards && !m_caps.groups && !m_caps.canListRegisteredUsers());
        QVERIFY(!m_caps.multicast); // every multicast is Prosody's HTML 500 page
    } else if (sandbox.emulate == u"current") {
        QCOMPARE(m_caps.flavor, Capabilities::Flavor::Current);
        QVERIFY(m_caps.roles && m_caps.vcards);
        QVERIFY(!m_caps.reload); // always 500 on the published module
        QVERIFY(!m_caps.multicast); // 404 "Invalid request path"
        QVERIFY(!m_caps.serverInfo);
    } else {
        QCOMPARE(sandbox.emulate, u"ours"_s);
        // Our module in the sandbox has everything, and lists the roles it has.
        QCOMPARE(m_caps.flavor, Capabilities::Flavor::Ours);
        // GET /all-users is not asked where the paged listing is (the whole list at every sign-in).
        QVERIFY(!m_caps.allUsers);
        QVERIFY(m_caps.registeredUsersPaged);
        QVERIFY(m_caps.groups);
        QVERIFY(m_caps.groupListing);
        QVERIFY(m_caps.multicast);
        QVERIFY(m_caps.serverInfo);
        QVERIFY(m_caps.rolesListedByServer);
    }
    QCOMPARE(m_caps.rosterRemovalIsMutual, sandbox.emulate == u"ours");
}

void TestClientEndToEnd::signsInOnce()
{
    const bool ours = !m_server.isExternal() && m_server.sandbox().emulate == u"ours";
    QCOMPARE(m_caps.tokens, ours);
    QCOMPARE(m_client->usesToken(), m_caps.tokens);
    for (int i = 0; i < 20; ++i) {
        const auto pong = awaitReply(m_client->ping());
        QVERIFY2(pong.ok(), pong.describe());
    }
    QCOMPARE(awaitReply(m_client->user(m_client->adminLocalpart())).ok(), true);
    QCOMPARE(awaitReply(m_client->modules()).ok(), true);
    if (m_server.isExternal()) {
        QCOMPARE(m_client->tokenSignIns(), m_caps.tokens ? 1 : 0);
        return;
    }
    // The probe, the pings and the reads: the server checked the password once where it has tokens
    // (the sign-in), and for every request on the published modules.
    QVERIFY(m_answered >= 30);
    QCOMPARE(passwordChecks() - m_checksBefore, ours ? 1 : m_answered);
    QCOMPARE(m_client->tokenSignIns(), ours ? 1 : 0);
    // The server issued one token for all those calls (its log says each one; never the token).
    QCOMPARE(logCount("Token issued to " + m_server.settings().jid.toUtf8()), ours ? 1 : 0);
}

void TestClientEndToEnd::renewsARevokedToken()
{
    if (!m_caps.tokens)
        QSKIP("the published modules have no tokens: every request carries the password (signsInOnce)");
    const int checks = m_server.isExternal() ? 0 : passwordChecks();
    // Another client of the same account revokes every token of it with the password.
    AdminRestClient other(m_server.settings());
    const auto revoked = awaitReply(other.revokeToken());
    QVERIFY2(revoked.ok(), revoked.describe());
    // The console's next requests: the first is refused, renewed once and sent again; the rest go
    // with the new token.
    const int answered = m_answered;
    for (int i = 0; i < 5; ++i) {
        const auto user = awaitReply(m_client->user(m_client->adminLocalpart()));
        QVERIFY2(user.ok(), user.describe());
    }
    QCOMPARE(m_answered - answered, 1 + 1 + 5); // refused, sign-in, five reads
    QCOMPARE(m_client->tokenSignIns(), 2);
    if (m_server.isExternal())
        return;
    QCOMPARE(passwordChecks() - checks, 2); // the revocation's and the renewal's
    QCOMPARE(logCount("Token issued to " + m_server.settings().jid.toUtf8()), 2);
    QCOMPARE(logCount("Revoked 1 token(s) of " + m_server.settings().jid.toUtf8()), 1);
}

void TestClientEndToEnd::signingOutLeavesNoToken()
{
    if (!m_caps.tokens)
        QSKIP("the published modules have no tokens: there is nothing to revoke (signsInOnce)");
    if (m_server.isExternal())
        QSKIP("counts the tokens the server holds in the sandbox's log");
    const QByteArray jid = m_server.settings().jid.toUtf8();
    const QByteArray issued = "Token issued to " + jid + " for ",
                     revoked = "Token of " + jid + " revoked by its holder";
    // A session that disconnects (another profile chosen), then one destroyed (the window closed):
    // the server holds one token fewer afterwards, the one the session signed in with.
    for (int round = 0; round < 2; ++round) {
        auto session = std::make_unique<ServerSession>();
        QSignalSpy connected(session.get(), &ServerSession::connected);
        session->connectTo(u"e2e"_s, m_server.settings());
        QVERIFY(connected.wait(30000));
        QVERIFY(session->client()->usesToken());
        QVERIFY(awaitReply(session->user(m_client->adminLocalpart())).ok());
        const int held = heldAfter(issued), revocations = logCount(revoked);
        QVERIFY(held >= 1);
        if (round == 0)
            session->disconnectFromServer();
        else
            session.reset();
        QTRY_COMPARE_WITH_TIMEOUT(logCount(revoked), revocations + 1, 10000);
        QCOMPARE(heldAfter(revoked), held - 1);
        QTRY_COMPARE_WITH_TIMEOUT(SignOut::underWay(), 0, 10000);
    }
    // A connection test (and each server of the fleet overview) leaves none either.
    const int revocations = logCount(revoked);
    ProfileProbe probe(m_server.settings());
    QSignalSpy finished(&probe, &ProfileProbe::finished);
    probe.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(probe.result().ok(), qPrintable(probe.result().error().userMessage()));
    const int held = heldAfter(issued);
    QTRY_COMPARE_WITH_TIMEOUT(logCount(revoked), revocations + 1, 10000);
    QCOMPARE(heldAfter(revoked), held - 1);
    // The test's own client still works with its token.
    QVERIFY(awaitReply(m_client->ping()).ok());
}

void TestClientEndToEnd::batchesMatchOneByOne()
{
    if (!m_caps.batch)
        QSKIP("the published modules have no batch routes (one by one is tested by the other functions)");
    QVERIFY(m_caps.batchMax >= 5);
    const QString first = m_server.uniqueUser(u"batch"_s), second = m_server.uniqueUser(u"batch"_s);
    const QString existing = createUser(u"batchold"_s);
    m_created << first << second;
    const auto created = awaitReply(m_client->createUsers({{first, u"Batch-pass-1"_s, {}}, {u"bad user"_s, u"x"_s, {}},
        {existing, u"Batch-pass-2"_s, {}}, {second, u"Batch-pass-3"_s, {}}}));
    QVERIFY2(created.ok(), created.describe());
    QCOMPARE(created.value.size(), 4);
    QCOMPARE(created.value[0].value, CreateUserResult::Created);
    QVERIFY(!created.value[1].ok());
    QCOMPARE(created.value[1].error.kind, awaitReply(m_client->createUser(u"bad user"_s, u"x"_s)).error.kind);
    QCOMPARE(created.value[2].value, CreateUserResult::PasswordUpdated);
    QCOMPARE(created.value[3].value, CreateUserResult::Created);

    // Reads: item for item what the one-by-one calls answer.
    const QStringList names{first, u"nosuchuser"_s, m_server.sandbox().users.value(0), existing};
    const auto details = awaitReply(m_client->userDetails(names));
    const auto rosters = awaitReply(m_client->rosters(names));
    const auto activity = awaitReply(m_client->lastActivities(names));
    QVERIFY2(details.ok() && rosters.ok() && activity.ok(), details.describe());
    for (int i = 0; i < names.size(); ++i) {
        const auto one = awaitReply(m_client->user(names[i]));
        QCOMPARE(details.value[i].error.kind, one.error.kind);
        QCOMPARE(details.value[i].value.user, one.value.user);
        QCOMPARE(details.value[i].value.connected, one.value.connected);
        QCOMPARE(details.value[i].value.sessions.size(), one.value.sessions.size());
        const auto roster = awaitReply(m_client->roster(names[i]));
        QCOMPARE(rosters.value[i].error.kind, roster.error.kind);
        QCOMPARE(rosters.value[i].value.size(), roster.value.size());
        for (int k = 0; k < roster.value.size(); ++k)
            QCOMPARE(rosters.value[i].value[k].jid, roster.value[k].jid);
        QCOMPARE(activity.value[i].ok(), one.ok());
    }
    QVERIFY(!rosters.value[2].value.isEmpty()); // a demo user has contacts

    const auto deleted = awaitReply(m_client->deleteUsers({first, second, u"nosuchuser"_s}));
    QVERIFY2(deleted.ok(), deleted.describe());
    QCOMPARE(deleted.value[0].value.outcome, AccountDeletion::Outcome::Deleted);
    QCOMPARE(deleted.value[1].value.outcome, AccountDeletion::Outcome::Deleted);
    QCOMPARE(deleted.value[2].value.outcome, awaitReply(m_client->deleteAccount(u"nosuchuser"_s)).value.outcome);
    QCOMPARE(awaitReply(m_client->user(first)).error.kind, ApiError::Kind::NotFound);
}

void TestClientEndToEnd::createChangePasswordAndDeleteUser()
{
    const QString user = m_server.uniqueUser(QStringLiteral("life"));
    m_created << user;
    const auto created
        = awaitReply(m_client->createUser(user, QStringLiteral("first-pass"), QStringLiteral("127.0.0.1")));
    QVERIFY2(created.ok(), created.describe());
    QCOMPARE(created.value, CreateUserResult::Created);
    QCOMPARE(created.status, 201);

    const auto info = awaitReply(m_client->user(user));
    QVERIFY2(info.ok(), info.describe());
    QCOMPARE(info.value.connected, false);
    QVERIFY(info.value.sessions.isEmpty());
    const auto connected = awaitReply(m_client->isUserConnected(user));
    QVERIFY2(connected.ok(), connected.describe());
    QCOMPARE(connected.value, false);

    const auto changed = awaitReply(m_client->changePassword(user, QStringLiteral("second-pass")));
    QVERIFY2(changed.ok(), changed.describe());
    // The new password really works, the old one does not: a real XMPP login tells.
    auto refused = startBot(user, QStringLiteral("first-pass"), QStringLiteral("old"));
    QVERIFY(!refused->waitOnline());
    auto accepted = startBot(user, QStringLiteral("second-pass"), QStringLiteral("new"));
    QVERIFY2(accepted->waitOnline(), qPrintable(accepted->errorText()));
    accepted->stop();

    const auto deleted = awaitReply(m_client->deleteUser(user));
    QVERIFY2(deleted.ok(), deleted.describe());
    QCOMPARE(deleted.value, DeleteUserResult::Deleted);
    const auto again = awaitReply(m_client->deleteUser(user));
    QVERIFY2(again.ok(), again.describe());
    QCOMPARE(again.value, DeleteUserResult::DidNotExist);
    const auto gone = awaitReply(m_client->user(user));
    QCOMPARE(gone.error.kind, ApiError::Kind::NotFound);
}

void TestClientEndToEnd::createExistingUserIsReported()
{
    const QString user = createUser(QStringLiteral("exists"));
    const auto again = awaitReply(m_client->createUser(user, QStringLiteral("other-pass")));
    if (m_caps.flavor == Capabilities::Flavor::Classic) {
        QCOMPARE(again.error.kind, ApiError::Kind::Conflict);
    } else {
        QVERIFY2(again.ok(), again.describe());
        QCOMPARE(again.value, CreateUserResult::PasswordUpdated);
    }
}

void TestClientEndToEnd::userAndSessionsAreTheBotsRealResources()
{
    const QString user = createUser(QStringLiteral("sess"));
    auto laptop = startBot(user, QStringLiteral("Secret-pass-1"), QStringLiteral("e2e-laptop"));
    auto phone = startBot(user, QStringLiteral("Secret-pass-1"), QStringLiteral("e2e-phone"));
    QVERIFY2(laptop->waitOnline(), qPrintable(laptop->errorText()));
    QVERIFY2(phone->waitOnline(), qPrintable(phone->errorText()));

    const auto info = awaitReply(m_client->user(user));
    QVERIFY2(info.ok(), info.describe());
    QVERIFY(info.value.connected);
    QStringList resources;
    for (const Session& session : info.value.sessions) {
        resources << session.resource;
        QVERIFY(!session.id.isEmpty());
    }
    resources.sort();
    QCOMPARE(resources, (QStringList{QStringLiteral("e2e-laptop"), QStringLiteral("e2e-phone")}));

    const auto connected = awaitReply(m_client->isUserConnected(user));
    QVERIFY2(connected.ok(), connected.describe());
    QVERIFY(connected.value);

    const auto sessions = awaitReply(m_client->connectedSessions());
    QVERIFY2(sessions.ok(), sessions.describe());
    QStringList listed;
    QSet<QString> users;
    for (const ConnectedSession& session : sessions.value) {
        users.insert(session.username);
        if (session.username == user || session.username == bare(user))
            listed << session.resource;
    }
    listed.sort();
    QCOMPARE(listed, resources);

    const auto count = awaitReply(m_client->connectedUserCount());
    QVERIFY2(count.ok(), count.describe());
    QCOMPARE(count.value, int(users.size()));

    laptop->stop();
    phone->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!awaitReply(m_client->isUserConnected(user)).value, 15000);
}

void TestClientEndToEnd::listingsIncludeCreatedUser()
{
    const QString user = createUser(QStringLiteral("list"));
    if (!listsAllUsers() && !m_caps.registeredUsersPaged)
        QSKIP("This server cannot list registered users (no all-users, no paged listing).");
    if (listsAllUsers()) {
        const auto all = awaitReply(m_client->allUsers());
        QVERIFY2(all.ok(), all.describe());
        bool found = false;
        for (const RegisteredUser& registered : all.value)
            found = found || registered.jid == bare(user);
        QVERIFY(found);
        // The admin is listed with the highest role the server has: prosody:admin on 0.12,
        // prosody:operator on 13 (where the config's admins are operators).
        QString adminRole = u"(not listed)"_s;
        for (const RegisteredUser& registered : all.value) {
            if (registered.jid == m_server.settings().jid)
                adminRole = registered.role;
        }
        if (m_server.isExternal())
            QVERIFY2(adminRole == u"prosody:admin" || adminRole == u"prosody:operator", qPrintable(adminRole));
        else
            QCOMPARE(adminRole, m_caps.availableRoles.first());
    }
    if (m_caps.registeredUsersPaged) {
        const auto first = awaitReply(m_client->registeredUsers(0, 5));
        QVERIFY2(first.ok(), first.describe());
        QCOMPARE(first.value.offset, 0);
        QVERIFY(first.value.users.size() <= 5);
        QVERIFY(first.value.total >= int(first.value.users.size()));
        // Page through everything: every user once, the created one among them.
        QStringList seen;
        for (int offset = 0; offset < first.value.total; offset += 7) {
            const auto page = awaitReply(m_client->registeredUsers(offset, 7));
            QVERIFY2(page.ok(), page.describe());
            for (const RegisteredUser& registered : page.value.users)
                seen << registered.jid;
        }
        QCOMPARE(seen.size(), first.value.total);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size());
        QVERIFY(seen.contains(bare(user)));
    }
}

void TestClientEndToEnd::rosterAddAndRemoveChangeBothSides()
{
    const QString a = createUser(QStringLiteral("rosa"));
    const QString b = createUser(QStringLiteral("rosb"));
    const auto added = awaitReply(m_client->addRosterContact(a, bare(b)));
    QVERIFY2(added.ok(), added.describe());

    auto contains = [this](const QString& owner, const QString& contact) {
        const auto roster = awaitReply(m_client->roster(owner));
        for (const RosterItem& item : roster.value) {
            if (item.jid == contact)
                return item.subscription;
        }
        return QString();
    };
    QCOMPARE(contains(a, bare(b)), QStringLiteral("both"));
    QCOMPARE(contains(b, bare(a)), QStringLiteral("both"));

    const auto removed = awaitReply(m_client->removeRosterContact(a, bare(b)));
    QVERIFY2(removed.ok(), removed.describe());
    QCOMPARE(contains(a, bare(b)), QString());
    if (m_caps.rosterRemovalIsMutual) {
        QCOMPARE(contains(b, bare(a)), QString());
        return;
    }
    // The published modules leave b an entry for a, subscription "none"; a second call removes it
    // (what the Rosters pane does after saying so).
    QCOMPARE(contains(b, bare(a)), QStringLiteral("none"));
    const auto otherSide = awaitReply(m_client->removeRosterContact(b, bare(a)));
    QVERIFY2(otherSide.ok(), otherSide.describe());
    QCOMPARE(contains(b, bare(a)), QString());
}

void TestClientEndToEnd::messageArrivesWithExactText()
{
    const QString user = createUser(QStringLiteral("msg"));
    auto bot = startBot(user, QStringLiteral("Secret-pass-1"), QStringLiteral("inbox"));
    QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));
    const QString text = QStringLiteral("Maintenance at 22:00 — «ünïcode» ✓ %1").arg(user);
    const auto sent = awaitReply(m_client->sendMessage(user, text));
    QVERIFY2(sent.ok(), sent.describe());
    QCOMPARE(sent.value, MessageDelivery::Delivered);
    XmppBot::Message received;
    QVERIFY(bot->waitForMessage(text, &received));
    QCOMPARE(received.from, m_server.domain());
}

void TestClientEndToEnd::offlineMessageIsDeliveredAtLogin()
{
    const QString user = createUser(QStringLiteral("offl"));
    const QString text = QStringLiteral("Read this when you are back, %1").arg(user);
    const auto sent = awaitReply(m_client->sendMessage(user, text));
    if (sent.error.kind == ApiError::Kind::MessageDropped)
        QSKIP("This server keeps no offline messages (501).");
    QVERIFY2(sent.ok(), sent.describe());
    QCOMPARE(sent.value, MessageDelivery::Queued);
    QCOMPARE(sent.status, 202);
    auto bot = startBot(user, QStringLiteral("Secret-pass-1"), QStringLiteral("back"));
    QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));
    QVERIFY(bot->waitForMessage(text));

    const auto missing = awaitReply(m_client->sendMessage(m_server.uniqueUser(QStringLiteral("nobody")), text));
    QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
}

void TestClientEndToEnd::multicastReachesEveryRecipient()
{
    if (!m_caps.multicast)
        QSKIP(
            "The probe found no working multicast on this server (POST /message: 404 on the published current module, "
            "HTML 500 on classic).");
    const QString online = createUser(QStringLiteral("mca"));
    const QString offline = createUser(QStringLiteral("mcb"));
    auto bot = startBot(online, QStringLiteral("Secret-pass-1"), QStringLiteral("mc"));
    QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));
    const QString text = QStringLiteral("Multicast %1").arg(online);
    const auto result = awaitReply(m_client->multicast({{online, text}, {offline, text}}));
    QVERIFY2(result.ok(), result.describe());
    QCOMPARE(result.value.sent, 1);
    QCOMPARE(result.value.queued, 1);
    QVERIFY(bot->waitForMessage(text));
    auto late = startBot(offline, QStringLiteral("Secret-pass-1"), QStringLiteral("late"));
    QVERIFY2(late->waitOnline(), qPrintable(late->errorText()));
    QVERIFY(late->waitForMessage(text));

    const auto none = awaitReply(m_client->multicast({}));
    QCOMPARE(none.error.kind, ApiError::Kind::NotFound);
}

void TestClientEndToEnd::broadcastReachesEveryOnlineUser()
{
    const QString a = createUser(QStringLiteral("bca"));
    const QString b = createUser(QStringLiteral("bcb"));
    auto botA = startBot(a, QStringLiteral("Secret-pass-1"), QStringLiteral("bc"));
    auto botB = startBot(b, QStringLiteral("Secret-pass-1"), QStringLiteral("bc"));
    QVERIFY2(botA->waitOnline(), qPrintable(botA->errorText()));
    QVERIFY2(botB->waitOnline(), qPrintable(botB->errorText()));
    const auto count = awaitReply(m_client->connectedUserCount());
    QVERIFY2(count.ok(), count.describe());
    const QString text = QStringLiteral("Broadcast %1").arg(a);
    const auto sent = awaitReply(m_client->broadcast(text));
    QVERIFY2(sent.ok(), sent.describe());
    QCOMPARE(sent.value, count.value);
    QVERIFY(botA->waitForMessage(text));
    QVERIFY(botB->waitForMessage(text));
}

void TestClientEndToEnd::modulesUnloadAndLoad()
{
    const auto modules = awaitReply(m_client->modules());
    QVERIFY2(modules.ok(), modules.describe());
    QVERIFY(modules.value.contains(QStringLiteral("admin_rest")));
    const auto count = awaitReply(m_client->moduleCount());
    QVERIFY2(count.ok(), count.describe());
    QCOMPARE(count.value, int(modules.value.size()));
    const auto roster = awaitReply(m_client->module(QStringLiteral("roster")));
    QVERIFY2(roster.ok(), roster.describe());
    QVERIFY(roster.value.loaded);

    // On a server of somebody else's, this suite changes nothing but users of its own.
    if (m_server.isExternal())
        QSKIP("Loading and unloading modules is not tried on an external server: the suite changes nothing there "
              "but users it creates.");
    // mod_uptime is harmless to unload and load again.
    const QString name = QStringLiteral("uptime");
    const auto before = awaitReply(m_client->module(name));
    QVERIFY2(before.ok(), before.describe());
    const bool wasLoaded = before.value.loaded;
    const auto loaded = awaitReply(m_client->loadModule(name));
    QVERIFY2(loaded.ok(), loaded.describe());
    const auto unloaded = awaitReply(m_client->unloadModule(name));
    QVERIFY2(unloaded.ok(), unloaded.describe());
    const auto state = awaitReply(m_client->module(name));
    QVERIFY2(state.ok(), state.describe());
    QCOMPARE(state.value.loaded, false);
    // Unloading what is not loaded ends in the wanted state: it succeeds and says so.
    const auto notLoaded = awaitReply(m_client->unloadModule(name));
    QVERIFY2(notLoaded.ok(), notLoaded.describe());
    QVERIFY2(notLoaded.serverMessage.startsWith(QStringLiteral("Module is not loaded")),
        qPrintable(notLoaded.serverMessage));
    const auto reloaded = awaitReply(m_client->loadModule(name));
    QVERIFY2(reloaded.ok(), reloaded.describe());
    QVERIFY(awaitReply(m_client->module(name)).value.loaded);
    if (!wasLoaded) {
        QVERIFY(awaitReply(m_client->unloadModule(name)).ok());
        QCOMPARE(awaitReply(m_client->module(name)).value.loaded, false);
    }
}

void TestClientEndToEnd::whitelistAddAndRemove()
{
    if (m_caps.flavor != Capabilities::Flavor::Ours) {
        // The published modules cannot see the client's address (CONTRACT.md, Dangers): adding any
        // address locks every client out. Shown on a throwaway sandbox of the same kind.
        if (m_server.isExternal())
            QSKIP("The probe found a published module: adding any address to its whitelist locks every client out "
                  "of the server, so it is not tried on an external server.");
        TestServer throwaway;
        QVERIFY2(throwaway.start({u"--users"_s, u"1"_s, u"--bots"_s, u"0"_s}), qPrintable(throwaway.error()));
        AdminRestClient client(throwaway.settings());
        QVERIFY(awaitReply(client.ping()).ok());
        const auto added = awaitReply(client.addToWhitelist(QStringLiteral("127.0.0.1")));
        QVERIFY2(added.ok(), added.describe());
        QCOMPARE(awaitReply(client.ping()).error.kind, ApiError::Kind::NotWhitelisted);
        return;
    }
    if (m_server.isExternal())
        QSKIP("Whitelist changes are not tried on an external server: the suite changes nothing there but users it "
              "creates (and a whitelist change could lock every client out).");
    const auto before = awaitReply(m_client->whitelist());
    QVERIFY2(before.ok(), before.describe());
    QVERIFY(before.value.isEmpty());
    // Our own address first, so that the whitelist, once on, still lets us in.
    QVERIFY(awaitReply(m_client->addToWhitelist(QStringLiteral("127.0.0.1"))).ok());
    const auto added = awaitReply(m_client->addToWhitelist(QStringLiteral("2001:db8::1")));
    QVERIFY2(added.ok(), added.describe());
    const auto during = awaitReply(m_client->whitelist());
    QVERIFY2(during.ok(), during.describe());
    QCOMPARE(QSet<QString>(during.value.cbegin(), during.value.cend()),
        (QSet<QString>{QStringLiteral("127.0.0.1"), QStringLiteral("2001:db8::1")}));
    QVERIFY(awaitReply(m_client->removeFromWhitelist(QStringLiteral("2001:db8::1"))).ok());
    const auto absent = awaitReply(m_client->removeFromWhitelist(QStringLiteral("2001:db8::1")));
    QCOMPARE(absent.error.kind, ApiError::Kind::NotFound);
    // Removing the last address turns the whitelist off on our module: we are still let in.
    QVERIFY(awaitReply(m_client->removeFromWhitelist(QStringLiteral("127.0.0.1"))).ok());
    QVERIFY(awaitReply(m_client->ping()).ok());
    QVERIFY(awaitReply(m_client->whitelist()).value.isEmpty());
}

void TestClientEndToEnd::vcardRoundTrip()
{
    if (!m_caps.vcards)
        QSKIP("This server has no vcards route (published classic module).");
    const QString user = createUser(QStringLiteral("vc"));
    const QString vcard = QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Test Person %1\r\nEND:VCARD\r\n").arg(user);
    const auto set = awaitReply(m_client->setVcard(user, vcard));
    QVERIFY2(set.ok(), set.describe());
    const auto got = awaitReply(m_client->vcard(user));
    QVERIFY2(got.ok(), got.describe());
    QVERIFY2(got.value.contains(QStringLiteral("FN:Test Person %1").arg(user)), qPrintable(got.value));
    QVERIFY(awaitReply(m_client->deleteVcard(user)).ok());
    QCOMPARE(awaitReply(m_client->vcard(user)).error.kind, ApiError::Kind::NotFound);
}

void TestClientEndToEnd::roleChange()
{
    if (!m_caps.roles)
        QSKIP("The probe found no role route on this server (PATCH /user/<u>/role: published classic module).");
    const QString user = createUser(QStringLiteral("role"));
    auto roleOf = [this, user]() -> QString {
        if (!listsAllUsers())
            return {};
        for (const RegisteredUser& registered : awaitReply(m_client->allUsers()).value) {
            if (registered.jid == bare(user))
                return registered.role;
        }
        return u"(not listed)"_s;
    };
    // Every role the console offers for this server is one the server takes.
    for (const QString& role : std::as_const(m_caps.availableRoles)) {
        if (role == u"prosody:operator")
            continue; // not handed out by a test, even for a moment
        const auto changed = awaitReply(m_client->setRole(user, role));
        QVERIFY2(changed.ok(), qPrintable(QString(role + u": "_s + QString::fromUtf8(changed.describe()))));
        if (listsAllUsers())
            QCOMPARE(roleOf(), role);
    }
    // A role the server does not have is refused and changes nothing: our module says why (400),
    // the published current module fails with Prosody's 500 page (recorded on Prosody 13).
    if (m_caps.flavor != Capabilities::Flavor::Ours && m_caps.prosodySeries != u"13")
        return;
    const QString before = roleOf();
    // prosody:user is 0.12's name, unknown on 13; prosody:operator is 13's, unknown on 0.12 (our module
    // takes 13's member and registered on 0.12 as its plain user, so those are no test of refusal).
    const QString missing = m_caps.prosodySeries == u"13" ? u"prosody:user"_s : u"prosody:operator"_s;
    QVERIFY(!m_caps.availableRoles.contains(missing));
    const auto refused = awaitReply(m_client->setRole(user, missing));
    QVERIFY2(!refused.ok(), refused.describe());
    if (m_caps.flavor == Capabilities::Flavor::Ours) {
        QCOMPARE(refused.error.kind, ApiError::Kind::BadRequest);
        QVERIFY2(refused.error.serverMessage.contains(missing), qPrintable(refused.error.serverMessage));
    } else {
        QCOMPARE(refused.error.kind, ApiError::Kind::ServerError);
    }
    QCOMPARE(roleOf(), before);
}

void TestClientEndToEnd::groupsLifecycle()
{
    if (!m_caps.groups)
        QSKIP("This server has no groups (mod_groups_internal is not loaded, and it is not our module).");
    const QString a = createUser(QStringLiteral("ga"));
    const QString b = createUser(QStringLiteral("gb"));
    const QString groupName = QStringLiteral("E2E %1").arg(a);
    const auto created = awaitReply(m_client->createGroup(groupName));
    QVERIFY2(created.ok(), created.describe());
    const QString id = created.value;
    QVERIFY(!id.isEmpty());
    QVERIFY(awaitReply(m_client->addGroupMember(id, a)).ok());
    const auto addedB = awaitReply(m_client->addGroupMember(id, b));
    QVERIFY2(addedB.ok(), addedB.describe());
    QVERIFY(awaitReply(m_client->syncGroup(id)).ok());

    // Group members become each other's contacts.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const RosterItem& item : awaitReply(m_client->roster(a)).value) {
                if (item.jid == bare(b))
                    return true;
            }
            return false;
        }(),
        10000);

    if (m_caps.groupListing) {
        const auto list = awaitReply(m_client->groups());
        QVERIFY2(list.ok(), list.describe());
        bool found = false;
        for (const GroupInfo& group : list.value) {
            if (group.id == id) {
                found = true;
                QCOMPARE(group.name, groupName);
                QCOMPARE(group.memberCount, 2);
            }
        }
        QVERIFY(found);
        const auto one = awaitReply(m_client->group(id));
        QVERIFY2(one.ok(), one.describe());
        QStringList members = one.value.members;
        for (QString& member : members)
            member = member.section(QLatin1Char('@'), 0, 0);
        members.sort();
        QStringList expected{a, b};
        expected.sort();
        QCOMPARE(members, expected);
    }
    QVERIFY(awaitReply(m_client->removeGroupMember(id, b)).ok());
    if (m_caps.groupListing)
        QCOMPARE(awaitReply(m_client->group(id)).value.members.size(), 1);
    const auto deleted = awaitReply(m_client->deleteGroup(id));
    QVERIFY2(deleted.ok(), deleted.describe());
    if (m_caps.groupListing)
        QCOMPARE(awaitReply(m_client->group(id)).error.kind, ApiError::Kind::NotFound);
}

void TestClientEndToEnd::serverInfoMatchesProsody()
{
    if (!m_caps.serverInfo)
        QSKIP("The probe found no /info route on this server (published module).");
    const auto info = awaitReply(m_client->serverInfo());
    QVERIFY2(info.ok(), info.describe());
    QVERIFY(info.value.hosts.contains(m_server.domain()));
    QVERIFY(info.value.uptimeSeconds >= 0);
    QVERIFY(info.value.moduleCount > 0);
    QCOMPARE(info.value.roles, m_caps.availableRoles);
    if (!m_server.isExternal()) {
        // The version of the Prosody the sandbox started (its sources' prosody.version file).
        QCOMPARE(info.value.prosodyVersion, m_server.sandbox().prosodyVersion);
        QCOMPARE(info.value.roles, Capabilities::builtInRoles(Capabilities::seriesOf(info.value.prosodyVersion)));
        // The storage the sandbox configured: files, or SQL on SQLite or PostgreSQL.
        const QString storage = m_server.sandbox().storage;
        QCOMPARE(info.value.storageBackend, storage == u"internal"_s ? u"internal"_s : u"sql"_s);
        QCOMPARE(info.value.storageDriver,
            storage == u"sqlite"_s         ? u"SQLite3"_s
                : storage == u"postgres"_s ? u"PostgreSQL"_s
                                           : QString());
    }
}

void TestClientEndToEnd::reload()
{
    if (!m_caps.reload)
        QSKIP("The probe found no working reload on this server (none on the published classic module; always "
              "500 on current).");
    if (m_server.isExternal())
        QSKIP("Reloading is not tried on an external server: the suite changes nothing there but users it creates.");
    const auto reloaded = awaitReply(m_client->reloadServer());
    QVERIFY2(reloaded.ok(), reloaded.describe());
    QVERIFY(awaitReply(m_client->ping()).ok());
}

void TestClientEndToEnd::invalidSegmentsAreRefusedBeforeSending()
{
    QSignalSpy requests(m_client, &AdminRestClient::requestFinished);
    const auto slash = awaitReply(m_client->deleteUser(QStringLiteral("alice/../admin")));
    QCOMPARE(slash.error.kind, ApiError::Kind::InvalidInput);
    const auto empty = awaitReply(m_client->unloadModule(QString()));
    QCOMPARE(empty.error.kind, ApiError::Kind::InvalidInput);
    // Both refusals are logged for the activity log, and neither reached the server (no HTTP status).
    QCOMPARE(requests.size(), 2);
    for (const QList<QVariant>& record : std::as_const(requests)) {
        const auto logged = record.first().value<RequestRecord>();
        QCOMPARE(logged.httpStatus, 0);
        QCOMPARE(logged.errorKind, ApiError::Kind::InvalidInput);
    }
}

QTEST_GUILESS_MAIN(TestClientEndToEnd)
#include "TestClientEndToEnd.moc"
