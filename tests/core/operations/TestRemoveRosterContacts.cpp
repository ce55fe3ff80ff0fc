// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// RemoveRosterContacts against the fake HTTP server: the exact requests for our module (one per
// contact) and for a published module (a second one removing the contact's "none" entry), per-item
// outcomes, a failure half-way, and retrying from the step that failed.

#include "OperationFixture.h"
#include "operations/RemoveRosterContacts.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestRemoveRosterContacts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oursRemovesBothSidesWithOneCall();
    void publishedModuleGetsASecondCallForTheOtherSide();
    void failureHalfWaySaysWhatWasDone();
    void nothingToRemove();

private:
    OperationFixture m_fixture;
};

void TestRemoveRosterContacts::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestRemoveRosterContacts::cleanup()
{
    m_fixture.tearDown();
}

void TestRemoveRosterContacts::oursRemovesBothSidesWithOneCall()
{
    QVERIFY(m_fixture.connectAs(OperationFixture::Module::Ours));
    m_fixture.server()->setRoute("DELETE /roster/alice", Response::message(200, u"Roster deleted"_s));
    RemoveRosterContacts removal(
        m_fixture.session(), u"alice@example.org"_s, {u"bob@example.org"_s, u"carol@other.org"_s});
    QVERIFY(!removal.removesOtherSide());
    QVERIFY(OperationFixture::run(removal));
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{u"DELETE /admin_rest/roster/alice {\"contact\":\"bob@example.org\"}"_s,
            u"DELETE /admin_rest/roster/alice {\"contact\":\"carol@other.org\"}"_s}));
    QCOMPARE(removal.count(Status::Succeeded), 2);
    QVERIFY(!removal.firstError().isError());
}

void TestRemoveRosterContacts::publishedModuleGetsASecondCallForTheOtherSide()
{
    QVERIFY(m_fixture.connectAs(OperationFixture::Module::PublishedCurrent));
    m_fixture.server()->setRoute("DELETE /roster/alice", Response::message(200, u"Roster deleted"_s));
    m_fixture.server()->setRoute("DELETE /roster/bob", Response::message(200, u"Roster deleted"_s));
    RemoveRosterContacts removal(
        m_fixture.session(), u"alice@example.org"_s, {u"bob@example.org"_s, u"carol@other.org"_s});
    QVERIFY(removal.removesOtherSide());
    QVERIFY(OperationFixture::run(removal));
    // bob's roster is on this host: its entry for alice goes too. carol's host keeps its own roster.
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{u"DELETE /admin_rest/roster/alice {\"contact\":\"bob@example.org\"}"_s,
            u"DELETE /admin_rest/roster/alice {\"contact\":\"carol@other.org\"}"_s,
            u"DELETE /admin_rest/roster/bob {\"contact\":\"alice@example.org\"}"_s}));
    QCOMPARE(removal.count(Status::Succeeded), 2);
}

void TestRemoveRosterContacts::failureHalfWaySaysWhatWasDone()
{
    QVERIFY(m_fixture.connectAs(OperationFixture::Module::PublishedCurrent));
    m_fixture.server()->setRoute("DELETE /roster/alice", Response::message(200, u"Roster deleted"_s));
    m_fixture.server()->setRoute("DELETE /roster/bob", Response::message(500, u"Internal server error"_s));
    RemoveRosterContacts removal(m_fixture.session(), u"alice@example.org"_s, {u"bob@example.org"_s});
    QVERIFY(OperationFixture::run(removal));
    QCOMPARE(removal.labels(Status::Failed), QStringList{u"bob@example.org"_s});
    QCOMPARE(removal.outcome(0).stepsDone, 1); // alice's side is gone, bob's is not
    QCOMPARE(removal.firstError().kind, ApiError::Kind::ServerError);

    // Retrying sends only the step that failed.
    m_fixture.server()->clearRequests();
    m_fixture.server()->setRoute("DELETE /roster/bob", Response::message(200, u"Roster deleted"_s));
    QSignalSpy finished(&removal, &Operation::finished);
    QVERIFY(removal.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_fixture.sortedRequests(),
        QStringList{u"DELETE /admin_rest/roster/bob {\"contact\":\"alice@example.org\"}"_s});
    QCOMPARE(removal.count(Status::Succeeded), 1);
}

void TestRemoveRosterContacts::nothingToRemove()
{
    QVERIFY(m_fixture.connectAs(OperationFixture::Module::Ours));
    RemoveRosterContacts removal(m_fixture.session(), u"alice@example.org"_s, {});
    QVERIFY(OperationFixture::run(removal));
    QVERIFY(m_fixture.server()->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestRemoveRosterContacts)
#include "TestRemoveRosterContacts.moc"
