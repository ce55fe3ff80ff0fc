// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "input/UserReference.h"

#include <QTest>

using namespace Qt::StringLiterals;

// UserReference: a user on the module's own host goes into paths as a localpart, which every
// published version understands; others stay bare JIDs.
class TestUserReference : public QObject
{
    Q_OBJECT
private slots:
    void forPath_data();
    void forPath();
};

void TestUserReference::forPath_data()
{
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expected");
    QTest::newRow("own host") << u"alice@example.org"_s << u"example.org"_s << u"alice"_s;
    QTest::newRow("own host, other case") << u"alice@Example.ORG"_s << u"example.org"_s << u"alice"_s;
    QTest::newRow("localpart") << u"alice"_s << u"example.org"_s << u"alice"_s;
    QTest::newRow("other host") << u"bob@second.example.org"_s << u"example.org"_s << u"bob@second.example.org"_s;
    QTest::newRow("suffix is not the host") << u"bob@notexample.org"_s << u"example.org"_s << u"bob@notexample.org"_s;
    QTest::newRow("no domain known") << u"alice@example.org"_s << QString() << u"alice@example.org"_s;
}

void TestUserReference::forPath()
{
    QFETCH(QString, jid);
    QFETCH(QString, domain);
    QFETCH(QString, expected);
    QCOMPARE(UserReference::forPath(jid, domain), expected);
}

QTEST_GUILESS_MAIN(TestUserReference)
#include "TestUserReference.moc"
