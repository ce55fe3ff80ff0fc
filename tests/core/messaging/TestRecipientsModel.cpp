// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"
#include "messaging/RecipientChecker.h"
#include "messaging/RecipientsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Existence = RecipientChecker::Existence;
using Delivery = MessageSendJob::Outcome;
using Response = FakeHttpServer::Response;

// The recipients table and the existence check that feeds it.
class TestRecipientsModel : public QObject
{
    Q_OBJECT
private slots:
    void addDeduplicatesAndKeepsOrder();
    void rowsChangeByKey();
    void outcomesShowAndClear();
    void domainChangeResetsChecks();
    void checkerFlagsUnknownAndOnline();
    void checkerConcurrencyIsBounded();
    void checkerCancelIsSilent();
};

void TestRecipientsModel::addDeduplicatesAndKeepsOrder()
{
    RecipientsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDomain(u"example.org"_s);
    QCOMPARE(model.addRecipients({u"alice@example.org"_s, u"bob@other.example"_s}),
        (QStringList{u"alice"_s, u"bob@other.example"_s}));
    QCOMPARE(model.addRecipients({u"alice@example.org"_s, u"carol@example.org"_s}), QStringList{u"carol"_s});
    QCOMPARE(model.jids(), (QStringList{u"alice@example.org"_s, u"bob@other.example"_s, u"carol@example.org"_s}));
    QCOMPARE(model.addresses(), (QStringList{u"alice"_s, u"bob@other.example"_s, u"carol"_s}));
    QCOMPARE(model.jidOfAddress(u"carol"_s), u"carol@example.org"_s);
    model.removeRecipients({u"bob@other.example"_s});
    QCOMPARE(model.rowCount(), 2);
    model.removeAll();
    QCOMPARE(model.rowCount(), 0);
}

void TestRecipientsModel::rowsChangeByKey()
{
    RecipientsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDomain(u"example.org"_s);
    model.addRecipients({u"alice@example.org"_s, u"bob@example.org"_s});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setChecking({u"bob"_s});
    QCOMPARE(model.index(1, RecipientsModel::AccountColumn).data().toString(), u"Checking…"_s);
    model.setExistence(u"bob"_s, Existence::Exists, true);
    model.setExistence(u"alice"_s, Existence::Unknown, false);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(2).at(0).toModelIndex().row(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(1, RecipientsModel::AccountColumn).data().toString(), u"Online"_s);
    QCOMPARE(model.index(0, RecipientsModel::AccountColumn).data().toString(), u"No such user"_s);
    QCOMPARE(model.addressesWith(Existence::Unknown), QStringList{u"alice"_s});
    QCOMPARE(model.index(0, 0).data(RecipientsModel::ExistenceRole).value<Existence>(), Existence::Unknown);
}

void TestRecipientsModel::outcomesShowAndClear()
{
    RecipientsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDomain(u"example.org"_s);
    model.addRecipients({u"alice@example.org"_s, u"bob@example.org"_s, u"carol@example.org"_s});
    QVERIFY(model.index(0, RecipientsModel::OutcomeColumn).data().toString().isEmpty());
    model.setOutcome(u"alice"_s, Delivery::Delivered, true);
    model.setOutcome(u"bob"_s, Delivery::Dropped);
    model.setOutcome(u"carol"_s, Delivery::Failed, false, u"The server had an internal error."_s);
    QCOMPARE(model.index(0, RecipientsModel::OutcomeColumn).data().toString(), u"Delivered to online sessions"_s);
    QVERIFY(model.index(0, RecipientsModel::OutcomeColumn).data(Qt::ToolTipRole).toString().contains(u"multicast"_s));
    QCOMPARE(model.index(0, RecipientsModel::AccountColumn).data().toString(), u"Online"_s);
    QCOMPARE(model.index(1, RecipientsModel::OutcomeColumn).data().toString(),
        u"Dropped: the server keeps no offline messages"_s);
    QCOMPARE(model.index(1, RecipientsModel::AccountColumn).data().toString(), u"Offline"_s);
    QCOMPARE(model.index(2, RecipientsModel::OutcomeColumn).data().toString(),
        u"Failed: The server had an internal error."_s);
    QCOMPARE(model.outcomeCount(Delivery::Dropped), 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.clearOutcomes();
    QCOMPARE(changed.size(), 1); // one range-wide change
    QVERIFY(model.index(2, RecipientsModel::OutcomeColumn).data().toString().isEmpty());
    QVERIFY(!model.index(2, 0).data(RecipientsModel::OutcomeRole).isValid());
}

void TestRecipientsModel::domainChangeResetsChecks()
{
    RecipientsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDomain(u"example.org"_s);
    model.addRecipients({u"alice@example.org"_s, u"bob@other.example"_s});
    model.setExistence(u"alice"_s, Existence::Exists, false);
    model.setDomain(u"other.example"_s);
    QCOMPARE(model.addresses(), (QStringList{u"alice@example.org"_s, u"bob"_s}));
    QCOMPARE(model.addressesWith(Existence::Unchecked).size(), 2);
}

void TestRecipientsModel::checkerFlagsUnknownAndOnline()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    AdminRestClient client(settingsFor(server.url()));
    server.setRoute("GET /user/alice",
        Response::json(200, R"({"user":{"connected":true,"sessions":[{"resource":"r","id":"1"}],"roster":{}}})"));
    server.setRoute("GET /user/bob", Response::json(200, R"({"user":{"connected":false,"sessions":{},"roster":{}}})"));
    server.setRoute("GET /user/carol", Response::message(404, u"User does not exist: carol@example.org"_s));
    server.setRoute("GET /user/dave", Response::message(500, u"Internal server error"_s));
    server.setRoute(
        "GET /user/erin%40unserved.invalid", Response::message(404, u"Host does not exist or is malformed"_s));

    RecipientsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDomain(client.domain());
    const QStringList added = model.addRecipients({u"alice@example.org"_s, u"bob@example.org"_s, u"carol@example.org"_s,
        u"dave@example.org"_s, u"erin@unserved.invalid"_s});
    RecipientChecker checker(&client);
    connect(&checker, &RecipientChecker::checked, &model,
        [&model](const QString& user, Existence existence, bool online, const ApiError& error) {
            model.setExistence(user, existence, online, error.isError() ? error.userMessage() : QString());
        });
    QSignalSpy idle(&checker, &RecipientChecker::idle);
    model.setChecking(added);
    checker.check(added);
    QVERIFY(checker.isBusy());
    QVERIFY(idle.wait(10000));
    QCOMPARE(idle.size(), 1);
    QCOMPARE(model.index(0, RecipientsModel::AccountColumn).data().toString(), u"Online"_s);
    QCOMPARE(model.index(1, RecipientsModel::AccountColumn).data().toString(), u"Offline"_s);
    QCOMPARE(model.index(2, RecipientsModel::AccountColumn).data().toString(), u"No such user"_s);
    QCOMPARE(model.index(3, RecipientsModel::AccountColumn).data().toString(), u"Could not check"_s);
    QVERIFY(!model.index(3, RecipientsModel::AccountColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(4, RecipientsModel::AccountColumn).data().toString(), u"No such user"_s);
    QCOMPARE(server.requestCount(), 5);
}

void TestRecipientsModel::checkerConcurrencyIsBounded()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    AdminRestClient client(settingsFor(server.url()));
    QStringList users;
    for (int i = 0; i < 10; ++i) {
        users << u"u%1"_s.arg(i);
        Response response = Response::json(200, R"({"user":{"connected":false,"sessions":{},"roster":{}}})");
        response.delayMs = 30;
        server.setRoute("GET /user/u" + QByteArray::number(i), response);
    }
    RecipientChecker checker(&client);
    checker.setMaxConcurrent(3);
    int checked = 0;
    connect(&checker, &RecipientChecker::checked, this, [&] {
        ++checked;
        QVERIFY(checker.inFlight() <= 3);
    });
    QSignalSpy idle(&checker, &RecipientChecker::idle);
    checker.check(users);
    checker.check(users); // already queued: not asked twice
    QVERIFY(idle.wait(10000));
    QCOMPARE(checked, 10);
    QCOMPARE(checker.maxInFlightObserved(), 3);
    QCOMPARE(server.requestCount(), 10);
}

void TestRecipientsModel::checkerCancelIsSilent()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    AdminRestClient client(settingsFor(server.url()));
    server.setRoute("GET /user/alice", Response::never());
    server.setRoute("GET /user/bob", Response::never());
    RecipientChecker checker(&client);
    QSignalSpy checked(&checker, &RecipientChecker::checked);
    checker.check({u"alice"_s, u"bob"_s});
    QTRY_COMPARE(server.requestCount(), 2);
    checker.cancel();
    QVERIFY(!checker.isBusy());
    QCOMPARE(checked.size(), 0);
}

QTEST_GUILESS_MAIN(TestRecipientsModel)
#include "TestRecipientsModel.moc"
