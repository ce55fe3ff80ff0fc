// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "AwaitReply.h"
#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Kind = ApiError::Kind;

// A hostile server (issue 18): answers that are well-formed HTTP but built to hurt the console —
// nesting far deeper than any parser should follow, a million-element list within the size limit,
// multi-megabyte strings, a trickle that keeps the transfer timeout from expiring, chunked bodies
// that never end. Each is refused with a sentence that says what happened, or shown; a large body
// is parsed off the event loop's thread and still reported once, on it; the client's next call works.
// How long the event loop stalls meanwhile is
// measured in bench/ (bench_hostile), not here.
class TestHostileAnswers : public QObject
{
    Q_OBJECT
private slots:
    void deepNestingIsRefused();
    void millionElementListIsShownWhileTheLoopRuns();
    void multiMegabyteStrings();
    void cancelWhileParsing();
    void slowTrickleIsCutOff();
    void endlessChunkedBody_data();
    void endlessChunkedBody();
};

namespace {

ConnectionSettings settingsFor(const QUrl& baseUrl)
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.jid = u"admin@example.org"_s;
    settings.password = u"s3cret"_s;
    settings.timeoutMs = 5000;
    return settings;
}

constexpr int MillionUsers = 1000000;

// {"users":[{"jid":"u0@example.org"}, …]}: 1,000,000 users, about 27 MB with the envelope, under the
// 64 MB default limit.
QByteArray millionUsersResult()
{
    QByteArray body = R"({"users":[)";
    body.reserve(28 * 1024 * 1024);
    for (int i = 0; i < MillionUsers; ++i) {
        if (i > 0)
            body += ',';
        body += R"({"jid":"u)" + QByteArray::number(i) + R"(@example.org"})";
    }
    body += "]}";
    return body;
}

// The modules list after a good call: the client is still usable.
void checkNextCallWorks(FakeHttpServer& server, AdminRestClient& client)
{
    server.closeConnections();
    server.setRoute("GET /modules", Response::json(200, R"({"count":1,"modules":["admin_rest"]})"));
    const auto next = awaitReply(client.modules());
    QVERIFY2(next.ok(), next.describe().constData());
    QCOMPARE(next.value, QStringList{u"admin_rest"_s});
}

// Answers every request with chunked headers and then chunks for ever: `chunkBytes` each
// `intervalMs`, as fast as the client reads when 0.
class EndlessChunkedServer : public QTcpServer
{
public:
    EndlessChunkedServer(int chunkBytes, int intervalMs)
        : m_chunk(QByteArray::number(chunkBytes, 16) + "\r\n" + QByteArray(chunkBytes, 'x') + "\r\n")
        , m_intervalMs(intervalMs)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection())
                serve(socket);
        });
    }
    qint64 sent() const { return m_sent; }

private:
    void serve(QTcpSocket* socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "16\r\n{\"result\":{\"whitelist\":[\r\n");
            auto* timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, socket] {
                if (socket->bytesToWrite() < 4 * m_chunk.size()) {
                    socket->write(m_chunk);
                    m_sent += m_chunk.size();
                }
            });
            timer->start(m_intervalMs);
        });
    }

    QByteArray m_chunk;
    int m_intervalMs = 0;
    qint64 m_sent = 0;
};

} // namespace

void TestHostileAnswers::deepNestingIsRefused()
{
    // 500,000 levels: a 1 MB body, parsed off the thread, refused at Qt's nesting limit.
    FakeHttpServer server;
    QVERIFY(server.listen());
    constexpr int depth = 500000;
    server.setRoute("GET /modules",
        Response::text(
            200, "application/json", "{\"result\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}"));
    AdminRestClient client(settingsFor(server.url()));
    const auto outcome = awaitReply(client.modules());
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.error.kind == Kind::MalformedResponse, outcome.describe().constData());
    QVERIFY(outcome.value.isEmpty());
    const QString sentence = outcome.error.userMessage();
    QVERIFY2(sentence.contains(u"could not be understood"_s), qPrintable(sentence));
    QVERIFY2(outcome.error.detail.contains(u"nested"_s), qPrintable(outcome.error.detail));
    checkNextCallWorks(server, client);
}

void TestHostileAnswers::millionElementListIsShownWhileTheLoopRuns()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setRoute("GET /all-users", Response::json(200, millionUsersResult()));
    AdminRestClient client(settingsFor(server.url()));
    QList<RequestRecord> records;
    connect(&client, &AdminRestClient::requestFinished, this, [&](const RequestRecord& r) { records.append(r); });

    // From the moment the whole body is in (Qt's manager says so before the client sees it) to the
    // reply's report, the event loop keeps turning: a zero timer ticks while the list is parsed.
    auto* network = client.findChild<QNetworkAccessManager*>();
    QVERIFY(network);
    int ticksWhileParsing = 0;
    bool bodyIn = false;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&] { ticksWhileParsing += bodyIn ? 1 : 0; });
    heartbeat.start(0);
    connect(network, &QNetworkAccessManager::finished, this, [&] { bodyIn = true; });

    auto* reply = client.allUsers();
    int reports = 0;
    QThread* reportThread = nullptr;
    connect(reply, &ApiReply::finished, this, [&] {
        ++reports;
        reportThread = QThread::currentThread();
        bodyIn = false;
    });
    const auto outcome = awaitReply(reply, 120000);
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    QCOMPARE(outcome.value.size(), MillionUsers);
    QCOMPARE(outcome.value.first().jid, u"u0@example.org"_s);
    QCOMPARE(outcome.value.last().jid, u"u999999@example.org"_s);
    QCOMPARE(reports, 1);
    QCOMPARE(reportThread, QCoreApplication::instance()->thread());
    QVERIFY2(ticksWhileParsing > 0, "the event loop did not run while the list was parsed");
    // The activity log has its record once, after the parse, as a success.
    QTRY_COMPARE(records.size(), 1);
    QCOMPARE(records.first().httpStatus, 200);
    QCOMPARE(records.first().errorKind, Kind::None);
}

void TestHostileAnswers::multiMegabyteStrings()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    const QString big(8 * 1024 * 1024, u'm');
    server.setRoute("GET /modules", Response::json(200, "{\"count\":1,\"modules\":[\"" + big.toLatin1() + "\"]}"));
    server.setRoute("GET /whitelist", Response::message(500, big));
    AdminRestClient client(settingsFor(server.url()));
    QList<RequestRecord> records;
    connect(&client, &AdminRestClient::requestFinished, this, [&](const RequestRecord& r) { records.append(r); });

    // An 8 MB module name is given as it came (the widgets shorten what they show).
    const auto shown = awaitReply(client.modules());
    QVERIFY2(shown.ok(), shown.describe().constData());
    QCOMPARE(shown.value, QStringList{big});
    // An 8 MB error message: the error keeps the server's words whole; its sentence (a banner, the
    // activity log's record) quotes their start and end, not megabytes.
    const auto refused = awaitReply(client.whitelist());
    QVERIFY(refused.finished);
    QVERIFY2(refused.error.kind == Kind::ServerError, refused.describe().left(200).constData());
    QCOMPARE(refused.error.serverMessage, big);
    const QString sentence = refused.error.userMessage();
    QVERIFY2(sentence.size() < 3000, qPrintable(sentence.left(200)));
    QVERIFY2(sentence.contains(u"The server said: “mmm"_s) && sentence.contains(u"mmm\u2026mmm"_s),
        qPrintable(sentence.left(200)));
    QTRY_COMPARE(records.size(), 2);
    QCOMPARE(records.last().errorKind, Kind::ServerError);
    QCOMPARE(records.last().message, sentence);
    checkNextCallWorks(server, client);
}

void TestHostileAnswers::cancelWhileParsing()
{
    // Cancelled between the body's arrival and the parse's end: finished once, Cancelled, and the
    // parse's late result changes nothing.
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setRoute("GET /all-users", Response::json(200, millionUsersResult()));
    AdminRestClient client(settingsFor(server.url()));
    auto* network = client.findChild<QNetworkAccessManager*>();
    QVERIFY(network);
    auto* reply = client.allUsers();
    QPointer<TypedReply<QList<RegisteredUser>>> guard(reply);
    int reports = 0;
    connect(reply, &ApiReply::finished, this, [&] { ++reports; });
    // Queued: runs after the client has taken the body and started the parse.
    connect(
        network, &QNetworkAccessManager::finished, this,
        [guard] {
            if (guard)
                guard->cancel();
        },
        Qt::QueuedConnection);
    const auto outcome = awaitReply(reply, 120000);
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.error.kind == Kind::Cancelled, outcome.describe().constData());
    QVERIFY(outcome.value.isEmpty());
    QTRY_VERIFY(!guard);
    QCOMPARE(reports, 1);
    checkNextCallWorks(server, client);
}

void TestHostileAnswers::slowTrickleIsCutOff()
{
    // 64 bytes every 20 ms: the transfer timeout (500 ms without a byte) never expires, the whole
    // exchange's limit (four times it) does. (Qt restarts the transfer timeout for body bytes only:
    // headers that trickle in slower than it fail with the plain timeout, as TestWireFaults shows.)
    FakeHttpServer server;
    QVERIFY(server.listen());
    Response trickle = Response::json(200, "{\"count\":1,\"modules\":[\"" + QByteArray(1024 * 1024, 'a') + "\"]}");
    trickle.behaviour = Response::Behaviour::Trickle;
    trickle.trickleBytes = 64;
    trickle.trickleIntervalMs = 20;
    server.setRoute("GET /modules", trickle);
    ConnectionSettings settings = settingsFor(server.url());
    settings.timeoutMs = 500;
    AdminRestClient client(settings);
    const auto outcome = awaitReply(client.modules());
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.error.kind == Kind::Timeout, outcome.describe().constData());
    QVERIFY2(outcome.error.detail.contains(u"took longer than 2 s"_s), qPrintable(outcome.error.detail));
    QVERIFY2(
        outcome.error.userMessage().contains(u"did not answer in time"_s), qPrintable(outcome.error.userMessage()));
    client.setSettings(settingsFor(server.url()));
    checkNextCallWorks(server, client);
}

void TestHostileAnswers::endlessChunkedBody_data()
{
    QTest::addColumn<int>("chunkBytes");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("kind");
    QTest::newRow("fast: past the size limit") << 64 * 1024 << 0 << int(Kind::ResponseTooLarge);
    QTest::newRow("slow: past the time limit") << 16 << 20 << int(Kind::Timeout);
}

void TestHostileAnswers::endlessChunkedBody()
{
    QFETCH(int, chunkBytes);
    QFETCH(int, intervalMs);
    QFETCH(int, kind);
    static constexpr qint64 limit = 4 * 1024 * 1024;
    EndlessChunkedServer server(chunkBytes, intervalMs);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ConnectionSettings settings = settingsFor(QUrl(u"http://127.0.0.1:%1/admin_rest"_s.arg(server.serverPort())));
    settings.maxResponseBytes = limit;
    settings.timeoutMs = 500;
    AdminRestClient client(settings);
    const auto outcome = awaitReply(client.whitelist());
    QVERIFY(outcome.finished);
    QVERIFY2(int(outcome.error.kind) == kind, outcome.describe().constData());
    QVERIFY(outcome.value.isEmpty());
    // The client stopped reading: the server got rid of little more than the limit.
    QVERIFY2(server.sent() < 2 * limit, qPrintable(u"%1 bytes sent"_s.arg(server.sent())));
}

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "TestHostileAnswers.moc"
