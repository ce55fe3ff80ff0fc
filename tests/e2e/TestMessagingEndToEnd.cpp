// Messages and broadcasts against real Prosody servers with real XMPP sessions: MessageSendJob's
// multicast delivers the exact text to every online bot from the server's address; an offline user
// gets the queued message at login; a server without offline storage (--no-offline) drops it (501)
// and says so per recipient; a server whose multicast route is missing (--emulate current) gets one
// message per recipient; a broadcast reaches every bot online and reports exactly that many, on one
// server and on a fleet of two.

#include "AdminRestClient.h"
#include "AwaitReply.h"
#include "BroadcastJob.h"
#include "CapabilityProbe.h"
#include "MessageSendJob.h"
#include "TestServer.h"
#include "XmppBot.h"

#include <QSet>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using Outcome = MessageSendJob::Outcome;

namespace {
const QString Password = u"Secret-pass-1"_s;

// One server with its client and what its probe found.
struct Server
{
    TestServer server;
    AdminRestClient* client = nullptr;
    Capabilities caps;
    QStringList created;

    bool start(const QStringList& arguments, QObject* parent, QString* error)
    {
        if (!server.start(arguments)) {
            *error = server.error();
            return false;
        }
        client = new AdminRestClient(server.settings(), parent);
        CapabilityProbe probe(client);
        QSignalSpy done(&probe, &CapabilityProbe::finished);
        probe.start();
        if (!done.wait(30000)) {
            *error = u"the capability probe did not finish"_s;
            return false;
        }
        caps = probe.result();
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
    MessageSendJob job(m_main.client);
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
    MessageSendJob job(m_main.client);
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
    MessageSendJob single(server.client);
    single.start(u"dropped"_s, {offlineA});
    QVERIFY(waitFinished(single));
    QCOMPARE(single.outcome(offlineA), Outcome::Dropped);
    QCOMPARE(single.error(offlineA).kind, ApiError::Kind::MessageDropped);
    QCOMPARE(single.error(offlineA).httpStatus, 501);

    // Several: the multicast counts 1 sent, 0 queued; the offline two are asked one by one (501 each)
    // and the online one is not sent to twice.
    const QString text = u"Only the online ones get this %1"_s.arg(online);
    MessageSendJob job(server.client);
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
    MessageSendJob job(server.client);
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

QTEST_GUILESS_MAIN(TestMessagingEndToEnd)
#include "TestMessagingEndToEnd.moc"
