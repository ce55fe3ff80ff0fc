// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "AwaitReply.h"
#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"
#include "profiles/Profile.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Kind = ApiError::Kind;

// The fault matrix of issue 7 on the wire, against a server that misbehaves on cue: every fault
// gives an error that says what happened and what to do, and the same client's next call works.
// A 100 MB body is refused past the size limit with the client's memory bounded by the limit, not
// by the body, and a certificate swapped under a pinned session is refused before anything is sent.
class TestWireFaults : public QObject
{
    Q_OBJECT
private slots:
    void faultIsExplainedAndSurvived_data();
    void faultIsExplainedAndSurvived();
    void hundredMegabyteBody_data();
    void hundredMegabyteBody();
    void certificateSwappedMidSession();
};

namespace {

ConnectionSettings settingsFor(const QUrl& baseUrl)
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.jid = u"admin@example.org"_s;
    settings.password = u"s3cret"_s;
    settings.timeoutMs = 2000;
    return settings;
}

QByteArray serverName(const FakeHttpServer& server)
{
    return "127.0.0.1:" + QByteArray::number(server.port());
}

// The resident memory of this process, from /proc.
qint64 residentBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

QSslConfiguration serverTls(const QString& name)
{
    const QString base = QStringLiteral(PAC_TEST_CERTIFICATES_DIR "/") + name;
    QFile keyFile(base + u".key"_s);
    if (!keyFile.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(keyFile.fileName()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate::fromPath(base + u".crt"_s).value(0));
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

} // namespace

void TestWireFaults::faultIsExplainedAndSurvived_data()
{
    QTest::addColumn<Response>("response");
    QTest::addColumn<int>("kind");
    // Fragments the sentence shown to the operator must contain (%s: the server's host:port).
    QTest::addColumn<QStringList>("message");

    Response trickle = Response::json(200, R"({"count":2,"modules":["admin_rest","ping"]})");
    trickle.behaviour = Response::Behaviour::Trickle;
    trickle.trickleBytes = 1;
    trickle.trickleIntervalMs = 2500; // a byte now and then: slower than the 2 s timeout allows

    QTest::newRow("connection reset") << Response::resetMidBody(200, R"({"result":{"count":2,"modules":["a","b"]}})")
                                      << int(Kind::Network) << QStringList{u"connection to %s failed"_s};
    QTest::newRow("accepts and never answers")
        << Response::never() << int(Kind::Timeout) << QStringList{u"%s did not answer in time"_s, u"try again"_s};
    QTest::newRow("slow trickle body") << trickle << int(Kind::Timeout) << QStringList{u"%s did not answer in time"_s};
    QTest::newRow("500 with JSON") << Response::message(500, u"Internal server error"_s) << int(Kind::ServerError)
                                   << QStringList{u"internal error"_s, u"Internal server error"_s, u"Prosody's log"_s};
    QTest::newRow("500 with Prosody's HTML page")
        << Response::rawBytes("HTTP/1.0 500 Internal Server Error\r\n\r\n<!DOCTYPE html><html><head><title>500 "
                              "Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>")
        << int(Kind::ServerError) << QStringList{u"internal error"_s, u"Prosody's log"_s};
    QTest::newRow("200 with malformed JSON")
        << Response::text(200, "application/json", R"({"result":{"count":2,"modules":["a",)")
        << int(Kind::MalformedResponse) << QStringList{u"could not be understood"_s, u"not JSON"_s};
    QTest::newRow("list where an object is due")
        << Response::json(200, R"(["admin_rest","ping"])") << int(Kind::MalformedResponse)
        << QStringList{u"could not be understood"_s, u"result is not an object"_s};
    QTest::newRow("object where a list is due")
        << Response::json(200, R"({"count":1,"modules":{"name":"ping"}})") << int(Kind::MalformedResponse)
        << QStringList{u"could not be understood"_s, u"modules"_s};
    QTest::newRow("401 with an empty body") << Response::text(401, {}, {}) << int(Kind::NotWhitelisted)
                                            << QStringList{u"whitelist"_s, u"admin_rest_whitelist"_s};
}

void TestWireFaults::faultIsExplainedAndSurvived()
{
    QFETCH(Response, response);
    QFETCH(int, kind);
    QFETCH(QStringList, message);

    FakeHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(response);
    // A second attempt of Qt's own (idempotent GET on a dropped connection) meets the same fault.
    server.enqueue(response);
    AdminRestClient client(settingsFor(server.url()));

    const auto failed = awaitReply(client.modules());
    QVERIFY(failed.finished);
    QVERIFY2(int(failed.error.kind) == kind, failed.describe().constData());
    QVERIFY(failed.value.isEmpty());
    const QString sentence = failed.error.userMessage();
    for (QString fragment : message) {
        fragment.replace(u"%s"_s, QString::fromLatin1(serverName(server)));
        QVERIFY2(sentence.contains(fragment, Qt::CaseInsensitive), qPrintable(sentence + u" lacks "_s + fragment));
    }

    // The client is still usable: the next call gets the server's real answer.
    server.closeConnections();
    server.setRoute("GET /modules", Response::json(200, R"({"count":2,"modules":["admin_rest","ping"]})"));
    const auto next = awaitReply(client.modules());
    QVERIFY2(next.ok(), next.describe().constData());
    QCOMPARE(next.value, (QStringList{u"admin_rest"_s, u"ping"_s}));
}

void TestWireFaults::hundredMegabyteBody_data()
{
    QTest::addColumn<bool>("declareLength");
    QTest::newRow("Content-Length: 100 MB") << true;
    QTest::newRow("undeclared length, read until close") << false;
}

void TestWireFaults::hundredMegabyteBody()
{
    QFETCH(bool, declareLength);
    static constexpr qint64 bodyBytes = 100 * 1024 * 1024;
    static constexpr qint64 limit = 4 * 1024 * 1024;

    // A server that streams 100 MB of a whitelist entry, 64 KiB at a time and only as fast as the
    // client reads, so that it holds no more than a few chunks itself.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    qint64 sent = 0;
    qint64 peakResident = residentBytes();
    const qint64 residentBefore = peakResident;
    QVERIFY(residentBefore > 0);
    const QByteArray chunk(64 * 1024, 'x');
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket* socket = server.nextPendingConnection();
        auto feed = [&, socket] {
            while (sent < bodyBytes && socket->bytesToWrite() < 4 * chunk.size()) {
                socket->write(chunk);
                sent += chunk.size();
                peakResident = std::max(peakResident, residentBytes());
            }
            if (sent >= bodyBytes)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::readyRead, socket, [socket, feed, declareLength] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            const QByteArray head = R"({"result":{"whitelist":[")";
            const QByteArray headers = declareLength
                ? QByteArray("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(bodyBytes + head.size()))
                : QByteArray("HTTP/1.0 200 OK");
            socket->write(headers + "\r\nContent-Type: application/json\r\n\r\n" + head);
            feed();
        });
        connect(socket, &QTcpSocket::bytesWritten, socket, feed);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });

    ConnectionSettings settings = settingsFor(QUrl(u"http://127.0.0.1:%1/admin_rest"_s.arg(server.serverPort())));
    settings.maxResponseBytes = limit;
    settings.timeoutMs = 10000;
    AdminRestClient client(settings);
    const auto outcome = awaitReply(client.whitelist());
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.error.kind == Kind::ResponseTooLarge, outcome.describe().constData());
    QVERIFY(outcome.value.isEmpty());
    QVERIFY(outcome.error.userMessage().contains(u"larger than this console accepts"_s));
    // The client stopped reading near the limit: far from all 100 MB went over the wire, and its
    // memory grew by a few times the limit (the body's copies on their way, more under ASan's
    // quarantine of freed blocks), not by the body.
    QVERIFY2(sent < bodyBytes / 2, qPrintable(u"%1 bytes sent"_s.arg(sent)));
    if (declareLength)
        QVERIFY2(sent < limit, qPrintable(u"%1 bytes sent"_s.arg(sent)));
    const qint64 growth = peakResident - residentBefore;
    QVERIFY2(growth < 10 * limit, qPrintable(u"resident memory grew by %1 bytes"_s.arg(growth)));
}

void TestWireFaults::certificateSwappedMidSession()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("no TLS backend in Qt");
    const QSslConfiguration pinned = serverTls(u"other"_s);
    FakeHttpServer server;
    QVERIFY(server.listenTls(pinned));
    server.setRoute("GET /ping", Response::json(200, R"("PONG")"));
    ConnectionSettings settings = settingsFor(server.url());
    settings.pinnedCertificateSha256 = Profile::certificatePin(pinned.localCertificate());
    AdminRestClient client(settings);
    const auto before = awaitReply(client.ping());
    QVERIFY2(before.ok(), before.describe().constData());
    QCOMPARE(server.requestCount(), 1);

    // The server comes back on the same address with another certificate.
    const QSslConfiguration swapped = serverTls(u"server"_s);
    server.setTlsConfiguration(swapped);
    server.closeConnections();
    const auto after = awaitReply(client.ping());
    QVERIFY(after.finished);
    QVERIFY2(after.error.kind == Kind::Tls, after.describe().constData());
    QVERIFY2(after.error.detail.contains(u"not the pinned certificate"_s), qPrintable(after.error.detail));
    QCOMPARE(after.error.peerCertificateChain.value(0), swapped.localCertificate());
    QVERIFY(after.error.userMessage().contains(u"pinned certificate"_s));
    QCOMPARE(server.requestCount(), 1); // nothing, the password least of all, went to the new certificate

    // With its own certificate back, the same client carries on.
    server.setTlsConfiguration(pinned);
    server.closeConnections();
    const auto restored = awaitReply(client.ping());
    QVERIFY2(restored.ok(), restored.describe().constData());
    QCOMPARE(server.requestCount(), 2);
}

QTEST_GUILESS_MAIN(TestWireFaults)
#include "TestWireFaults.moc"
