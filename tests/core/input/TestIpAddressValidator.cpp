// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// IpAddressValidator: what the whitelist pane accepts as an address, and what it says about the rest.

#include "input/IpAddressValidator.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestIpAddressValidator : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
};

void TestIpAddressValidator::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<int>("protocol");
    // A word the message must contain (case-insensitive), so that it says what to fix.
    QTest::addColumn<QString>("messageHas");

    const int v4 = QAbstractSocket::IPv4Protocol;
    const int v6 = QAbstractSocket::IPv6Protocol;
    const int none = QAbstractSocket::UnknownNetworkLayerProtocol;

    // garbage
    QTest::newRow("empty") << QString() << false << QString() << none << u"enter an ip address"_s;
    QTest::newRow("only spaces") << u"   "_s << false << QString() << none << u"enter an ip address"_s;
    QTest::newRow("word") << u"localhost"_s << false << QString() << none << u"not an ip address"_s;
    QTest::newRow("host name") << u"example.org"_s << false << QString() << none << u"not an ip address"_s;
    QTest::newRow("part out of range") << u"256.1.1.1"_s << false << QString() << none << u"not an ip address"_s;
    QTest::newRow("three parts") << u"192.0.2"_s << false << QString() << none << u"not an ip address"_s;
    QTest::newRow("inet_aton shorthand") << u"127.1"_s << false << QString() << none << u"not an ip address"_s;
    QTest::newRow("five parts") << u"1.2.3.4.5"_s << false << QString() << none << u"not an ip address"_s;
    QTest::newRow("leading zeros") << u"010.0.0.1"_s << false << QString() << none << u"leading zeros"_s;
    QTest::newRow("bad IPv6") << u"2001:db8:::7"_s << false << QString() << none << u"not an ip address"_s;
    QTest::newRow("unclosed bracket") << u"[::1"_s << false << QString() << none << u"not an ip address"_s;
    QTest::newRow("IPv4 in brackets") << u"[192.0.2.7]"_s << false << QString() << none << u"not an ip address"_s;
    QTest::newRow("path characters") << u"../admin"_s << false << QString() << none << u"not an ip address"_s;

    // IPv4
    QTest::newRow("IPv4") << u"192.0.2.7"_s << true << u"192.0.2.7"_s << v4 << QString();
    QTest::newRow("IPv4 loopback") << u"127.0.0.1"_s << true << u"127.0.0.1"_s << v4 << QString();
    QTest::newRow("IPv4 zero part") << u"10.0.0.1"_s << true << u"10.0.0.1"_s << v4 << QString();
    QTest::newRow("IPv4 broadcast") << u"255.255.255.255"_s << true << u"255.255.255.255"_s << v4 << QString();

    // IPv6
    QTest::newRow("IPv6 loopback") << u"::1"_s << true << u"::1"_s << v6 << QString();
    QTest::newRow("IPv6") << u"2001:db8::7"_s << true << u"2001:db8::7"_s << v6 << QString();
    QTest::newRow("IPv6 upper case") << u"2001:DB8::7"_s << true << u"2001:db8::7"_s << v6 << u"stored as"_s;
    QTest::newRow("IPv6 uncompressed") << u"2001:0db8:0000:0000:0000:0000:0000:0007"_s << true << u"2001:db8::7"_s << v6
                                       << u"stored as"_s;
    QTest::newRow("IPv6 in brackets") << u"[::1]"_s << true << u"::1"_s << v6 << u"stored as"_s;
    QTest::newRow("IPv4-mapped IPv6") << u"::ffff:192.0.2.7"_s << true << u"::ffff:192.0.2.7"_s << v6 << QString();

    // with a port
    QTest::newRow("IPv4 with port") << u"192.0.2.7:5280"_s << false << QString() << none << u"without a port"_s;
    QTest::newRow("IPv6 with port") << u"[2001:db8::7]:5280"_s << false << QString() << none << u"without a port"_s;
    QTest::newRow("IPv6 loopback with port") << u"[::1]:443"_s << false << QString() << none << u"without a port"_s;
    QTest::newRow("name with port") << u"example.org:5280"_s << false << QString() << none << u"not an ip address"_s;

    // CIDR
    QTest::newRow("IPv4 CIDR") << u"10.0.0.0/8"_s << false << QString() << none << u"cidr"_s;
    QTest::newRow("IPv4 host CIDR") << u"192.0.2.7/32"_s << false << QString() << none << u"not supported"_s;
    QTest::newRow("IPv6 CIDR") << u"2001:db8::/32"_s << false << QString() << none << u"cidr"_s;
    QTest::newRow("slash after garbage") << u"abc/8"_s << false << QString() << none << u"not an ip address"_s;
    QTest::newRow("scope id") << u"fe80::1%eth0"_s << false << QString() << none << u"scope"_s;
    QTest::newRow("percent-encoded") << u"192.0.2.7%2F8"_s << false << QString() << none << u"scope"_s;

    // spaces
    QTest::newRow("leading and trailing spaces") << u"  192.0.2.7\t"_s << true << u"192.0.2.7"_s << v4 << QString();
    QTest::newRow("space inside") << u"192.0.2.7 10.0.0.1"_s << false << QString() << none << u"spaces"_s;
    QTest::newRow("space in IPv4") << u"192.0.2. 7"_s << false << QString() << none << u"spaces"_s;
    QTest::newRow("space in IPv6") << u"2001:db8:: 7"_s << false << QString() << none << u"spaces"_s;
}

void TestIpAddressValidator::check()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    QFETCH(int, protocol);
    QFETCH(QString, messageHas);

    const IpAddressValidator::Result result = IpAddressValidator::check(input);
    QCOMPARE(result.valid, valid);
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(int(result.protocol), protocol);
    if (!valid)
        QVERIFY2(!result.message.isEmpty(), "an invalid input must say what to fix");
    if (messageHas.isEmpty())
        QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
    else
        QVERIFY2(result.message.contains(messageHas, Qt::CaseInsensitive), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestIpAddressValidator)
#include "TestIpAddressValidator.moc"
