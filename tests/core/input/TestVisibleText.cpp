// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// VisibleText: the characters that could make one name look like another are written out.

#include "input/VisibleText.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestVisibleText : public QObject
{
    Q_OBJECT
private slots:
    void escaped_data();
    void escaped();
    void lineBreaksKept();
    void hiddenCodePoints_data();
    void hiddenCodePoints();
    void visibleCodePoints_data();
    void visibleCodePoints();
    void loneSurrogates();
    void twoLookalikesStayApart();
    void longWordsShortened();
    void longTextShortened();
};

void TestVisibleText::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain JID") << u"alice@example.org"_s << u"alice@example.org"_s;
    QTest::newRow("markup stays as it is") << u"<b>bold</b> &amp; <img src=x>"_s << u"<b>bold</b> &amp; <img src=x>"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("right-to-left override") << u"alice\u202Egro.elpmaxe@"_s << u"alice\\u202Egro.elpmaxe@"_s;
    QTest::newRow("every embedding and override")
        << u"\u202A\u202B\u202C\u202D\u202E"_s << u"\\u202A\\u202B\\u202C\\u202D\\u202E"_s;
    QTest::newRow("isolates") << u"a\u2066b\u2067c\u2068d\u2069"_s << u"a\\u2066b\\u2067c\\u2068d\\u2069"_s;
    QTest::newRow("direction marks") << u"\u200Ea\u200Fb\u061C"_s << u"\\u200Ea\\u200Fb\\u061C"_s;
    QTest::newRow("zero width") << u"ad\u200Bmin\u200C\u200D\u2060\uFEFF"_s
                                << u"ad\\u200Bmin\\u200C\\u200D\\u2060\\uFEFF"_s;
    QTest::newRow("controls") << u"a\u0000b\u001Bc\u007Fd\u0085"_s << u"a\\u0000b\\u001Bc\\u007Fd\\u0085"_s;
    QTest::newRow("line breaks of a name") << u"line\nbreak\r\ttab"_s << u"line\\u000Abreak\\u000D\\u0009tab"_s;
    QTest::newRow("line and paragraph separators") << u"a\u2028b\u2029"_s << u"a\\u2028b\\u2029"_s;
    QTest::newRow("soft hyphen") << u"ad\u00ADmin"_s << u"ad\\u00ADmin"_s;
    QTest::newRow("tag characters beyond the BMP") << u"a\U000E0041b"_s << u"a\\U000E0041b"_s;
    QTest::newRow("letters beyond the BMP stay") << u"\U0001F600 \U00010348"_s << u"\U0001F600 \U00010348"_s;
    QTest::newRow("accents, scripts and spaces stay")
        << u"Zoë Ørsted 中文 עברית العربية\u00A0\u202F"_s << u"Zoë Ørsted 中文 עברית العربية\u00A0\u202F"_s;
    QTest::newRow("a backslash stays") << u"a\\u202Eb"_s << u"a\\u202Eb"_s;
}

void TestVisibleText::escaped()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(VisibleText::escaped(text), expected);
    QCOMPARE(VisibleText::containsHidden(text), expected != text);
}

void TestVisibleText::lineBreaksKept()
{
    const QString sentence = u"2 users could not be deleted:\nbob\u202E@x: failed\nnext"_s;
    QCOMPARE(VisibleText::escaped(sentence, VisibleText::LineBreaks::Keep),
        u"2 users could not be deleted:\nbob\\u202E@x: failed\nnext"_s);
    QVERIFY(!VisibleText::containsHidden(u"a\nb"_s, VisibleText::LineBreaks::Keep));
    QVERIFY(VisibleText::containsHidden(u"a\nb"_s));
    // Only "\n" is a line break of ours: a carriage return is still written out.
    QCOMPARE(VisibleText::escaped(u"a\r\nb"_s, VisibleText::LineBreaks::Keep), u"a\\u000D\nb"_s);
}

void TestVisibleText::hiddenCodePoints_data()
{
    QTest::addColumn<uint>("codePoint");
    // Every code point the issue names, and the rest of their categories' usual suspects.
    const uint named[] = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
        0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x0000, 0x0009, 0x000A, 0x000D, 0x001F, 0x007F, 0x0080, 0x009F,
        0x00AD, 0x2028, 0x2029, 0x2061, 0x2064, 0x206A, 0x206F, 0xFFF9, 0xFFFB, 0xE0001, 0xE007F};
    for (uint codePoint : named)
        QTest::addRow("U+%04X", codePoint) << codePoint;
}

void TestVisibleText::hiddenCodePoints()
{
    QFETCH(uint, codePoint);
    const char32_t hidden = char32_t(codePoint);
    QVERIFY(VisibleText::isHidden(hidden));
    const QString hex = QString::number(codePoint, 16).toUpper();
    const QString escape
        = codePoint > 0xFFFF ? u"\\U"_s + hex.rightJustified(8, u'0') : u"\\u"_s + hex.rightJustified(4, u'0');
    // Not QString::fromUcs4, which drops a leading U+FEFF as a byte order mark.
    QString text = u"a"_s;
    text += QStringView(QChar::fromUcs4(hidden));
    text += u'b';
    QCOMPARE(VisibleText::escaped(text), u'a' + escape + u'b');
}

void TestVisibleText::visibleCodePoints_data()
{
    QTest::addColumn<uint>("codePoint");
    const uint visible[] = {0x0020, 0x0041, 0x00A0, 0x00E9, 0x05D0, 0x0627, 0x202F, 0x3000, 0x4E2D, 0xFFFD, 0x1F600};
    for (uint codePoint : visible)
        QTest::addRow("U+%04X", codePoint) << codePoint;
}

void TestVisibleText::visibleCodePoints()
{
    QFETCH(uint, codePoint);
    QVERIFY(!VisibleText::isHidden(char32_t(codePoint)));
}

void TestVisibleText::loneSurrogates()
{
    // JSON may carry "\ud800" alone; it is shown as the half it is.
    const QString high = u"a"_s + QChar(0xD800) + u"b"_s;
    const QString low = u"a"_s + QChar(0xDC00);
    QCOMPARE(VisibleText::escaped(high), u"a\\uD800b"_s);
    QCOMPARE(VisibleText::escaped(low), u"a\\uDC00"_s);
}

void TestVisibleText::twoLookalikesStayApart()
{
    // Drawn alike (the override reverses what follows it); written out, they differ.
    const QString real = u"admin@example.org"_s;
    const QString fake = u"admin@\u202Egro.elpmaxe"_s;
    QVERIFY(VisibleText::escaped(fake) != real);
    QVERIFY(VisibleText::escaped(fake).contains(u"\\u202E"_s));
    QCOMPARE(VisibleText::escaped(real), real);
}

void TestVisibleText::longWordsShortened()
{
    // Words up to the limit and the spaces between them stay as they are.
    const QString sentence = u"The password of alice@example.org was changed."_s;
    QCOMPARE(VisibleText::withLongWordsShortened(sentence, 20), sentence);

    // A longer word keeps its start and its end, `longest` characters in all.
    const QString jid = u"long"_s + QString(4996, u'x') + u"@hostile.example"_s;
    const QString shown = VisibleText::withLongWordsShortened(u"Delete "_s + jid + u"?"_s, 60);
    QVERIFY2(shown.startsWith(u"Delete longxxx"_s), qPrintable(shown));
    QVERIFY2(shown.endsWith(u"x@hostile.example?"_s), qPrintable(shown));
    QCOMPARE(shown.size(), qsizetype(u"Delete "_s.size() + 60));
    QCOMPARE(shown.count(u'\u2026'), 1);

    // Each long word on its own; line breaks are spaces.
    const QString two = QString(100, u'a') + u'\n' + QString(100, u'b');
    const QString twoShown = VisibleText::withLongWordsShortened(two, 10);
    QCOMPARE(twoShown, u"aaaaaa\u2026aaa\nbbbbbb\u2026bbb"_s);

    // A word of characters beyond the BMP is never cut inside a surrogate pair.
    QString faces;
    for (int i = 0; i < 100; ++i)
        faces += u"\U0001F600"_s;
    const QString facesShown = VisibleText::withLongWordsShortened(faces, 11);
    QVERIFY2(!VisibleText::containsHidden(facesShown), qPrintable(VisibleText::escaped(facesShown)));
}

void TestVisibleText::longTextShortened()
{
    // Up to the limit: the same text.
    QCOMPARE(VisibleText::shortened(u"The server said no."_s, 19), u"The server said no."_s);

    // A message of megabytes: `longest` characters, how it begins and how it ends.
    const QString huge = u"begin "_s + QString(8 * 1024 * 1024, u'm') + u" end"_s;
    const QString shown = VisibleText::shortened(huge, 2000);
    QCOMPARE(shown.size(), qsizetype(2000));
    QVERIFY(shown.startsWith(u"begin mmm"_s));
    QVERIFY(shown.endsWith(u"mmm end"_s));
    QCOMPARE(shown.count(u'\u2026'), 1);

    // Characters beyond the BMP are never cut inside a surrogate pair, on either side.
    QString faces;
    for (int i = 0; i < 100; ++i)
        faces += u"\U0001F600"_s;
    for (qsizetype longest : {10, 11, 12}) {
        const QString facesShown = VisibleText::shortened(faces, longest);
        QVERIFY2(!VisibleText::containsHidden(facesShown), qPrintable(VisibleText::escaped(facesShown)));
        QVERIFY(facesShown.size() <= longest + 1);
    }
}

QTEST_GUILESS_MAIN(TestVisibleText)
#include "TestVisibleText.moc"
