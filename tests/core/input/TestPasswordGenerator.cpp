// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "input/PasswordGenerator.h"

#include <QSet>
#include <QTest>

// PasswordGenerator: long, varied, unpredictable, and safe to paste anywhere.
class TestPasswordGenerator : public QObject
{
    Q_OBJECT
private slots:
    void lengthAndClasses_data();
    void lengthAndClasses();
    void noLookAlikesOrSpaces();
    void neverRepeats();
};

void TestPasswordGenerator::lengthAndClasses_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << int(PasswordGenerator::DefaultLength) << int(PasswordGenerator::DefaultLength);
    QTest::newRow("long") << 64 << 64;
    QTest::newRow("too short is raised") << 3 << 8;
}

void TestPasswordGenerator::lengthAndClasses()
{
    QFETCH(int, length);
    QFETCH(int, expected);
    for (int i = 0; i < 200; ++i) {
        const QString password = PasswordGenerator::generate(length);
        QCOMPARE(password.size(), expected);
        bool upper = false, lower = false, digit = false, symbol = false;
        for (const QChar c : password) {
            upper |= c.isUpper();
            lower |= c.isLower();
            digit |= c.isDigit();
            symbol |= !c.isLetterOrNumber();
        }
        QVERIFY2(upper && lower && digit && symbol, qPrintable(password));
    }
}

void TestPasswordGenerator::noLookAlikesOrSpaces()
{
    const QString forbidden = QStringLiteral("0O1lI \t\"'\\`$/");
    for (int i = 0; i < 500; ++i) {
        const QString password = PasswordGenerator::generate();
        for (const QChar c : password) {
            QVERIFY2(!forbidden.contains(c), qPrintable(password));
            QVERIFY(c.unicode() < 128);
        }
    }
}

void TestPasswordGenerator::neverRepeats()
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i)
        seen.insert(PasswordGenerator::generate());
    QCOMPARE(seen.size(), 2000);
}

QTEST_GUILESS_MAIN(TestPasswordGenerator)
#include "TestPasswordGenerator.moc"
