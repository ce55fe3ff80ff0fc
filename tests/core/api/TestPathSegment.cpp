// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/PathSegment.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPathSegment : public QObject
{
    Q_OBJECT
private slots:
    void encode_data();
    void encode();
};

void TestPathSegment::encode_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("plain") << u"alice"_s << true << QByteArray("alice");
    QTest::newRow("unreserved") << u"a-b_c.d~e"_s << true << QByteArray("a-b_c.d~e");
    QTest::newRow("bare jid") << u"alice@example.org"_s << true << QByteArray("alice%40example.org");
    QTest::newRow("space") << u"a b"_s << true << QByteArray("a%20b");
    QTest::newRow("percent") << u"100%"_s << true << QByteArray("100%25");
    QTest::newRow("query chars") << u"a?b#c&d=e"_s << true << QByteArray("a%3Fb%23c%26d%3De");
    QTest::newRow("ipv6") << u"::1"_s << true << QByteArray("%3A%3A1");
    QTest::newRow("unicode") << u"jürgen"_s << true << QByteArray("j%C3%BCrgen");
    QTest::newRow("backslash") << u"a\\b"_s << true << QByteArray("a%5Cb");
    QTest::newRow("three dots") << u"..."_s << true << QByteArray("...");
    QTest::newRow("empty") << QString() << false << QByteArray();
    QTest::newRow("slash") << u"a/b"_s << false << QByteArray();
    QTest::newRow("only slash") << u"/"_s << false << QByteArray();
    QTest::newRow("dot") << u"."_s << false << QByteArray();
    QTest::newRow("dotdot") << u".."_s << false << QByteArray();
}

void TestPathSegment::encode()
{
    QFETCH(QString, segment);
    QFETCH(bool, valid);
    QFETCH(QByteArray, encoded);

    QCOMPARE(PathSegment::isValid(segment), valid);
    const std::optional<QByteArray> result = PathSegment::encode(segment);
    QCOMPARE(result.has_value(), valid);
    if (valid) {
        QCOMPARE(*result, encoded);
        QVERIFY(PathSegment::problem(segment).isEmpty());
    } else {
        QVERIFY(!PathSegment::problem(segment).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestPathSegment)
#include "TestPathSegment.moc"
