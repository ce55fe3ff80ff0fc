// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/ApiError.h"
#include "api/Capabilities.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void everyKindHasASentence_data();
    void everyKindHasASentence();
    void sentences_data();
    void sentences();
    void withoutContext();
    void flavorNames();
};

void TestApiError::everyKindHasASentence_data()
{
    QTest::addColumn<int>("kind");
    for (int k = int(Kind::InvalidInput); k <= int(Kind::TooManyAttempts); ++k) {
        QTest::addRow("kind %d", k) << k;
    }
}

void TestApiError::everyKindHasASentence()
{
    QFETCH(int, kind);
    ApiError error = ApiError::make(Kind(kind), 500, u"boom"_s, u"detail"_s);
    error.account = u"admin@example.org"_s;
    error.server = u"127.0.0.1:5280"_s;
    QVERIFY(error.isError());
    QVERIFY(bool(error));
    const QString sentence = error.userMessage();
    QVERIFY(!sentence.isEmpty());
    QVERIFY2(sentence.endsWith(u'.') || sentence.endsWith(u'?'), qPrintable(sentence));
    QVERIFY(!error.title().isEmpty());
    QVERIFY(error.title() != sentence);
}

void TestApiError::sentences_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<QString>("expected");

    QTest::newRow("auth")
        << int(Kind::AuthenticationFailed) << u"Authentication failure"_s
        << u"The server refused the password for admin@example.org. Check the password in the profile."_s;
    QTest::newRow("refused")
        << int(Kind::ConnectionRefused) << QString()
        << u"Nothing answers at 127.0.0.1:5280. Is Prosody running and is mod_admin_rest loaded?"_s;
    QTest::newRow("not supported")
        << int(Kind::NotSupported) << u"Invalid request path"_s
        << u"This server's admin_rest has no such feature (the published module lacks it)."_s;
    QTest::newRow("whitelist") << int(Kind::NotWhitelisted) << QString()
                               << u"The server only accepts admin requests from whitelisted addresses, and this "
                                  "computer's address is not on the list. Ask the server's operator to add it to "
                                  "admin_rest_whitelist."_s;
    QTest::newRow("not found with message")
        << int(Kind::NotFound) << u"User does not exist: bob@example.org"_s
        << u"The server has no such item. The server said: “User does not exist: bob@example.org”."_s;
    QTest::newRow("read-only")
        << int(Kind::ReadOnly) << QString()
        << u"Nothing was changed on 127.0.0.1:5280: the profile of this connection is read-only, "
           "so the console sends no changes. To make changes, edit the profile (Server "
           "Profiles…) and clear “Read-only”."_s;
    QTest::newRow("not admin") << int(Kind::NotAdmin) << u"User must be an administrator"_s
                               << u"admin@example.org is not an administrator of this server. Use an admin account, "
                                  "or add this one to the server's admins."_s;
}

void TestApiError::sentences()
{
    QFETCH(int, kind);
    QFETCH(QString, serverMessage);
    QFETCH(QString, expected);
    ApiError error = ApiError::make(Kind(kind), 401, serverMessage);
    error.account = u"admin@example.org"_s;
    error.server = u"127.0.0.1:5280"_s;
    QCOMPARE(error.userMessage(), expected);
}

void TestApiError::withoutContext()
{
    const ApiError none;
    QVERIFY(!none.isError());
    QVERIFY(none.userMessage().isEmpty());
    const ApiError error = ApiError::make(Kind::AuthenticationFailed, 401);
    QVERIFY(error.userMessage().contains(u"the admin account"_s));
    const ApiError input = ApiError::invalidInput(u"“a/b” contains “/”"_s);
    QCOMPARE(input.kind, Kind::InvalidInput);
    QVERIFY(input.userMessage().contains(u"“a/b” contains “/”"_s));
}

void TestApiError::flavorNames()
{
    Capabilities c;
    QSet<QString> names;
    for (auto flavor : {Capabilities::Flavor::Unknown, Capabilities::Flavor::Classic, Capabilities::Flavor::Current,
             Capabilities::Flavor::Ours}) {
        c.flavor = flavor;
        names.insert(c.flavorName());
    }
    QCOMPARE(names.size(), 4);
    c.registeredUsersPaged = true;
    QVERIFY(c.canListRegisteredUsers());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "TestApiError.moc"
