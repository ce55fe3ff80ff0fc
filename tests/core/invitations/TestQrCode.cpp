// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// QrCode over libqrencode: the size matches the version, the three finder patterns are where the QR
// standard puts them (7×7: a dark ring, a light ring, a dark 3×3 centre, a light separator), the
// timing row alternates, a longer text needs a larger version, and nothing is made of an empty text.

#include "invitations/QrCode.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The finder pattern whose top-left module is (row, column), and its light separator inside the code.
bool hasFinderAt(const QrCode& code, int row, int column)
{
    for (int r = 0; r < 7; ++r) {
        for (int c = 0; c < 7; ++c) {
            const int ring = std::max(std::abs(r - 3), std::abs(c - 3)); // 3 outer, 2 light, 0..1 centre
            if (code.isDark(row + r, column + c) != (ring != 2))
                return false;
        }
    }
    for (int i = -1; i <= 7; ++i) {
        for (const auto& [r, c] :
            {std::pair{row - 1, column + i}, {row + 7, column + i}, {row + i, column - 1}, {row + i, column + 7}}) {
            if (r >= 0 && c >= 0 && r < code.size() && c < code.size() && code.isDark(r, c))
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void invitationUriHasTheStandardLayout();
    void longerTextsNeedLargerVersions();
    void emptyTextMakesNoCode();
};

void TestQrCode::invitationUriHasTheStandardLayout()
{
    const QrCode code = QrCode::encode(u"xmpp:newbie@example.org?register;preauth=Rcv_6eTdfRNZzUk1yuc1kCt1"_s);
    QVERIFY(code.isValid());
    // 66 bytes at level M need version 5 (at most 84 bytes; version 4 holds 62).
    QCOMPARE(code.version(), 5);
    QCOMPARE(code.size(), 17 + 4 * 5);
    QVERIFY(hasFinderAt(code, 0, 0));
    QVERIFY(hasFinderAt(code, 0, code.size() - 7));
    QVERIFY(hasFinderAt(code, code.size() - 7, 0));
    QVERIFY(!hasFinderAt(code, code.size() - 7, code.size() - 7)); // no fourth one: that corner is data
    // The timing patterns: row 6 and column 6 alternate between the finders, dark on even modules.
    for (int i = 8; i < code.size() - 8; ++i) {
        QCOMPARE(code.isDark(6, i), i % 2 == 0);
        QCOMPARE(code.isDark(i, 6), i % 2 == 0);
    }
    // The dark module every code has beside the bottom-left finder.
    QVERIFY(code.isDark(4 * code.version() + 9, 8));
}

void TestQrCode::longerTextsNeedLargerVersions()
{
    QCOMPARE(QrCode::encode(u"xmpp:a@b"_s).version(), 1);
    const QrCode large = QrCode::encode(QString(500, u'x'));
    QVERIFY(large.version() > 10);
    QCOMPARE(large.size(), 17 + 4 * large.version());
    QVERIFY(!QrCode::encode(QString(5000, u'x')).isValid()); // beyond version 40
}

void TestQrCode::emptyTextMakesNoCode()
{
    const QrCode code = QrCode::encode(QString());
    QVERIFY(!code.isValid());
    QCOMPARE(code.size(), 0);
}

QTEST_GUILESS_MAIN(TestQrCode)
#include "TestQrCode.moc"
