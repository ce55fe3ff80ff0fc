// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/RecipientParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRecipientParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void firstProblemIsExplained();
    void withoutDomainLocalpartsNeedOne();
    void addresses_data();
    void addresses();
};

void TestRecipientParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("jids");
    QTest::addColumn<QStringList>("rejected");
    QTest::addColumn<int>("duplicates");

    QTest::newRow("one") << u"alice"_s << QStringList{u"alice@example.org"_s} << QStringList{} << 0;
    QTest::newRow("commas and spaces") << u"alice, bob ,carol"_s
                                       << QStringList{u"alice@example.org"_s, u"bob@example.org"_s,
                                              u"carol@example.org"_s}
                                       << QStringList{} << 0;
    QTest::newRow("pasted lines") << u"alice\r\nbob@other.example\n\n  xmpp:carol@example.org;\tdave"_s
                                  << QStringList{u"alice@example.org"_s, u"bob@other.example"_s, u"carol@example.org"_s,
                                         u"dave@example.org"_s}
                                  << QStringList{} << 0;
    QTest::newRow("duplicates in any spelling")
        << u"alice ALICE alice@example.org Alice@Example.org bob"_s
        << QStringList{u"alice@example.org"_s, u"bob@example.org"_s} << QStringList{} << 3;
    QTest::newRow("invalid kept apart") << u"alice, bob/phone, c&d, eve@@x, frank"_s
                                        << QStringList{u"alice@example.org"_s, u"frank@example.org"_s}
                                        << QStringList{u"bob/phone"_s, u"c&d"_s, u"eve@@x"_s} << 0;
    QTest::newRow("empty") << u"  ,;  \n"_s << QStringList{} << QStringList{} << 0;
}

void TestRecipientParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, jids);
    QFETCH(QStringList, rejected);
    QFETCH(int, duplicates);
    const RecipientParser::Result result = RecipientParser::parse(text, u"example.org"_s);
    QCOMPARE(result.jids, jids);
    QCOMPARE(result.rejected, rejected);
    QCOMPARE(result.duplicates, duplicates);
    QCOMPARE(result.problem.isEmpty(), rejected.isEmpty());
}

void TestRecipientParser::firstProblemIsExplained()
{
    const RecipientParser::Result result = RecipientParser::parse(u"ok, bob/phone, c&d"_s, u"example.org"_s);
    QVERIFY2(result.problem.contains(u"bob/phone"_s), qPrintable(result.problem));
    QVERIFY2(result.problem.contains(u"resource"_s), qPrintable(result.problem));
}

void TestRecipientParser::withoutDomainLocalpartsNeedOne()
{
    const RecipientParser::Result result = RecipientParser::parse(u"alice bob@example.org"_s, {});
    QCOMPARE(result.jids, QStringList{u"bob@example.org"_s});
    QCOMPARE(result.rejected, QStringList{u"alice"_s});
    QVERIFY(result.problem.contains(u"full JID"_s));
}

void TestRecipientParser::addresses_data()
{
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("address");
    QTest::newRow("own domain") << u"alice@example.org"_s << u"alice"_s;
    QTest::newRow("own domain, other case") << u"alice@EXAMPLE.org"_s << u"alice"_s;
    QTest::newRow("other host") << u"bob@other.example"_s << u"bob@other.example"_s;
}

void TestRecipientParser::addresses()
{
    QFETCH(QString, jid);
    QFETCH(QString, address);
    QCOMPARE(RecipientParser::addressFor(jid, u"example.org"_s), address);
    QCOMPARE(RecipientParser::jidFor(address, u"example.org"_s), jid.toLower());
}

QTEST_GUILESS_MAIN(TestRecipientParser)
#include "TestRecipientParser.moc"
