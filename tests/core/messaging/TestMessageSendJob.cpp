// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/MessageSendJob.h"
#include "operations/OperationFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Delivery = MessageSendJob::Outcome;

// MessageSendJob against the loopback fake server, through a ServerSession connected to it.
class TestMessageSendJob : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void multicastAttributesOutcomesByWhoWasOnline();
    void fallbackToOneByOneWhenMulticastIsMissing();
    void laterRoundsSkipTheMissingMulticast();
    void oneRecipientUsesTheSingleRoute();
    void tryMulticastOffSendsOneByOne();
    void concurrencyIsBounded_data();
    void concurrencyIsBounded();
    void nothingQueuedAsksTheOfflineOnesOneByOne();
    void noMulticastRecipientsAsksEveryoneOneByOne();
    void countsThatDoNotAddUpAreNotGuessed();
    void multicastFailureFailsEveryone();
    void classicMulticastCrashFallsBackToOneByOne();
    void onlineListFailureSendsOneByOne();
    void retryResendsOnlyTheFailed();
    void cancelKeepsTheUnsentRetryable();
    void duplicatesAreSentOnce();
    void unverifiedRecipientsGoOneByOne();
    void unservedHostIsNoSuchUser();
    void exactTextAndAddressesOnTheWire();
    void destroyedWhileSending();
    void sessionConnectedAnewSendsNothing();

private:
    static Response usersOnline(const QStringList& users)
    {
        QJsonArray list;
        for (const QString& user : users)
            list.append(QJsonObject{{u"username"_s, user}, {u"resource"_s, u"phone"_s}});
        const QJsonObject result{{u"users"_s, list}, {u"count"_s, int(list.size())}};
        return Response::json(200, QJsonDocument(result).toJson(QJsonDocument::Compact));
    }
    static Response multicastCounts(int sent, int queued)
    {
        return Response::message(200, u"Message multicasted to users: %1/%2"_s.arg(sent).arg(queued));
    }
    static Response single(int status, int delayMs = 0)
    {
        Response response;
        switch (status) {
        case 200:
            response = Response::message(200, u"Message sent to user: x@example.org"_s);
            break;
        case 202:
            response = Response::message(202, u"Message sent to offline queue: x@example.org"_s);
            break;
        case 404:
            response = Response::message(404, u"User does not exist or is malformed"_s);
            break;
        case 501:
            response = Response::message(501, u"Message dropped per configuration"_s);
            break;
        default:
            response = Response::message(status, u"Internal server error"_s);
            break;
        }
        response.delayMs = delayMs;
        return response;
    }
    QStringList requestLines() const
    {
        QStringList lines;
        for (const FakeHttpServer::Request& request : m_server->requests())
            lines << QString::fromLatin1(request.method + ' ' + request.path.mid(int(qstrlen("/admin_rest"))));
        return lines;
    }
    static bool waitFinished(MessageSendJob& job, int timeoutMs = 15000)
    {
        if (!job.isRunning())
            return true;
        QSignalSpy spy(&job, &MessageSendJob::finished);
        return spy.wait(timeoutMs);
    }

    ServerSession* session() const { return m_fixture.session(); }

    OperationFixture m_fixture;
    FakeHttpServer* m_server = nullptr;
};

void TestMessageSendJob::init()
{
    QVERIFY(m_fixture.setUp());
    m_server = m_fixture.server();
    // The probe finds the multicast route (its empty multicast answered "No multicast recipients"),
    // so the jobs try multicast.
    m_server->setRoute("POST /message", Response::message(404, u"No multicast recipients"_s));
    QVERIFY(m_fixture.connectAs());
    QVERIFY(session()->capabilities().multicast);
    // From here on the route is missing (as on the published "current" module) unless a test answers it.
    m_server->setRoute("POST /message", Response::message(404, u"Invalid request path"_s));
}

void TestMessageSendJob::cleanup()
{
    m_server = nullptr;
    m_fixture.tearDown();
}

void TestMessageSendJob::multicastAttributesOutcomesByWhoWasOnline()
{
    m_server->setRoute("GET /users", usersOnline({u"alice"_s}));
    m_server->setRoute("POST /message", multicastCounts(1, 2));
    MessageSendJob job(session());
    QSignalSpy finished(&job, &MessageSendJob::finished);
    job.start(u"Hello"_s, {u"alice"_s, u"bob"_s, u"carol@example.org"_s});
    QVERIFY(waitFinished(job));
    QCOMPARE(finished.size(), 1);

    QCOMPARE(requestLines(), (QStringList{u"GET /users"_s, u"POST /message"_s}));
    QCOMPARE(job.outcome(u"alice"_s), Delivery::Delivered);
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Queued);
    // A bare JID on the client's own domain is the same user as its localpart.
    QCOMPARE(job.outcome(u"carol@example.org"_s), Delivery::Queued);
    QVERIFY(job.isInferred(u"alice"_s));
    QVERIFY(job.isInferred(u"bob"_s));
    QCOMPARE(job.lastMulticastResult()->sent, 1);
    QCOMPARE(job.lastMulticastResult()->queued, 2);
    QVERIFY(job.retryableRecipients().isEmpty());
    QVERIFY(!job.multicastMissing());
}

void TestMessageSendJob::fallbackToOneByOneWhenMulticastIsMissing()
{
    m_server->setRoute("GET /users", usersOnline({u"alice"_s}));
    // POST /message answers 404 "Invalid request path", as the published module does.
    m_server->setRoute("POST /message/alice", single(200));
    m_server->setRoute("POST /message/bob", single(202));
    m_server->setRoute("POST /message/carol", single(501));
    m_server->setRoute("POST /message/dave", single(404));
    MessageSendJob job(session());
    QSignalSpy fellBack(&job, &MessageSendJob::fellBackToSingleMessages);
    job.start(u"Hello"_s, {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s});
    QVERIFY(waitFinished(job));

    QCOMPARE(fellBack.size(), 1);
    QVERIFY(job.multicastMissing());
    QCOMPARE(job.outcome(u"alice"_s), Delivery::Delivered);
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Queued);
    QCOMPARE(job.outcome(u"carol"_s), Delivery::Dropped);
    QCOMPARE(job.error(u"carol"_s).kind, ApiError::Kind::MessageDropped);
    QCOMPARE(job.outcome(u"dave"_s), Delivery::NoSuchUser);
    QCOMPARE(job.error(u"dave"_s).kind, ApiError::Kind::NotFound);
    // Answered one by one: exact, not inferred.
    for (const QString& user : {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s})
        QVERIFY(!job.isInferred(user));
    QStringList lines = requestLines();
    QCOMPARE(lines.mid(0, 2), (QStringList{u"GET /users"_s, u"POST /message"_s}));
    QStringList singles = lines.mid(2);
    singles.sort();
    QCOMPARE(singles,
        (QStringList{
            u"POST /message/alice"_s, u"POST /message/bob"_s, u"POST /message/carol"_s, u"POST /message/dave"_s}));
    QCOMPARE(job.retryableRecipients(), (QStringList{u"carol"_s, u"dave"_s}));
}

void TestMessageSendJob::laterRoundsSkipTheMissingMulticast()
{
    m_server->setRoute("GET /users", usersOnline({}));
    m_server->setRoute("POST /message/alice", single(200));
    m_server->setRoute("POST /message/bob", single(500));
    MessageSendJob job(session());
    job.start(u"Hello"_s, {u"alice"_s, u"bob"_s});
    QVERIFY(waitFinished(job));
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Failed);
    m_server->clearRequests();
    m_server->setRoute("POST /message/bob", single(202));
    QVERIFY(job.retryFailed());
    QVERIFY(waitFinished(job));
    QCOMPARE(requestLines(), QStringList{u"POST /message/bob"_s});
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Queued);

    // A new message with the same job: straight to one by one.
    m_server->clearRequests();
    job.start(u"Again"_s, {u"alice"_s, u"bob"_s});
    QVERIFY(waitFinished(job));
    QVERIFY(!requestLines().contains(u"POST /message"_s));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestMessageSendJob::oneRecipientUsesTheSingleRoute()
{
    m_server->setRoute("POST /message/alice", single(202));
    MessageSendJob job(session());
    job.start(u"Hello"_s, {u"alice"_s});
    QVERIFY(waitFinished(job));
    QCOMPARE(requestLines(), QStringList{u"POST /message/alice"_s});
    QCOMPARE(job.outcome(u"alice"_s), Delivery::Queued);
}

void TestMessageSendJob::tryMulticastOffSendsOneByOne()
{
    m_server->setRoute("POST /message/alice", single(200));
    m_server->setRoute("POST /message/bob", single(202));
    MessageSendJob job(session());
    job.setTryMulticast(false);
    job.start(u"Hello"_s, {u"alice"_s, u"bob"_s});
    QVERIFY(waitFinished(job));
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(!requestLines().contains(u"POST /message"_s));
    QVERIFY(!requestLines().contains(u"GET /users"_s));
    QCOMPARE(job.outcome(u"alice"_s), Delivery::Delivered);
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Queued);
}

void TestMessageSendJob::concurrencyIsBounded_data()
{
    QTest::addColumn<int>("bound");
    QTest::addColumn<bool>("viaFallback");
    QTest::newRow("1, one by one") << 1 << false;
    QTest::newRow("3, one by one") << 3 << false;
    QTest::newRow("default 4, after the multicast 404") << 0 << true;
    QTest::newRow("5, after the multicast 404") << 5 << true;
}

void TestMessageSendJob::concurrencyIsBounded()
{
    QFETCH(int, bound);
    QFETCH(bool, viaFallback);
    constexpr int Recipients = 14;
    QStringList users;
    for (int i = 0; i < Recipients; ++i) {
        users << u"u%1"_s.arg(i);
        m_server->setRoute("POST /message/u" + QByteArray::number(i), single(i % 2 ? 200 : 202, 40));
    }
    m_server->setRoute("GET /users", usersOnline({}));
    MessageSendJob job(session());
    job.setTryMulticast(viaFallback);
    if (bound > 0)
        job.setMaxConcurrent(bound);
    else
        bound = 4;
    QCOMPARE(job.maxConcurrent(), bound);

    // The server's view: requests it has received whose outcome the job does not know yet.
    int received = 0;
    int answered = 0;
    int maxOpen = 0;
    connect(m_server, &FakeHttpServer::requestReceived, this, [&](const FakeHttpServer::Request& request) {
        if (!request.path.startsWith("/admin_rest/message/"))
            return;
        ++received;
        maxOpen = qMax(maxOpen, received - answered);
    });
    connect(&job, &MessageSendJob::outcomeChanged, this, [&](const QString&, Delivery outcome) {
        if (outcome == Delivery::Delivered || outcome == Delivery::Queued)
            ++answered;
        QVERIFY(job.inFlight() <= bound);
    });
    job.start(u"Hello"_s, users);
    QVERIFY(waitFinished(job));
    QVERIFY2(maxOpen <= bound, qPrintable(u"%1 open at once"_s.arg(maxOpen)));
    QCOMPARE(job.maxInFlightObserved(), bound);
    QCOMPARE(received, Recipients);
    QCOMPARE(job.count(Delivery::Delivered), Recipients / 2);
    QCOMPARE(job.count(Delivery::Queued), Recipients / 2);
}

void TestMessageSendJob::nothingQueuedAsksTheOfflineOnesOneByOne()
{
    // The server keeps no offline messages: the multicast sent to alice and dropped bob's silently.
    m_server->setRoute("GET /users", usersOnline({u"alice"_s}));
    m_server->setRoute("POST /message", multicastCounts(1, 0));
    m_server->setRoute("POST /message/bob", single(501));
    m_server->setRoute("POST /message/carol", single(404));
    MessageSendJob job(session());
    job.start(u"Hello"_s, {u"alice"_s, u"bob"_s, u"carol"_s});
    QVERIFY(waitFinished(job));
    QCOMPARE(job.outcome(u"alice"_s), Delivery::Delivered);
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Dropped);
    QCOMPARE(job.outcome(u"carol"_s), Delivery::NoSuchUser);
    // alice got it once: she is never asked again.
    QVERIFY(!requestLines().contains(u"POST /message/alice"_s));
    QCOMPARE(m_server->requestCount(), 4);
}

void TestMessageSendJob::noMulticastRecipientsAsksEveryoneOneByOne()
{
    m_server->setRoute("GET /users", usersOnline({}));
    m_server->setRoute("POST /message", Response::message(404, u"No multicast recipients"_s));
    m_server->setRoute("POST /message/bob", single(501));
    m_server->setRoute("POST /message/carol", single(404));
    MessageSendJob job(session());
    QSignalSpy fellBack(&job, &MessageSendJob::fellBackToSingleMessages);
    job.start(u"Hello"_s, {u"bob"_s, u"carol"_s});
    QVERIFY(waitFinished(job));
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Dropped);
    QCOMPARE(job.outcome(u"carol"_s), Delivery::NoSuchUser);
    // The multicast route exists: the next round tries it again.
    QCOMPARE(fellBack.size(), 0);
    QVERIFY(!job.multicastMissing());
}

void TestMessageSendJob::countsThatDoNotAddUpAreNotGuessed()
{
    // alice went offline between the two requests: everyone was reached, but how is unknown.
    m_server->setRoute("GET /users", usersOnline({u"alice"_s}));
    m_server->setRoute("POST /message", multicastCounts(0, 3));
    MessageSendJob job(session());
    job.start(u"Hello"_s, {u"alice"_s, u"bob"_s, u"carol"_s});
    QVERIFY(waitFinished(job));
    for (const QString& user : {u"alice"_s, u"bob"_s, u"carol"_s})
        QCOMPARE(job.outcome(user), Delivery::Reached);
    QVERIFY(job.retryableRecipients().isEmpty());

    // One of two offline recipients queued: which one cannot be told. Not retried (could duplicate).
    m_server->clearRequests();
    m_server->setRoute("POST /message", multicastCounts(1, 1));
    job.start(u"Hello"_s, {u"alice"_s, u"bob"_s, u"carol"_s});
    QVERIFY(waitFinished(job));
    QCOMPARE(job.outcome(u"alice"_s), Delivery::Delivered);
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Uncertain);
    QCOMPARE(job.outcome(u"carol"_s), Delivery::Uncertain);
    QVERIFY(!MessageSendJob::isRetryable(Delivery::Uncertain));
    QVERIFY(!job.retryFailed());
    QCOMPARE(m_server->requestCount(), 2);
}

void TestMessageSendJob::multicastFailureFailsEveryone()
{
    m_server->setRoute("GET /users", usersOnline({}));
    m_server->setRoute("POST /message", Response::message(500, u"Internal server error"_s));
    MessageSendJob job(session());
    job.start(u"Hello"_s, {u"alice"_s, u"bob"_s});
    QVERIFY(waitFinished(job));
    QCOMPARE(job.outcome(u"alice"_s), Delivery::Failed);
    QCOMPARE(job.error(u"alice"_s).kind, ApiError::Kind::ServerError);
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Failed);
    QCOMPARE(job.retryableRecipients(), (QStringList{u"alice"_s, u"bob"_s}));

    m_server->setRoute("POST /message", multicastCounts(0, 2));
    QVERIFY(job.retryFailed());
    QVERIFY(waitFinished(job));
    QCOMPARE(job.outcome(u"alice"_s), Delivery::Queued);
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Queued);
}

void TestMessageSendJob::classicMulticastCrashFallsBackToOneByOne()
{
    // The published classic module fails on every multicast with Prosody's own 500 page (a
    // traceback before anything is sent): one message per recipient, each with its own outcome.
    m_server->setRoute("GET /users", usersOnline({u"alice"_s}));
    m_server->setRoute(
        "POST /message", Response::rawBytes("HTTP/1.0 500 Internal Server Error\r\n\r\n<html><h1>500</h1></html>"));
    m_server->setRoute("POST /message/alice", single(200));
    m_server->setRoute("POST /message/bob", single(202));
    MessageSendJob job(session());
    QSignalSpy fellBack(&job, &MessageSendJob::fellBackToSingleMessages);
    job.start(u"Hello"_s, {u"alice"_s, u"bob"_s});
    QVERIFY(waitFinished(job));
    QCOMPARE(fellBack.size(), 1);
    QVERIFY(job.multicastMissing());
    QCOMPARE(job.outcome(u"alice"_s), Delivery::Delivered);
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Queued);
    QCOMPARE(requestLines().count(u"POST /message"_s), 1);
    QCOMPARE(requestLines().count(u"POST /message/alice"_s), 1);
    QCOMPARE(requestLines().count(u"POST /message/bob"_s), 1);
}

void TestMessageSendJob::onlineListFailureSendsOneByOne()
{
    m_server->setRoute("GET /users", Response::message(500, u"Internal server error"_s));
    m_server->setRoute("POST /message/alice", single(200));
    m_server->setRoute("POST /message/bob", single(202));
    MessageSendJob job(session());
    job.start(u"Hello"_s, {u"alice"_s, u"bob"_s});
    QVERIFY(waitFinished(job));
    QVERIFY(!requestLines().contains(u"POST /message"_s));
    QCOMPARE(job.outcome(u"alice"_s), Delivery::Delivered);
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Queued);
}

void TestMessageSendJob::retryResendsOnlyTheFailed()
{
    m_server->setRoute("POST /message/alice", single(200));
    m_server->setRoute("POST /message/bob", single(500));
    m_server->setRoute("POST /message/carol", Response::closeWithoutAnswer());
    m_server->setRoute("POST /message/dave", single(202));
    MessageSendJob job(session());
    job.setTryMulticast(false);
    job.start(u"Hello"_s, {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s});
    QVERIFY(waitFinished(job));
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Failed);
    QCOMPARE(job.outcome(u"carol"_s), Delivery::Failed);
    QCOMPARE(job.retryableRecipients(), (QStringList{u"bob"_s, u"carol"_s}));

    m_server->clearRequests();
    m_server->setRoute("POST /message/bob", single(200));
    m_server->setRoute("POST /message/carol", single(202));
    QSignalSpy changed(&job, &MessageSendJob::outcomeChanged);
    QVERIFY(job.retryFailed());
    QVERIFY(job.isRunning());
    QVERIFY(!job.retryFailed()); // not while running
    QVERIFY(waitFinished(job));
    QStringList lines = requestLines();
    lines.sort();
    QCOMPARE(lines, (QStringList{u"POST /message/bob"_s, u"POST /message/carol"_s}));
    for (const QList<QVariant>& signal : std::as_const(changed))
        QVERIFY(signal.first().toString() == u"bob"_s || signal.first().toString() == u"carol"_s);
    QCOMPARE(job.outcome(u"alice"_s), Delivery::Delivered);
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Delivered);
    QCOMPARE(job.outcome(u"carol"_s), Delivery::Queued);
    QCOMPARE(job.outcome(u"dave"_s), Delivery::Queued);
    QVERIFY(!job.retryFailed()); // nothing left
}

void TestMessageSendJob::cancelKeepsTheUnsentRetryable()
{
    QStringList users;
    for (int i = 0; i < 5; ++i) {
        users << u"u%1"_s.arg(i);
        m_server->setRoute("POST /message/u" + QByteArray::number(i), Response::never());
    }
    MessageSendJob job(session());
    job.setTryMulticast(false);
    job.setMaxConcurrent(2);
    QSignalSpy finished(&job, &MessageSendJob::finished);
    job.start(u"Hello"_s, users);
    QTRY_COMPARE(m_server->requestCount(), 2);
    job.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!job.isRunning());
    QCOMPARE(job.count(Delivery::Cancelled), 5);
    QCOMPARE(job.message(), u"Hello"_s);

    m_server->closeConnections();
    for (int i = 0; i < 5; ++i)
        m_server->setRoute("POST /message/u" + QByteArray::number(i), single(200));
    QVERIFY(job.retryFailed());
    QVERIFY(waitFinished(job));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(job.count(Delivery::Delivered), 5);
}

void TestMessageSendJob::duplicatesAreSentOnce()
{
    m_server->setRoute("POST /message/alice", single(200));
    MessageSendJob job(session());
    job.start(u"Hello"_s, {u"alice"_s, u"ALICE"_s, u"alice@example.org"_s, u"alice"_s});
    QCOMPARE(job.recipients(), QStringList{u"alice"_s});
    QVERIFY(waitFinished(job));
    QCOMPARE(requestLines(), QStringList{u"POST /message/alice"_s});
}

void TestMessageSendJob::unverifiedRecipientsGoOneByOne()
{
    m_server->setRoute("GET /users", usersOnline({u"alice"_s}));
    m_server->setRoute("POST /message", multicastCounts(1, 1));
    m_server->setRoute("POST /message/x%40unserved.invalid", Response::message(500, u"Internal server error"_s));
    MessageSendJob job(session());
    job.setUnverified({u"x@unserved.invalid"_s});
    job.start(u"Hello"_s, {u"alice"_s, u"bob"_s, u"x@unserved.invalid"_s});
    QVERIFY(waitFinished(job));
    // The multicast carried only the verified two, so its counts could be attributed.
    QJsonObject body;
    for (const FakeHttpServer::Request& request : m_server->requests()) {
        if (request.path == "/admin_rest/message")
            body = QJsonDocument::fromJson(request.body).object();
    }
    QCOMPARE(body.value(u"recipients"_s).toArray().size(), 2);
    QCOMPARE(job.outcome(u"alice"_s), Delivery::Delivered);
    QCOMPARE(job.outcome(u"bob"_s), Delivery::Queued);
    QCOMPARE(job.outcome(u"x@unserved.invalid"_s), Delivery::Failed);
    QVERIFY(requestLines().contains(u"POST /message/x%40unserved.invalid"_s));
}

void TestMessageSendJob::unservedHostIsNoSuchUser()
{
    m_server->setRoute(
        "POST /message/x%40unserved.invalid", Response::message(404, u"Host does not exist or is malformed"_s));
    MessageSendJob job(session());
    job.start(u"Hello"_s, {u"x@unserved.invalid"_s});
    QVERIFY(waitFinished(job));
    QCOMPARE(job.outcome(u"x@unserved.invalid"_s), Delivery::NoSuchUser);
    QCOMPARE(job.error(u"x@unserved.invalid"_s).kind, ApiError::Kind::UnknownVirtualHost);
}

void TestMessageSendJob::exactTextAndAddressesOnTheWire()
{
    const QString text = u"Maintenance at 22:00 — «ünïcode» ✓\nsecond line \"quoted\""_s;
    m_server->setRoute("GET /users", usersOnline({u"alice"_s}));
    m_server->setRoute("POST /message", multicastCounts(1, 1));
    MessageSendJob job(session());
    job.start(text, {u"alice"_s, u"bob@other.example"_s});
    QVERIFY(waitFinished(job));
    const FakeHttpServer::Request request = m_server->lastRequest();
    QCOMPARE(request.requestLine(), QByteArray("POST /admin_rest/message HTTP/1.1"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.header("Authorization"), expectedAuthorization());
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonArray recipients = body.value(u"recipients"_s).toArray();
    QCOMPARE(recipients.size(), 2);
    QCOMPARE(recipients.at(0).toObject(), (QJsonObject{{u"to"_s, u"alice"_s}, {u"message"_s, text}}));
    QCOMPARE(recipients.at(1).toObject(), (QJsonObject{{u"to"_s, u"bob@other.example"_s}, {u"message"_s, text}}));

    m_server->setRoute("POST /message/bob%40other.example", single(202));
    job.start(text, {u"bob@other.example"_s});
    QVERIFY(waitFinished(job));
    QCOMPARE(
        m_server->lastRequest().requestLine(), QByteArray("POST /admin_rest/message/bob%40other.example HTTP/1.1"));
    QCOMPARE(QJsonDocument::fromJson(m_server->lastRequest().body).object(), (QJsonObject{{u"message"_s, text}}));
    QCOMPARE(job.outcome(u"bob@other.example"_s), Delivery::Queued);
}

void TestMessageSendJob::destroyedWhileSending()
{
    m_server->setRoute("POST /message/alice", Response::never());
    m_server->setRoute("POST /message/bob", Response::never());
    auto* job = new MessageSendJob(session());
    job->setTryMulticast(false);
    job->start(u"Hello"_s, {u"alice"_s, u"bob"_s});
    QTRY_COMPARE(m_server->requestCount(), 2);
    delete job; // must not crash nor call back into the dead job
}

void TestMessageSendJob::sessionConnectedAnewSendsNothing()
{
    m_server->setRoute("POST /message/alice", single(200));
    MessageSendJob job(session());
    QVERIFY(job.tryMulticast()); // the probe found the route
    QVERIFY(job.isFor(session()));
    // The session signs in again: a new client, and the job's messages stay unsent.
    QSignalSpy connected(session(), &ServerSession::connected);
    session()->connectTo(u"fake"_s, settingsFor(m_server->url()));
    QVERIFY(connected.wait(10000));
    QVERIFY(!job.isFor(session()));
    m_server->clearRequests();
    QSignalSpy finished(&job, &MessageSendJob::finished);
    job.start(u"Hello"_s, {u"alice"_s, u"bob"_s});
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(job.count(Delivery::Cancelled), 2);
}

QTEST_GUILESS_MAIN(TestMessageSendJob)
#include "TestMessageSendJob.moc"
