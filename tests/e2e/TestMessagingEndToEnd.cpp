// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// Messages and broadcasts against real Prosody servers with real XMPP sessions: MessageSendJob's
// multicast delivers the exact text to every online bot from the server's address; an offline user
// gets the queued message at login; a server without offline storage (--no-offline) drops it (501)
// and says so per recipient; a server whose multicast route is missing (--emulate current) gets one
// message per recipient; a broadcast reaches every bot online and reports exactly that many, on one
// server and on a fleet of two. Our module's extensions: a message's type and subject arrive as
// sent; a kicked bot is disconnected with the reason given; an announcement reaches an offline user
// at login; last activity moves with a login; a published-module server lacks them all, and says so.

#include "AwaitReply.h"
#include "TestServer.h"
#include "XmppBot.h"
#include "api/AdminRestClient.h"
#include "messaging/BroadcastJob.h"
#include "messaging/MessageSendJob.h"
#include "session/ServerSession.h"

#include <QSet>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Outcome = MessageSendJob::Outcome;

namespace {
const QString Password = u"Secret-pass-1"_s;

// One server: a session connected to it, its client and what its probe found.
struct Server
{
    TestServer server;
    ServerSession* session = nullptr;
    AdminRestClient* client = nullptr;
    Capabilities caps;
    QStringList created;

    bool start(const QStringList& arguments, QObject* parent, QString* error)
    {
        if (!server.start(arguments)) {
            *error = server.error();
            return false;
        }
        session = new ServerSession(parent);
        QSignalSpy connected(session, &ServerSession::connected);
        QSignalSpy failed(session, &ServerSession::failed);
        session->connectTo(u"Sandbox"_s, server.settings());
        if (!QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 30000)) {
            *error = u"the session did not connect"_s;
            return false;
        }
        client = session->client();
        caps = session->capabilities();
        if (caps.error.isError()) {
            *error = caps.error.userMessage();
            return false;
        }
        return true;
    }
    QString createUser(const QString& stem)
    {
        const QString user = server.uniqueUser(stem);
        const auto created = awaitReply(client->createUser(user, Password));
        if (!created.ok())
            qWarning() << "could not create" << user << created.describe();
        this->created << user;
        return user;
    }
    std::unique_ptr<XmppBot> startBot(const QString& user, const QString& resource = u"e2e"_s)
    {
        auto bot = std::make_unique<XmppBot>();
        bot->start(user + u'@' + server.domain(), Password, server.c2sHost(), server.c2sPort(), resource);
        return bot;
    }
    void cleanUp()
    {
        for (const QString& user : std::as_const(created))
            awaitReply(client->deleteUser(user));
        created.clear();
        server.stop();
    }
};

bool waitFinished(MessageSendJob& job, int timeoutMs = 30000)
{
    if (!job.isRunning())
        return true;
    QSignalSpy spy(&job, &MessageSendJob::finished);
    return spy.wait(timeoutMs);
}

int countBodies(const XmppBot& bot, const QString& body)
{
    int n = 0;
    for (const XmppBot::Message& message : bot.messages())
        n += message.body == body ? 1 : 0;
    return n;
}
} // namespace

class TestMessagingEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void multicastDeliversExactTextToEveryOnlineBot();
    void offlineUserReceivesQueuedMessageAtLogin();
    void droppedWhereTheServerKeepsNoOfflineMessages();
    void fallbackWhereMulticastIsMissing();
    void broadcastReachesEveryBotOnline();
    void fleetBroadcastReportsEachServer();

    // Our module's extensions, skipped with the reason where the server lacks them.
    void messageTypeAndSubjectArriveAsSent();
    void kickedBotGetsTheReason();
    void announcementReachesOfflineUserAtLogin();
    void lastActivityFollowsLoginAndLogout();
    void extensionsUnavailableOnThePublishedModule();

private:
    bool startNoOffline();

    Server m_main;
    std::unique_ptr<Server> m_noOffline;
};

void TestMessagingEndToEnd::initTestCase()
{
    QString error;
    QVERIFY2(m_main.start({}, this, &error), qPrintable(error));
}

void TestMessagingEndToEnd::cleanupTestCase()
{
    m_main.cleanUp();
    if (m_noOffline)
        m_noOffline->cleanUp();
}

bool TestMessagingEndToEnd::startNoOffline()
{
    if (m_noOffline)
        return true;
    auto server = std::make_unique<Server>();
    QString error;
    if (!server->start({u"--no-offline"_s, u"--bots"_s, u"1"_s}, this, &error)) {
        qWarning() << "the --no-offline sandbox did not start:" << error;
        return false;
    }
    m_noOffline = std::move(server);
    return true;
}

void TestMessagingEndToEnd::multicastDeliversExactTextToEveryOnlineBot()
{
    QStringList users;
    std::vector<std::unique_ptr<XmppBot>> bots;
    for (int i = 0; i < 3; ++i) {
        users << m_main.createUser(u"mc"_s);
        bots.push_back(m_main.startBot(users.last()));
    }
    for (const auto& bot : bots)
        QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));

    const QString text = u"Maintenance at 22:00 — «ünïcode» ✓\nsecond line, \"quoted\" %1"_s.arg(users.first());
    MessageSendJob job(m_main.session);
    job.setTryMulticast(m_main.caps.multicast);
    job.start(text, users);
    QVERIFY(waitFinished(job));
    for (const QString& user : users)
        QCOMPARE(job.outcome(user), Outcome::Delivered);
    if (m_main.caps.multicast) {
        QVERIFY(job.lastMulticastResult().has_value());
        QCOMPARE(job.lastMulticastResult()->sent, 3);
        QCOMPARE(job.lastMulticastResult()->queued, 0);
    }
    for (const auto& bot : bots) {
        XmppBot::Message received;
        QVERIFY2(bot->waitForMessage(text, &received), qPrintable(bot->fullJid()));
        QCOMPARE(received.body, text);
        QCOMPARE(received.from, m_main.server.domain());
    }
}

void TestMessagingEndToEnd::offlineUserReceivesQueuedMessageAtLogin()
{
    const QString online = m_main.createUser(u"qon"_s);
    const QString offline = m_main.createUser(u"qoff"_s);
    auto bot = m_main.startBot(online);
    QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));

    const QString text = u"Read this when you are back, %1"_s.arg(offline);
    MessageSendJob job(m_main.session);
    job.start(text, {online, offline});
    QVERIFY(waitFinished(job));
    if (job.outcome(offline) == Outcome::Dropped)
        QSKIP("This server keeps no offline messages (501).");
    QCOMPARE(job.outcome(online), Outcome::Delivered);
    QCOMPARE(job.outcome(offline), Outcome::Queued);
    QVERIFY(bot->waitForMessage(text));

    auto late = m_main.startBot(offline, u"back"_s);
    QVERIFY2(late->waitOnline(), qPrintable(late->errorText()));
    XmppBot::Message received;
    QVERIFY(late->waitForMessage(text, &received));
    QCOMPARE(received.from, m_main.server.domain());
}

void TestMessagingEndToEnd::droppedWhereTheServerKeepsNoOfflineMessages()
{
    if (TestServer::externalRequested())
        QSKIP("Needs a second sandbox started with --no-offline.");
    QVERIFY(startNoOffline());
    Server& server = *m_noOffline;
    const QString online = server.createUser(u"don"_s);
    const QString offlineA = server.createUser(u"doffa"_s);
    const QString offlineB = server.createUser(u"doffb"_s);
    auto bot = server.startBot(online);
    QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));

    // One recipient: the server's own 501.
    MessageSendJob single(server.session);
    single.start(u"dropped"_s, {offlineA});
    QVERIFY(waitFinished(single));
    QCOMPARE(single.outcome(offlineA), Outcome::Dropped);
    QCOMPARE(single.error(offlineA).kind, ApiError::Kind::MessageDropped);
    QCOMPARE(single.error(offlineA).httpStatus, 501);

    // Several: the multicast counts 1 sent, 0 queued; the offline two are asked one by one (501 each)
    // and the online one is not sent to twice.
    const QString text = u"Only the online ones get this %1"_s.arg(online);
    MessageSendJob job(server.session);
    job.start(text, {online, offlineA, offlineB});
    QVERIFY(waitFinished(job));
    QCOMPARE(job.outcome(online), Outcome::Delivered);
    QCOMPARE(job.outcome(offlineA), Outcome::Dropped);
    QCOMPARE(job.outcome(offlineB), Outcome::Dropped);
    QCOMPARE(job.retryableRecipients(), (QStringList{offlineA, offlineB}));
    QVERIFY(bot->waitForMessage(text));
    // Messages of one stream arrive in order: once the marker is in, the text came exactly once.
    const QString marker = u"marker %1"_s.arg(online);
    QVERIFY(awaitReply(server.client->sendMessage(online, marker)).ok());
    QVERIFY(bot->waitForMessage(marker));
    QCOMPARE(countBodies(*bot, text), 1);

    // Nothing waits for them: logging in brings nothing.
    auto late = server.startBot(offlineA, u"late"_s);
    QVERIFY2(late->waitOnline(), qPrintable(late->errorText()));
    const QString lateMarker = u"late marker %1"_s.arg(offlineA);
    QVERIFY(awaitReply(server.client->sendMessage(offlineA, lateMarker)).ok());
    QVERIFY(late->waitForMessage(lateMarker));
    QCOMPARE(countBodies(*late, text), 0);
}

void TestMessagingEndToEnd::fallbackWhereMulticastIsMissing()
{
    if (TestServer::externalRequested())
        QSKIP("Needs a sandbox started with --emulate current.");
    Server server;
    QString error;
    QVERIFY2(server.start({u"--emulate"_s, u"current"_s, u"--bots"_s, u"0"_s}, this, &error), qPrintable(error));
    QCOMPARE(server.caps.flavor, Capabilities::Flavor::Current);
    QVERIFY(!server.caps.multicast);
    const QString online = server.createUser(u"fbon"_s);
    const QString offline = server.createUser(u"fboff"_s);
    const QString missing = server.server.uniqueUser(u"fbnone"_s);
    auto bot = server.startBot(online);
    QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));

    // The job tries multicast anyway (as it would before a probe): the server's 404 makes it fall back.
    const QString text = u"One by one, since multicast is missing %1"_s.arg(online);
    MessageSendJob job(server.session);
    job.setTryMulticast(true);
    QSignalSpy fellBack(&job, &MessageSendJob::fellBackToSingleMessages);
    job.start(text, {online, offline, missing});
    QVERIFY(waitFinished(job));
    QCOMPARE(fellBack.size(), 1);
    QVERIFY(job.multicastMissing());
    QVERIFY(!job.lastMulticastResult().has_value());
    QCOMPARE(job.outcome(online), Outcome::Delivered);
    QCOMPARE(job.outcome(offline), Outcome::Queued);
    QCOMPARE(job.outcome(missing), Outcome::NoSuchUser);
    for (const QString& user : {online, offline, missing})
        QVERIFY(!job.isInferred(user));

    XmppBot::Message received;
    QVERIFY(bot->waitForMessage(text, &received));
    QCOMPARE(received.from, server.server.domain());
    auto late = server.startBot(offline, u"late"_s);
    QVERIFY2(late->waitOnline(), qPrintable(late->errorText()));
    QVERIFY(late->waitForMessage(text));
    server.cleanUp();
}

void TestMessagingEndToEnd::broadcastReachesEveryBotOnline()
{
    const QString a = m_main.createUser(u"bca"_s);
    const QString b = m_main.createUser(u"bcb"_s);
    auto botA = m_main.startBot(a);
    auto botB = m_main.startBot(b);
    auto botB2 = m_main.startBot(b, u"second"_s); // two sessions, one user
    for (XmppBot* bot : {botA.get(), botB.get(), botB2.get()})
        QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));

    // Who is online: the sandbox's own bots and ours (the earlier tests' bots have logged out).
    QSet<QString> expected{a, b};
    for (const QString& jid : m_main.server.sandbox().botJids)
        expected.insert(jid.section(u'@', 0, 0));
    if (!m_main.server.isExternal()) {
        QTRY_COMPARE_WITH_TIMEOUT(awaitReply(m_main.client->connectedUserCount()).value, int(expected.size()), 20000);
    }

    BroadcastJob job({{u"Sandbox"_s, m_main.client}});
    QSignalSpy counted(&job, &BroadcastJob::countsFinished);
    job.countOnline();
    QVERIFY(counted.wait(20000));
    QCOMPARE(job.status(0).countState, BroadcastJob::CountState::Counted);
    const int online = job.status(0).online;
    if (!m_main.server.isExternal())
        QCOMPARE(online, int(expected.size()));

    const QString text = u"Broadcast: restart in 5 minutes ✓ %1"_s.arg(a);
    QSignalSpy sent(&job, &BroadcastJob::sendFinished);
    job.send(text);
    QVERIFY(sent.wait(20000));
    QCOMPARE(job.status(0).sendState, BroadcastJob::SendState::Sent);
    QCOMPARE(job.status(0).reached, online);
    for (XmppBot* bot : {botA.get(), botB.get(), botB2.get()}) {
        XmppBot::Message received;
        QVERIFY2(bot->waitForMessage(text, &received), qPrintable(bot->fullJid()));
        QCOMPARE(received.from, m_main.server.domain());
    }
}

void TestMessagingEndToEnd::fleetBroadcastReportsEachServer()
{
    if (TestServer::externalRequested())
        QSKIP("Needs a second sandbox.");
    QVERIFY(startNoOffline());
    const QString a = m_main.createUser(u"fla"_s);
    const QString b = m_noOffline->createUser(u"flb"_s);
    auto botA = m_main.startBot(a);
    auto botB = m_noOffline->startBot(b);
    QVERIFY2(botA->waitOnline(), qPrintable(botA->errorText()));
    QVERIFY2(botB->waitOnline(), qPrintable(botB->errorText()));

    BroadcastJob job({{u"main"_s, m_main.client}, {u"no-offline"_s, m_noOffline->client}});
    QSignalSpy counted(&job, &BroadcastJob::countsFinished);
    job.countOnline();
    QVERIFY(counted.wait(20000));
    const QString text = u"Fleet broadcast %1"_s.arg(a);
    QSignalSpy sent(&job, &BroadcastJob::sendFinished);
    job.send(text);
    QVERIFY(sent.wait(20000));
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(job.status(i).sendState, BroadcastJob::SendState::Sent);
        QCOMPARE(job.status(i).reached, job.status(i).online);
    }
    QCOMPARE(job.totalReached(), job.totalOnline());
    XmppBot::Message received;
    QVERIFY(botA->waitForMessage(text, &received));
    QCOMPARE(received.from, m_main.server.domain());
    QVERIFY(botB->waitForMessage(text, &received));
    QCOMPARE(received.from, m_noOffline->server.domain());
}

void TestMessagingEndToEnd::messageTypeAndSubjectArriveAsSent()
{
    if (!m_main.caps.messageStyle)
        QSKIP("This server has no message types and subjects (our module's extension).");
    const QString a = m_main.createUser(u"sty"_s);
    const QString b = m_main.createUser(u"stz"_s);
    auto botA = m_main.startBot(a);
    auto botB = m_main.startBot(b);
    QVERIFY2(botA->waitOnline(), qPrintable(botA->errorText()));
    QVERIFY2(botB->waitOnline(), qPrintable(botB->errorText()));

    MessageStyle chat;
    chat.type = MessageStyle::Type::Chat;
    chat.subject = u"Maintenance tonight"_s;
    const QString single = u"Typed single %1"_s.arg(a);
    QVERIFY(awaitReply(m_main.client->sendMessage(a, single, chat)).ok());
    XmppBot::Message received;
    QVERIFY(botA->waitForMessage(single, &received));
    QCOMPARE(received.type, u"chat"_s);
    QCOMPARE(received.subject, u"Maintenance tonight"_s);

    // Through the job, as the composer sends: multicast with a headline and no subject.
    MessageStyle headline;
    headline.type = MessageStyle::Type::Headline;
    const QString multi = u"Typed multicast %1"_s.arg(b);
    MessageSendJob job(m_main.session);
    job.setTryMulticast(m_main.caps.multicast);
    job.setStyle(headline);
    job.start(multi, {a, b});
    QVERIFY(waitFinished(job));
    QCOMPARE(job.outcome(b), Outcome::Delivered);
    QVERIFY(botB->waitForMessage(multi, &received));
    QCOMPARE(received.type, u"headline"_s);
    QCOMPARE(received.subject, QString());

    // The default is what the published versions send: normal, no subject.
    const QString plain = u"Untyped %1"_s.arg(a);
    QVERIFY(awaitReply(m_main.client->sendMessage(a, plain)).ok());
    QVERIFY(botA->waitForMessage(plain, &received));
    QCOMPARE(received.type, u"normal"_s);
    QCOMPARE(received.subject, QString());
}

void TestMessagingEndToEnd::kickedBotGetsTheReason()
{
    if (!m_main.caps.kick)
        QSKIP("This server cannot close sessions (our module's kick extension).");
    const QString user = m_main.createUser(u"kick"_s);
    auto phone = m_main.startBot(user, u"phone"_s);
    auto laptop = m_main.startBot(user, u"laptop"_s);
    QVERIFY2(phone->waitOnline(), qPrintable(phone->errorText()));
    QVERIFY2(laptop->waitOnline(), qPrintable(laptop->errorText()));

    // One session: the other stays.
    const auto one = awaitReply(m_main.client->kick(user, u"phone"_s, u"Please update your client"_s));
    QVERIFY2(one.ok(), one.describe().constData());
    QCOMPARE(one.value, 1);
    QVERIFY(phone->waitDisconnected());
    QVERIFY2(phone->disconnectReason().contains(u"Please update your client"_s), qPrintable(phone->disconnectReason()));
    QVERIFY(laptop->isOnline());

    // All of them; then there is none left to close.
    const auto all = awaitReply(m_main.client->kick(user, {}, u"Account under review"_s));
    QVERIFY2(all.ok(), all.describe().constData());
    QCOMPARE(all.value, 1);
    QVERIFY(laptop->waitDisconnected());
    QVERIFY2(laptop->disconnectReason().contains(u"Account under review"_s), qPrintable(laptop->disconnectReason()));
    QCOMPARE(awaitReply(m_main.client->kick(user)).error.kind, ApiError::Kind::NotFound);
    // A resource with a slash cannot name another route: refused before anything is sent.
    QCOMPARE(awaitReply(m_main.client->kick(user, u"a/b"_s)).error.kind, ApiError::Kind::InvalidInput);
}

void TestMessagingEndToEnd::announcementReachesOfflineUserAtLogin()
{
    if (!m_main.caps.announce)
        QSKIP("This server cannot announce to every registered user (our module's extension).");
    if (m_main.server.isExternal())
        QSKIP("An announcement goes to every user of the server: never sent to an external server.");
    const QString online = m_main.createUser(u"anon"_s);
    const QString offline = m_main.createUser(u"anoff"_s);
    auto bot = m_main.startBot(online);
    QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));

    const QString text = u"Announcement to everyone %1"_s.arg(offline);
    const auto announced = awaitReply(m_main.client->announce(text));
    QVERIFY2(announced.ok(), announced.describe().constData());
    const AnnounceResult& result = announced.value;
    QVERIFY(result.sent >= 1);
    QVERIFY(result.queued >= 1);
    QCOMPARE(result.count, result.sent + result.queued + result.dropped + result.failed);
    QVERIFY(bot->waitForMessage(text));
    auto late = m_main.startBot(offline, u"late"_s);
    QVERIFY2(late->waitOnline(), qPrintable(late->errorText()));
    XmppBot::Message received;
    QVERIFY(late->waitForMessage(text, &received));
    QCOMPARE(received.from, m_main.server.domain());
}

void TestMessagingEndToEnd::lastActivityFollowsLoginAndLogout()
{
    if (!m_main.caps.lastActivity)
        QSKIP("This server does not report last activity (our module's extension).");
    const QString user = m_main.createUser(u"last"_s);
    const QString jid = user + u'@' + m_main.server.domain();
    auto find = [this, &jid]() -> std::optional<UserActivity> {
        for (int offset = 0;;) {
            const auto page = awaitReply(m_main.client->lastActivity(offset, 1000));
            if (!page.ok() || page.value.users.isEmpty())
                return std::nullopt;
            for (const UserActivity& activity : page.value.users) {
                if (activity.jid == jid)
                    return activity;
            }
            offset += int(page.value.users.size());
            if (offset >= page.value.total)
                return std::nullopt;
        }
    };
    const std::optional<UserActivity> before = find();
    QVERIFY(before.has_value());
    QVERIFY(!before->online);
    QVERIFY(!before->lastActivity.isValid()); // never seen

    const QDateTime loginTime = QDateTime::currentDateTime().addSecs(-2);
    auto bot = m_main.startBot(user);
    QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(find().value_or(UserActivity{}).online, 10000);
    bot->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!find().value_or(UserActivity{}).online, 10000);
    const std::optional<UserActivity> after = find();
    QVERIFY(after.has_value());
    QVERIFY(after->lastActivity.isValid());
    QVERIFY2(after->lastActivity >= loginTime, qPrintable(after->lastActivity.toString(Qt::ISODate)));
    QVERIFY(after->lastActivity <= QDateTime::currentDateTime().addSecs(2));
}

void TestMessagingEndToEnd::extensionsUnavailableOnThePublishedModule()
{
    if (TestServer::externalRequested())
        QSKIP("Needs a sandbox started with --emulate current.");
    Server published;
    QString error;
    QVERIFY2(published.start({u"--emulate"_s, u"current"_s, u"--bots"_s, u"0"_s}, this, &error), qPrintable(error));
    QVERIFY(!published.caps.kick);
    QVERIFY(!published.caps.announce);
    QVERIFY(!published.caps.messageStyle);
    QVERIFY(!published.caps.lastActivity);
    QVERIFY(!published.caps.serverInfo);
    // Called anyway, each says "not supported" rather than failing in another way.
    QCOMPARE(awaitReply(published.client->kick(u"nobody"_s)).error.kind, ApiError::Kind::NotSupported);
    QCOMPARE(awaitReply(published.client->announce(u"x"_s)).error.kind, ApiError::Kind::NotSupported);
    QCOMPARE(awaitReply(published.client->lastActivity(0, 10)).error.kind, ApiError::Kind::NotSupported);
    published.cleanUp();
}

QTEST_GUILESS_MAIN(TestMessagingEndToEnd)
#include "TestMessagingEndToEnd.moc"
