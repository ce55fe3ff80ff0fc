// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Kind = ApiError::Kind;

// TLS policy of the client: default verification, extra CAs from a file, and certificate pinning
// that accepts exactly the pinned certificate. The server is FakeHttpServer over QSslServer with the
// certificates of tests/core/data.
class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void policy_data();
    void policy();
    void unreadableCaFile();

private:
    static QSslCertificate certificate(const QString& name);
    static QByteArray pinOf(const QString& name);
    QString m_dataDir;
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl()) {
        QSKIP("no TLS backend");
    }
    m_dataDir = QFINDTESTDATA("data/ca.crt").section(u'/', 0, -2);
    QVERIFY(!m_dataDir.isEmpty());
}

QSslCertificate TestTls::certificate(const QString& name)
{
    const auto certificates = QSslCertificate::fromPath(QFINDTESTDATA(u"data/"_s + name + u".crt"_s));
    return certificates.value(0);
}

QByteArray TestTls::pinOf(const QString& name)
{
    return QCryptographicHash::hash(certificate(name).toDer(), QCryptographicHash::Sha256).toHex();
}

void TestTls::policy_data()
{
    QTest::addColumn<QString>("serverCertificate"); // "server" (signed by ca.crt) or "other" (self-signed)
    QTest::addColumn<QString>("caFile"); // name of a .crt in data/ or empty
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<int>("kind");

    QTest::newRow("untrusted") << u"server"_s << QString() << QByteArray() << int(Kind::Tls);
    QTest::newRow("self-signed") << u"other"_s << QString() << QByteArray() << int(Kind::Tls);
    QTest::newRow("trusted through the CA file") << u"server"_s << u"ca"_s << QByteArray() << int(Kind::None);
    QTest::newRow("CA file of another issuer") << u"server"_s << u"other"_s << QByteArray() << int(Kind::Tls);
    QTest::newRow("pinned self-signed") << u"other"_s << QString() << pinOf(u"other"_s) << int(Kind::None);
    QTest::newRow("pinned, untrusted chain") << u"server"_s << QString() << pinOf(u"server"_s) << int(Kind::None);
    QByteArray spelled = pinOf(u"other"_s).toUpper();
    for (qsizetype i = spelled.size() - 2; i > 0; i -= 2) {
        spelled.insert(i, ':');
    }
    QTest::newRow("pin spelled AB:CD:…") << u"other"_s << QString() << spelled << int(Kind::None);
    QTest::newRow("wrong pin, untrusted") << u"other"_s << QString() << pinOf(u"server"_s) << int(Kind::Tls);
    // The chain verifies, but it is not the pinned certificate: refused before the request is sent.
    QTest::newRow("wrong pin, trusted") << u"server"_s << u"ca"_s << pinOf(u"other"_s) << int(Kind::Tls);
    QTest::newRow("pin and CA agree") << u"server"_s << u"ca"_s << pinOf(u"server"_s) << int(Kind::None);
    QTest::newRow("pin is garbage") << u"other"_s << QString() << QByteArray("not-a-digest") << int(Kind::Tls);
}

void TestTls::policy()
{
    QFETCH(QString, serverCertificate);
    QFETCH(QString, caFile);
    QFETCH(QByteArray, pin);
    QFETCH(int, kind);

    QFile keyFile(QFINDTESTDATA(u"data/"_s + serverCertificate + u".key"_s));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate(serverCertificate));
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    FakeHttpServer server;
    QVERIFY(server.listenTls(tls));
    server.setRoute("GET /ping", Response::json(200, R"("PONG")"));
    QCOMPARE(server.url().scheme(), u"https"_s);

    ConnectionSettings settings = settingsFor(server.url());
    settings.pinnedCertificateSha256 = pin;
    if (!caFile.isEmpty()) {
        settings.caCertificatesFile = m_dataDir + u'/' + caFile + u".crt"_s;
    }
    AdminRestClient client(settings);
    const auto [outcome, value] = await(client.ping());
    QVERIFY(outcome.finished);
    QVERIFY2(int(outcome.error.kind) == kind, outcome.describe().constData());
    if (kind == int(Kind::None)) {
        QCOMPARE(value, u"PONG"_s);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.lastRequest().header("Authorization"), expectedAuthorization());
    } else {
        // Nothing, the password least of all, went over a connection that was not accepted.
        QCOMPARE(server.requestCount(), 0);
        QVERIFY(!outcome.error.userMessage().isEmpty());
    }
}

void TestTls::unreadableCaFile()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    QUrl url = server.url();
    url.setScheme(u"https"_s);
    ConnectionSettings settings = settingsFor(url);
    settings.caCertificatesFile = m_dataDir + u"/does-not-exist.crt"_s;
    AdminRestClient client(settings);
    const auto [outcome, value] = await(client.ping());
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind, Kind::InvalidInput);
    QVERIFY(outcome.error.userMessage().contains(u"does-not-exist.crt"_s));
    QCOMPARE(server.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestTls)
#include "TestTls.moc"
