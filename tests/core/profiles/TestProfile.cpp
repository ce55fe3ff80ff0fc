// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/Profile.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Profile: what an operator may type as address, JID and pin; the stored form; the plain-HTTP rule.
class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void baseUrl_data();
    void baseUrl();
    void adminJid_data();
    void adminJid();
    void pin_data();
    void pin();
    void formatFingerprint();
    void plainHttpToRemoteHost_data();
    void plainHttpToRemoteHost();
    void mapRoundTrip();
    void mapDefaultsAndDamage();
    void connectionSettings();
};

void TestProfile::baseUrl_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("url"); // empty: refused
    QTest::addColumn<QString>("problemContains");

    QTest::newRow("https with base path")
        << u"https://xmpp.example.org:5281/admin_rest"_s << u"https://xmpp.example.org:5281/admin_rest"_s << QString();
    QTest::newRow("http loopback") << u"http://127.0.0.1:5280/admin_rest"_s << u"http://127.0.0.1:5280/admin_rest"_s
                                   << QString();
    QTest::newRow("other base path") << u" https://h.example/prosody/api/ "_s << u"https://h.example/prosody/api/"_s
                                     << QString();
    QTest::newRow("ipv6") << u"https://[::1]:5281/admin_rest"_s << u"https://[::1]:5281/admin_rest"_s << QString();
    QTest::newRow("empty") << QString() << QString() << u"Enter the address"_s;
    QTest::newRow("no scheme") << u"xmpp.example.org:5281/admin_rest"_s << QString() << u"https://"_s;
    QTest::newRow("ftp") << u"ftp://xmpp.example.org/"_s << QString() << u"https://"_s;
    QTest::newRow("no host") << u"https:///admin_rest"_s << QString() << u"not a valid URL"_s;
    QTest::newRow("credentials in URL") << u"https://admin:secret@xmpp.example.org/admin_rest"_s << QString()
                                        << u"user name and password"_s;
    QTest::newRow("query") << u"https://xmpp.example.org/admin_rest?x=1"_s << QString() << u"query"_s;
}

void TestProfile::baseUrl()
{
    QFETCH(QString, typed);
    QFETCH(QString, url);
    QFETCH(QString, problemContains);
    QString problem;
    const QUrl parsed = Profile::parseBaseUrl(typed, &problem);
    if (url.isEmpty()) {
        QVERIFY(!parsed.isValid());
        QVERIFY2(problem.contains(problemContains), qPrintable(problem));
    } else {
        QCOMPARE(parsed.toString(), url);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Profile profile;
        profile.baseUrl = parsed;
        QVERIFY(profile.problem(Profile::Field::BaseUrl).isEmpty());
    }
}

void TestProfile::adminJid_data()
{
    QTest::addColumn<QString>("jid");
    QTest::addColumn<bool>("valid");
    QTest::newRow("full JID") << u"admin@example.org"_s << true;
    QTest::newRow("surrounding spaces") << u"  admin@example.org "_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("bare name: read as a host by the server") << u"admin"_s << false;
    QTest::newRow("no localpart") << u"@example.org"_s << false;
    QTest::newRow("space inside") << u"ad min@example.org"_s << false;
}

void TestProfile::adminJid()
{
    QFETCH(QString, jid);
    QFETCH(bool, valid);
    Profile profile;
    profile.adminJid = jid;
    const QString problem = profile.problem(Profile::Field::AdminJid);
    QCOMPARE(problem.isEmpty(), valid);
    if (jid == "admin"_L1)
        QVERIFY(problem.contains(u"admin@example.org"_s));
}

void TestProfile::pin_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("normalized");
    const QByteArray hex = QByteArray("0123456789abcdef").repeated(4);
    QString colons;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        colons += (i ? u":"_s : QString()) + QString::fromLatin1(hex.mid(i, 2)).toUpper();
    QTest::newRow("lower hex") << QString::fromLatin1(hex) << hex;
    QTest::newRow("AB:CD as viewers show it") << colons << hex;
    QTest::newRow("too short") << u"abcd"_s << QByteArray();
    QTest::newRow("not hex") << QString::fromLatin1(hex).replace(u'a', u'z') << QByteArray();
    QTest::newRow("SHA-1 length") << QString::fromLatin1(hex.left(40)) << QByteArray();
}

void TestProfile::pin()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, normalized);
    QCOMPARE(Profile::normalizedPin(typed), normalized);
    Profile profile;
    profile.pinnedCertificateSha256 = typed.toLatin1();
    QCOMPARE(profile.problem(Profile::Field::PinnedCertificate).isEmpty(), !normalized.isEmpty());
}

void TestProfile::formatFingerprint()
{
    QCOMPARE(Profile::formatFingerprint("0aff10"), u"0A:FF:10"_s);
    const QByteArray hex = QByteArray("00ff").repeated(16);
    QCOMPARE(Profile::normalizedPin(Profile::formatFingerprint(hex)), hex);
}

void TestProfile::plainHttpToRemoteHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("unsafe");
    QTest::newRow("https remote") << u"https://xmpp.example.org/admin_rest"_s << false;
    QTest::newRow("http remote") << u"http://xmpp.example.org:5280/admin_rest"_s << true;
    QTest::newRow("http remote IP") << u"http://192.0.2.10:5280/admin_rest"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:5280/admin_rest"_s << false;
    QTest::newRow("http 127.0.0.2") << u"http://127.0.0.2:5280/admin_rest"_s << false;
    QTest::newRow("http ::1") << u"http://[::1]:5280/admin_rest"_s << false;
}

void TestProfile::plainHttpToRemoteHost()
{
    QFETCH(QString, url);
    QFETCH(bool, unsafe);
    Profile profile;
    profile.baseUrl = QUrl(url);
    QCOMPARE(profile.isPlainHttpToRemoteHost(), unsafe);
}

void TestProfile::mapRoundTrip()
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = u"Production"_s;
    profile.baseUrl = QUrl(u"https://xmpp.example.org:5281/admin_rest"_s);
    profile.adminJid = u"admin@example.org"_s;
    profile.timeoutSeconds = 42;
    profile.autoRefreshSeconds = 60;
    profile.pinnedCertificateSha256 = QByteArray("ab").repeated(32);
    profile.caCertificatesFile = u"/etc/ssl/ca.pem"_s;
    profile.allowInsecureRemote = true;
    profile.rememberPassword = false;
    profile.readOnly = true;
    profile.folder = u"Customers/Acme"_s;
    profile.marking = u"production"_s;
    profile.markingColor = u"#c62828"_s;
    const QVariantMap map = profile.toMap();
    QCOMPARE(Profile::fromMap(profile.id, map), profile);
    // The stored form has no place for a secret.
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        QVERIFY2(!it.key().contains(u"pass"_s, Qt::CaseInsensitive) || it.key() == "rememberPassword"_L1,
            qPrintable(it.key()));
}

void TestProfile::mapDefaultsAndDamage()
{
    const QUuid id = QUuid::createUuid();
    const Profile empty = Profile::fromMap(id, {{u"name"_s, u"x"_s}});
    QCOMPARE(empty.timeoutSeconds, Profile::DefaultTimeoutSeconds);
    QCOMPARE(empty.autoRefreshSeconds, 0);
    QVERIFY(!empty.allowInsecureRemote);
    QVERIFY(empty.rememberPassword);
    QVERIFY(!empty.readOnly);

    const Profile damaged = Profile::fromMap(id,
        {{u"timeoutSeconds"_s, u"soon"_s}, {u"autoRefreshSeconds"_s, -5}, {u"pinnedCertificateSha256"_s, u"zz:top"_s}});
    QCOMPARE(damaged.timeoutSeconds, Profile::DefaultTimeoutSeconds);
    QCOMPARE(damaged.autoRefreshSeconds, 0);
    // A damaged pin is kept, so every certificate is refused, rather than dropped, which would unpin.
    QCOMPARE(damaged.pinnedCertificateSha256, QByteArray("zz:top"));
    QVERIFY(!damaged.problem(Profile::Field::PinnedCertificate).isEmpty());

    // A marking colour is a colour or nothing: never text that would end up in a style sheet.
    QCOMPARE(Profile::fromMap(id, {{u"markingColor"_s, u"red; background: url(x)"_s}}).markingColor, QString());
    QCOMPARE(Profile::fromMap(id, {{u"markingColor"_s, u"#C62828"_s}}).markingColor, u"#c62828"_s);
}

void TestProfile::connectionSettings()
{
    Profile profile;
    profile.baseUrl = QUrl(u"http://192.0.2.10:5280/admin_rest"_s);
    profile.adminJid = u" admin@example.org "_s;
    profile.timeoutSeconds = 3;
    profile.allowInsecureRemote = true;
    profile.pinnedCertificateSha256 = "ab";
    profile.caCertificatesFile = u"/ca.pem"_s;
    const ConnectionSettings settings = profile.connectionSettings(u"pw"_s);
    QCOMPARE(settings.baseUrl, profile.baseUrl);
    QCOMPARE(settings.jid, u"admin@example.org"_s);
    QCOMPARE(settings.password, u"pw"_s);
    QCOMPARE(settings.timeoutMs, 3000);
    QVERIFY(settings.allowInsecureRemote);
    QCOMPARE(settings.pinnedCertificateSha256, QByteArray("ab"));
    QCOMPARE(settings.caCertificatesFile, u"/ca.pem"_s);
}

QTEST_GUILESS_MAIN(TestProfile)
#include "TestProfile.moc"
