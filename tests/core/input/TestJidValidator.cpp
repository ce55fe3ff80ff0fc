// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "input/JidValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

// JidValidator: what the console accepts as a user name, domain or bare JID before sending it, the
// normalised form it sends, and the sentence it shows.
class TestJidValidator : public QObject
{
    Q_OBJECT
private slots:
    void checkLocalpart_data();
    void checkLocalpart();
    void checkDomain_data();
    void checkDomain();
    void checkUser_data();
    void checkUser();
    void checkBareJid_data();
    void checkBareJid();

private:
    static void addColumns();
    static void compareResult(const JidValidator::Result& result);
};

void TestJidValidator::addColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultDomain");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("message");
}

void TestJidValidator::compareResult(const JidValidator::Result& result)
{
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    QFETCH(QString, message);
    QCOMPARE(result.valid, valid);
    QCOMPARE(result.normalized, normalized); // empty whenever invalid
    QCOMPARE(result.message, message);
}

void TestJidValidator::checkLocalpart_data()
{
    addColumns();
    const QString none;
    QTest::newRow("plain") << u"alice"_s << none << true << u"alice"_s << none;
    QTest::newRow("surrounding spaces trimmed silently") << u"  alice\t"_s << none << true << u"alice"_s << none;
    QTest::newRow("upper case lowered with a warning")
        << u"ALICE"_s << none << true << u"alice"_s << u"The name will be stored as “alice”."_s;
    QTest::newRow("compatibility character folded (NFKC)")
        << u"\uFB01sh"_s << none << true << u"fish"_s << u"The name will be stored as “fish”."_s;
    QTest::newRow("non-ASCII letters kept") << u"zoë"_s << none << true << u"zoë"_s << none;
    QTest::newRow("empty") << QString() << none << false << none << u"Enter a user name."_s;
    QTest::newRow("only spaces") << u"   "_s << none << false << none << u"Enter a user name."_s;
    QTest::newRow("inner space") << u"a b"_s << none << false << none << u"A user name cannot contain spaces."_s;
    QTest::newRow("no-break space") << u"a\u00A0b"_s << none << false << none
                                    << u"A user name cannot contain spaces."_s;
    QTest::newRow("at sign") << u"a@b"_s << none << false << none << u"A user name cannot contain the character “@”."_s;
    for (const QChar c : u"\"&'/:<>"_s)
        QTest::addRow("forbidden %c", c.toLatin1()) << (u"a"_s + c + u"b"_s) << none << false << none
                                                    << u"A user name cannot contain the character “%1”."_s.arg(c);
    QTest::newRow("control character") << u"a\u0007b"_s << none << false << none
                                       << u"A user name cannot contain the character “\u0007”."_s;
    // nodeprep maps a zero-width joiner to nothing, as Prosody stores it; the hint shows the result.
    QTest::newRow("format character (zero-width joiner)")
        << u"a\u200Db"_s << none << true << u"ab"_s << u"The name will be stored as “ab”."_s;
    // What Prosody's nodeprep (ICU) stores, where NFKC and lower-casing would differ or accept.
    QTest::newRow("sharp s folded to ss")
        << u"Straße"_s << none << true << u"strasse"_s << u"The name will be stored as “strasse”."_s;
    QTest::newRow("full-width letters") << u"\uFF21\uFF2C\uFF29\uFF23\uFF25"_s << none << true << u"alice"_s
                                        << u"The name will be stored as “alice”."_s;
    QTest::newRow("Greek capital sigma") << u"ΣΟΦΙΑ"_s << none << true << u"σοφια"_s
                                         << u"The name will be stored as “σοφια”."_s;
    QTest::newRow("ideographic space") << u"a\u3000b"_s << none << false << none
                                       << u"A user name cannot contain spaces."_s;
    QTest::newRow("right-to-left only") << u"שלום"_s << none << true << u"שלום"_s << none;
    const QString bidi = u"A user name cannot mix right-to-left and left-to-right letters, and right-to-left text "
                         "must start and end with a right-to-left letter."_s;
    QTest::newRow("right-to-left mixed with latin") << u"שלוםabc"_s << none << false << none << bidi;
    QTest::newRow("right-to-left ending in a digit") << u"שלום1"_s << none << false << none << bidi;
    QTest::newRow("unassigned-free private use")
        << u"a\uE000b"_s << none << false << none
        << u"“a\uE000b” holds a character the server does not accept in a user name."_s;
    QTest::newRow("1023 bytes") << QString(1023, u'a') << none << true << QString(1023, u'a') << none;
    QTest::newRow("1024 bytes") << QString(1024, u'a') << none << false << none
                                << u"A user name can be at most 1023 bytes long."_s;
    // 512 two-byte characters: 512 characters, but 1024 bytes in UTF-8.
    QTest::newRow("1024 bytes in 512 characters")
        << QString(512, u'é') << none << false << none << u"A user name can be at most 1023 bytes long."_s;
}

void TestJidValidator::checkLocalpart()
{
    QFETCH(QString, input);
    compareResult(JidValidator::checkLocalpart(input));
}

void TestJidValidator::checkDomain_data()
{
    addColumns();
    const QString none;
    QTest::newRow("plain") << u"example.org"_s << none << true << u"example.org"_s << none;
    QTest::newRow("upper case lowered silently") << u" Example.ORG "_s << none << true << u"example.org"_s << none;
    QTest::newRow("IDN kept in Unicode, prepared")
        << u"BÜCHER.example"_s << none << true << u"bücher.example"_s << none;
    QTest::newRow("full-width letters") << u"\uFF25\uFF38.org"_s << none << true << u"ex.org"_s << none;
    QTest::newRow("sharp s in a domain") << u"straße.de"_s << none << true << u"strasse.de"_s << none;
    QTest::newRow("label starting with a hyphen")
        << u"-bad.example"_s << none << false << none << u"“-bad.example” is not a valid domain."_s;
    QTest::newRow("empty") << QString() << none << false << none << u"Enter a domain after the @."_s;
    QTest::newRow("only spaces") << u"  "_s << none << false << none << u"Enter a domain after the @."_s;
    QTest::newRow("leading dot") << u".example.org"_s << none << false << none
                                 << u"“.example.org” is not a valid domain."_s;
    QTest::newRow("trailing dot") << u"example.org."_s << none << false << none
                                  << u"“example.org.” is not a valid domain."_s;
    QTest::newRow("empty label") << u"example..org"_s << none << false << none
                                 << u"“example..org” is not a valid domain."_s;
    QTest::newRow("inner space") << u"exa mple.org"_s << none << false << none << u"A domain cannot contain “ ”."_s;
    QTest::newRow("second at") << u"b@example.org"_s << none << false << none << u"A domain cannot contain “@”."_s;
    QTest::newRow("port") << u"example.org:5222"_s << none << false << none << u"A domain cannot contain “:”."_s;
    QTest::newRow("1023 bytes") << QString(1023, u'd') << none << true << QString(1023, u'd') << none;
    QTest::newRow("1024 bytes") << QString(1024, u'd') << none << false << none
                                << u"A domain can be at most 1023 bytes long."_s;
}

void TestJidValidator::checkDomain()
{
    QFETCH(QString, input);
    compareResult(JidValidator::checkDomain(input));
}

void TestJidValidator::checkUser_data()
{
    addColumns();
    const QString none;
    QTest::newRow("localpart") << u"alice"_s << none << true << u"alice"_s << none;
    QTest::newRow("localpart upper case")
        << u"Alice"_s << none << true << u"alice"_s << u"The name will be stored as “alice”."_s;
    QTest::newRow("bare JID") << u"alice@example.org"_s << none << true << u"alice@example.org"_s << none;
    QTest::newRow("bare JID upper case") << u"Alice@Example.ORG"_s << none << true << u"alice@example.org"_s
                                         << u"The JID will be used as “alice@example.org”."_s;
    QTest::newRow("empty") << QString() << none << false << none << u"Enter a user name."_s;
    QTest::newRow("spaces") << u"  "_s << none << false << none << u"Enter a user name."_s;
    QTest::newRow("inner space") << u"al ice"_s << none << false << none << u"A user name cannot contain spaces."_s;
    QTest::newRow("two at signs") << u"a@b@example.org"_s << none << false << none << u"A JID contains only one “@”."_s;
    QTest::newRow("nothing before the at") << u"@example.org"_s << none << false << none << u"Enter a user name."_s;
    QTest::newRow("nothing after the at") << u"alice@"_s << none << false << none << u"Enter a domain after the @."_s;
    QTest::newRow("resource") << u"alice@example.org/phone"_s << none << false << none
                              << u"Enter a user without a resource (nothing after “/”)."_s;
    QTest::newRow("localpart too long") << (QString(1024, u'a') + u"@example.org"_s) << none << false << none
                                        << u"A user name can be at most 1023 bytes long."_s;
    QTest::newRow("domain too long") << (u"a@"_s + QString(1024, u'd')) << none << false << none
                                     << u"A domain can be at most 1023 bytes long."_s;
}

void TestJidValidator::checkUser()
{
    QFETCH(QString, input);
    compareResult(JidValidator::checkUser(input));
}

void TestJidValidator::checkBareJid_data()
{
    addColumns();
    const QString none;
    const QString domain = u"example.org"_s;
    QTest::newRow("bare JID") << u"bob@other.org"_s << none << true << u"bob@other.org"_s << none;
    QTest::newRow("own domain wins over the default")
        << u"bob@other.org"_s << domain << true << u"bob@other.org"_s << none;
    QTest::newRow("bare name without a default domain")
        << u"bob"_s << none << false << none << u"Enter a full JID such as user@example.org."_s;
    QTest::newRow("default domain added, with a warning")
        << u"bob"_s << domain << true << u"bob@example.org"_s << u"The JID will be used as “bob@example.org”."_s;
    QTest::newRow("default domain lowered") << u"Bob"_s << u"Example.ORG"_s << true << u"bob@example.org"_s
                                            << u"The JID will be used as “bob@example.org”."_s;
    QTest::newRow("invalid default domain")
        << u"bob"_s << u"example..org"_s << false << none << u"“example..org” is not a valid domain."_s;
    QTest::newRow("upper case") << u"BOB@EXAMPLE.ORG"_s << none << true << u"bob@example.org"_s
                                << u"The JID will be used as “bob@example.org”."_s;
    // Spaces next to the "@" are trimmed off each part (and the change is announced).
    QTest::newRow("spaces around the at") << u"bob @ example.org"_s << none << true << u"bob@example.org"_s
                                          << u"The JID will be used as “bob@example.org”."_s;
    QTest::newRow("empty") << QString() << none << false << none << u"Enter a full JID such as user@example.org."_s;
    QTest::newRow("empty with a default domain") << QString() << domain << false << none << u"Enter a user name."_s;
    QTest::newRow("two at signs") << u"a@b@example.org"_s << domain << false << none
                                  << u"A JID contains only one “@”."_s;
    QTest::newRow("space in the localpart")
        << u"b ob@example.org"_s << none << false << none << u"A user name cannot contain spaces."_s;
    QTest::newRow("resource") << u"bob@example.org/x"_s << none << false << none
                              << u"Enter a JID without a resource (nothing after “/”)."_s;
    QTest::newRow("localpart too long") << (QString(1024, u'a') + u"@example.org"_s) << none << false << none
                                        << u"A user name can be at most 1023 bytes long."_s;
    QTest::newRow("domain too long") << u"bob"_s << QString(1024, u'd') << false << none
                                     << u"A domain can be at most 1023 bytes long."_s;
}

void TestJidValidator::checkBareJid()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultDomain);
    compareResult(JidValidator::checkBareJid(input, defaultDomain));
}

QTEST_GUILESS_MAIN(TestJidValidator)
#include "TestJidValidator.moc"
