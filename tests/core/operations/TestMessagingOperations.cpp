// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// Messaging's operations against the fake HTTP server: SendMessages (one POST /message/<user> per
// recipient, each delivery or error, a failure half-way), MulticastMessage (GET /users, then one
// POST /message with every recipient; nothing sent when the first step fails), and over a fleet of
// three fake servers CountOnlineUsers (GET /users/count) and SendBroadcast (POST /broadcast or
// /announce), with the middle server failing.

#include "OperationFixture.h"
#include "api/AdminRestClient.h"
#include "operations/CountOnlineUsers.h"
#include "operations/MulticastMessage.h"
#include "operations/SendBroadcast.h"
#include "operations/SendMessages.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestMessagingOperations : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup();
    void sendMessagesOnePerRecipient();
    void sendMessagesFailureHalfWay();
    void sendMessagesBoundsConcurrency();
    void multicastReadsWhoIsOnlineThenSends();
    void multicastSendsNothingWithoutTheOnlineList();
    void multicastFailure();
    void countOnlineUsersOnEachServer();
    void broadcastFailureHalfWay();
    void announceToRegisteredUsers();

private:
    // Three more fake servers, each with a client of its own: a fleet.
    QList<BroadcastTarget> fleet();
    static QString line(const FakeHttpServer::Request& request)
    {
        return QString::fromUtf8(request.method + ' ' + request.path + ' ' + request.body);
    }

    OperationFixture m_fixture;
    std::vector<std::unique_ptr<FakeHttpServer>> m_fleetServers;
    std::vector<std::unique_ptr<AdminRestClient>> m_fleetClients;
};

void TestMessagingOperations::cleanup()
{
    m_fleetClients.clear();
    m_fleetServers.clear();
    m_fixture.tearDown();
}

QList<BroadcastTarget> TestMessagingOperations::fleet()
{
    QList<BroadcastTarget> targets;
    for (const QString& name : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
        auto server = std::make_unique<FakeHttpServer>();
        if (!server->listen())
            return {};
        auto client = std::make_unique<AdminRestClient>(settingsFor(server->url()));
        targets.append({name, client.get()});
        m_fleetServers.push_back(std::move(server));
        m_fleetClients.push_back(std::move(client));
    }
    return targets;
}

void TestMessagingOperations::sendMessagesOnePerRecipient()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /message/alice", Response::message(200, u"Message sent to user"_s));
    m_fixture.server()->setRoute(
        "POST /message/bob%40other.example", Response::message(202, u"Message sent to offline queue"_s));
    MessageStyle style;
    style.type = MessageStyle::Type::Chat;
    style.subject = u"Maintenance"_s;
    SendMessages send(m_fixture.session(), u"Hello ✓"_s, style, {u"alice"_s, u"bob@other.example"_s}, 4);
    QVERIFY(OperationFixture::run(send));
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{
            u"POST /admin_rest/message/alice {\"message\":\"Hello ✓\",\"subject\":\"Maintenance\",\"type\":\"chat\"}"_s,
            u"POST /admin_rest/message/bob%40other.example "
            u"{\"message\":\"Hello ✓\",\"subject\":\"Maintenance\",\"type\":\"chat\"}"_s}));
    QCOMPARE(send.count(Status::Succeeded), 2);
    QCOMPARE(send.outcome(0).label, u"alice"_s);
    QCOMPARE(send.delivery(0), MessageDelivery::Delivered);
    QCOMPARE(send.delivery(1), MessageDelivery::Queued);
}

void TestMessagingOperations::sendMessagesFailureHalfWay()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /message/alice", Response::message(200, u"Message sent to user"_s));
    m_fixture.server()->setRoute("POST /message/bob", Response::message(501, u"Message dropped per configuration"_s));
    m_fixture.server()->setRoute("POST /message/carol", Response::message(500, u"Internal server error"_s));
    m_fixture.server()->setRoute("POST /message/dave", Response::message(202, u"Message sent to offline queue"_s));
    // One at a time, in order: the failures in the middle do not stop the ones after them.
    SendMessages send(m_fixture.session(), u"Hi"_s, {}, {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s}, 1);
    QVERIFY(OperationFixture::run(send));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"POST /admin_rest/message/alice {\"message\":\"Hi\"}"_s,
            u"POST /admin_rest/message/bob {\"message\":\"Hi\"}"_s,
            u"POST /admin_rest/message/carol {\"message\":\"Hi\"}"_s,
            u"POST /admin_rest/message/dave {\"message\":\"Hi\"}"_s}));
    QCOMPARE(send.outcome(0).status, Status::Succeeded);
    QCOMPARE(send.outcome(1).status, Status::Failed);
    QCOMPARE(send.outcome(1).error.kind, ApiError::Kind::MessageDropped);
    QCOMPARE(send.outcome(2).status, Status::Failed);
    QCOMPARE(send.outcome(2).error.kind, ApiError::Kind::ServerError);
    QCOMPARE(send.outcome(3).status, Status::Succeeded);
    QCOMPARE(send.delivery(3), MessageDelivery::Queued);
    QCOMPARE(send.labels(Status::Failed), (QStringList{u"bob"_s, u"carol"_s}));
}

void TestMessagingOperations::sendMessagesBoundsConcurrency()
{
    QVERIFY(m_fixture.connectAs());
    QStringList users;
    for (int i = 0; i < 7; ++i) {
        users << u"u%1"_s.arg(i);
        Response delayed = Response::message(200, u"Message sent to user"_s);
        delayed.delayMs = 30;
        m_fixture.server()->setRoute("POST /message/u" + QByteArray::number(i), delayed);
    }
    SendMessages send(m_fixture.session(), u"Hi"_s, {}, users, 3);
    QVERIFY(OperationFixture::run(send));
    QCOMPARE(send.count(Status::Succeeded), 7);
    QCOMPARE(send.peakInFlight(), 3);
}

void TestMessagingOperations::multicastReadsWhoIsOnlineThenSends()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute(
        "GET /users", Response::json(200, R"({"users":[{"username":"alice","resource":"phone"}],"count":1})"));
    m_fixture.server()->setRoute("POST /message", Response::message(200, u"Message multicasted to users: 1/1"_s));
    MulticastMessage multicast(m_fixture.session(), u"Hello"_s, {}, {u"alice"_s, u"bob@example.org"_s});
    QVERIFY(OperationFixture::run(multicast));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"GET /admin_rest/users "_s,
            u"POST /admin_rest/message {\"recipients\":[{\"message\":\"Hello\",\"to\":\"alice\"},"
            u"{\"message\":\"Hello\",\"to\":\"bob@example.org\"}]}"_s}));
    QCOMPARE(multicast.outcome(0).status, Status::Succeeded);
    QCOMPARE(multicast.online(), std::optional<QStringList>(QStringList{u"alice"_s}));
    QVERIFY(multicast.counts().has_value());
    QCOMPARE(multicast.counts()->sent, 1);
    QCOMPARE(multicast.counts()->queued, 1);
}

void TestMessagingOperations::multicastSendsNothingWithoutTheOnlineList()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("GET /users", Response::message(500, u"Internal server error"_s));
    MulticastMessage multicast(m_fixture.session(), u"Hello"_s, {}, {u"alice"_s, u"bob"_s});
    QVERIFY(OperationFixture::run(multicast));
    QCOMPARE(m_fixture.requests(), QStringList{u"GET /admin_rest/users "_s});
    QCOMPARE(multicast.outcome(0).status, Status::Failed);
    QCOMPARE(multicast.outcome(0).stepsDone, 0);
    QVERIFY(!multicast.online().has_value());
    QVERIFY(!multicast.counts().has_value());
    QCOMPARE(multicast.error().kind, ApiError::Kind::ServerError);
}

void TestMessagingOperations::multicastFailure()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("GET /users", Response::json(200, R"({"users":[],"count":0})"));
    // POST /message: the fixture's default, 404 "Invalid request path" (the published module).
    MulticastMessage multicast(m_fixture.session(), u"Hello"_s, {}, {u"alice"_s, u"bob"_s});
    QVERIFY(OperationFixture::run(multicast));
    QCOMPARE(m_fixture.requests().size(), 2);
    QCOMPARE(multicast.outcome(0).status, Status::Failed);
    QCOMPARE(multicast.outcome(0).stepsDone, 1);
    QCOMPARE(multicast.online(), std::optional<QStringList>(QStringList{}));
    QVERIFY(!multicast.counts().has_value());
    QCOMPARE(multicast.error().kind, ApiError::Kind::NotSupported);
}

void TestMessagingOperations::countOnlineUsersOnEachServer()
{
    const QList<BroadcastTarget> targets = fleet();
    QCOMPARE(targets.size(), 3);
    m_fleetServers[0]->setRoute("GET /users/count", Response::json(200, R"({"count":3})"));
    m_fleetServers[1]->setRoute("GET /users/count", Response::message(401, u"Authentication failure"_s));
    m_fleetServers[2]->setRoute("GET /users/count", Response::json(200, R"({"count":0})"));
    CountOnlineUsers count(targets);
    QVERIFY(OperationFixture::run(count));
    for (const auto& server : m_fleetServers) {
        QCOMPARE(server->requestCount(), 1);
        QCOMPARE(line(server->lastRequest()), u"GET /admin_rest/users/count "_s);
    }
    QCOMPARE(count.outcome(0).label, u"alpha"_s);
    QCOMPARE(count.online(0), 3);
    QCOMPARE(count.outcome(1).status, Status::Failed);
    QCOMPARE(count.outcome(1).error.kind, ApiError::Kind::AuthenticationFailed);
    QCOMPARE(count.online(2), 0);
}

void TestMessagingOperations::broadcastFailureHalfWay()
{
    const QList<BroadcastTarget> targets = fleet();
    QCOMPARE(targets.size(), 3);
    m_fleetServers[0]->setRoute("POST /broadcast", Response::json(200, R"({"count":3})"));
    m_fleetServers[1]->setRoute("POST /broadcast", Response::message(500, u"Internal server error"_s));
    m_fleetServers[2]->setRoute("POST /broadcast", Response::json(200, R"({"count":5})"));
    SendBroadcast send(targets, u"Restart ✓"_s, {}, SendBroadcast::Audience::Online);
    QVERIFY(OperationFixture::run(send));
    for (const auto& server : m_fleetServers) {
        QCOMPARE(server->requestCount(), 1);
        QCOMPARE(line(server->lastRequest()), u"POST /admin_rest/broadcast {\"message\":\"Restart ✓\"}"_s);
    }
    QCOMPARE(send.outcome(0).status, Status::Succeeded);
    QCOMPARE(send.reach(0).reached, 3);
    QCOMPARE(send.reach(0).queued, -1);
    QCOMPARE(send.outcome(1).status, Status::Failed);
    QCOMPARE(send.outcome(1).error.kind, ApiError::Kind::ServerError);
    QCOMPARE(send.outcome(2).status, Status::Succeeded);
    QCOMPARE(send.reach(2).reached, 5);
    QCOMPARE(send.labels(Status::Failed), QStringList{u"beta"_s});
}

void TestMessagingOperations::announceToRegisteredUsers()
{
    const QList<BroadcastTarget> targets = fleet().mid(0, 1);
    QCOMPARE(targets.size(), 1);
    m_fleetServers[0]->setRoute(
        "POST /announce", Response::json(200, R"({"count":4,"sent":1,"queued":3,"dropped":0,"failed":0})"));
    MessageStyle style;
    style.type = MessageStyle::Type::Headline;
    SendBroadcast send(targets, u"Tonight"_s, style, SendBroadcast::Audience::Registered);
    QVERIFY(OperationFixture::run(send));
    QCOMPARE(line(m_fleetServers[0]->lastRequest()),
        u"POST /admin_rest/announce {\"message\":\"Tonight\",\"type\":\"headline\"}"_s);
    QCOMPARE(send.outcome(0).status, Status::Succeeded);
    QCOMPARE(send.reach(0).reached, 4);
    QCOMPARE(send.reach(0).queued, 3);
}

QTEST_GUILESS_MAIN(TestMessagingOperations)
#include "TestMessagingOperations.moc"
