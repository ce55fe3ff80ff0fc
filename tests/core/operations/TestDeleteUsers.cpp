// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// DeleteUsers against the fake HTTP server: one DELETE /user/<u> per user, deleted told apart from
// already gone (200 or 404 "User does not exist: …"), a failure half-way, retrying only that one,
// and at most DeleteUsers::Concurrency calls at once; on a server with a grace period, scheduled
// (202, restorable until …) told apart from deleted, and ?immediate=true where chosen; over our
// module's POST /batch/delete-users the same outcomes item for item.

#include "OperationFixture.h"
#include "operations/DeleteUsers.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestDeleteUsers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deletedAndAlreadyGoneAreToldApart();
    void outcomeIsKnownWhenTheItemIsAnnounced();
    void failureHalfWayAndRetry();
    void atMostFourAtATime();
    void nothingToDelete();
    void gracePeriodKeepsThemRestorableUnlessImmediate();
    void batchRouteGivesTheSameOutcomes();

private:
    OperationFixture m_fixture;
};

void TestDeleteUsers::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestDeleteUsers::cleanup()
{
    m_fixture.tearDown();
}

void TestDeleteUsers::deletedAndAlreadyGoneAreToldApart()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /user/alice", Response::message(200, u"User deleted"_s));
    // Ours and the current module answer 200 for an account that is gone, the classic one 404.
    m_fixture.server()->setRoute("DELETE /user/bob", Response::message(200, u"User does not exist: bob@example.org"_s));
    m_fixture.server()->setRoute(
        "DELETE /user/carol", Response::message(404, u"User does not exist: carol@example.org"_s));
    DeleteUsers deletion(m_fixture.session(), {u"alice@example.org"_s, u"bob@example.org"_s, u"carol@example.org"_s});
    QVERIFY(OperationFixture::run(deletion));
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{u"DELETE /admin_rest/user/alice "_s, u"DELETE /admin_rest/user/bob "_s,
            u"DELETE /admin_rest/user/carol "_s}));
    QCOMPARE(deletion.count(Status::Succeeded), 3);
    QCOMPARE(deletion.deleted(), QStringList{u"alice@example.org"_s});
    QCOMPARE(deletion.alreadyGone(), (QStringList{u"bob@example.org"_s, u"carol@example.org"_s}));
    QVERIFY(!deletion.wasAlreadyGone(0));
    QVERIFY(deletion.wasAlreadyGone(1));
    QVERIFY(!deletion.firstError().isError());
}

void TestDeleteUsers::outcomeIsKnownWhenTheItemIsAnnounced()
{
    // A pane removes the row when the item succeeds: by then, deleted vs already gone is known.
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /user/alice", Response::message(200, u"User deleted"_s));
    m_fixture.server()->setRoute("DELETE /user/bob", Response::message(200, u"User does not exist: bob@example.org"_s));
    DeleteUsers deletion(m_fixture.session(), {u"alice@example.org"_s, u"bob@example.org"_s});
    QStringList announced;
    connect(&deletion, &Operation::itemChanged, this, [&](int index) {
        if (deletion.outcome(index).status == Status::Succeeded)
            announced << deletion.outcome(index).label + (deletion.wasAlreadyGone(index) ? u" gone"_s : u" deleted"_s);
    });
    QVERIFY(OperationFixture::run(deletion));
    announced.sort();
    QCOMPARE(announced, (QStringList{u"alice@example.org deleted"_s, u"bob@example.org gone"_s}));
}

void TestDeleteUsers::failureHalfWayAndRetry()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /user/alice", Response::message(200, u"User deleted"_s));
    m_fixture.server()->setRoute("DELETE /user/bob", Response::message(500, u"Internal server error"_s));
    m_fixture.server()->setRoute("DELETE /user/carol", Response::message(200, u"User deleted"_s));
    DeleteUsers deletion(m_fixture.session(), {u"alice@example.org"_s, u"bob@example.org"_s, u"carol@example.org"_s});
    QVERIFY(OperationFixture::run(deletion));
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{u"DELETE /admin_rest/user/alice "_s, u"DELETE /admin_rest/user/bob "_s,
            u"DELETE /admin_rest/user/carol "_s}));
    QCOMPARE(deletion.labels(Status::Failed), QStringList{u"bob@example.org"_s});
    QCOMPARE(deletion.deleted(), (QStringList{u"alice@example.org"_s, u"carol@example.org"_s}));
    QVERIFY(deletion.alreadyGone().isEmpty());
    QVERIFY(!deletion.wasAlreadyGone(1));
    QCOMPARE(deletion.firstError().kind, ApiError::Kind::ServerError);
    QCOMPARE(deletion.outcome(1).error.kind, ApiError::Kind::ServerError);

    // Retrying sends only the one that failed; meanwhile someone else deleted it.
    m_fixture.server()->clearRequests();
    m_fixture.server()->setRoute("DELETE /user/bob", Response::message(404, u"User does not exist: bob@example.org"_s));
    QSignalSpy finished(&deletion, &Operation::finished);
    QVERIFY(deletion.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_fixture.sortedRequests(), QStringList{u"DELETE /admin_rest/user/bob "_s});
    QCOMPARE(deletion.count(Status::Succeeded), 3);
    QCOMPARE(deletion.alreadyGone(), QStringList{u"bob@example.org"_s});
    QVERIFY(!deletion.firstError().isError());
}

void TestDeleteUsers::atMostFourAtATime()
{
    QVERIFY(m_fixture.connectAs());
    QStringList jids;
    for (int i = 0; i < 7; ++i) {
        jids << u"user%1@example.org"_s.arg(i);
        m_fixture.server()->setRoute(
            "DELETE /user/user" + QByteArray::number(i), Response::message(200, u"User deleted"_s));
    }
    DeleteUsers deletion(m_fixture.session(), jids);
    int mostRunning = 0;
    connect(&deletion, &Operation::itemChanged, this,
        [&] { mostRunning = qMax(mostRunning, deletion.count(Status::Running)); });
    QVERIFY(OperationFixture::run(deletion));
    QCOMPARE(mostRunning, DeleteUsers::Concurrency);
    QCOMPARE(deletion.deleted(), jids);
    QCOMPARE(m_fixture.server()->requestCount(), 7);
}

void TestDeleteUsers::nothingToDelete()
{
    QVERIFY(m_fixture.connectAs());
    DeleteUsers deletion(m_fixture.session(), {});
    QVERIFY(OperationFixture::run(deletion));
    QVERIFY(m_fixture.server()->requests().isEmpty());
}

namespace {
const QString Scheduled = u"User scheduled for deletion: alice@example.org (restorable until 2026-12-09T10:00:00Z)"_s;
const QString Final = u"User deleted: alice@example.org (final, not restorable)"_s;
} // namespace

void TestDeleteUsers::gracePeriodKeepsThemRestorableUnlessImmediate()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /user/alice", Response::message(202, Scheduled));
    m_fixture.server()->setRoute("DELETE /user/alice?immediate=true", Response::message(200, Final));
    DeleteUsers kept(m_fixture.session(), {u"alice@example.org"_s});
    QVERIFY(OperationFixture::run(kept));
    QCOMPARE(m_fixture.requests(), QStringList{u"DELETE /admin_rest/user/alice "_s});
    QCOMPARE(kept.scheduled(), QStringList{u"alice@example.org"_s});
    QVERIFY(kept.deleted().isEmpty());
    QCOMPARE(kept.result(0), AccountDeletion::Outcome::Scheduled);
    // The server's own sentence, with the time the account stays restorable.
    QCOMPARE(kept.outcome(0).message, Scheduled);

    m_fixture.server()->clearRequests();
    DeleteUsers final(m_fixture.session(), {u"alice@example.org"_s}, DeleteUsers::Mode::Immediately);
    QVERIFY(OperationFixture::run(final));
    QCOMPARE(m_fixture.requests(), QStringList{u"DELETE /admin_rest/user/alice?immediate=true "_s});
    QCOMPARE(final.deleted(), QStringList{u"alice@example.org"_s});
    QCOMPARE(final.outcome(0).message, Final);
}

void TestDeleteUsers::batchRouteGivesTheSameOutcomes()
{
    // One by one: alice scheduled, bob already gone, carol fails, dave deleted.
    const QStringList jids{u"alice@example.org"_s, u"bob@example.org"_s, u"carol@example.org"_s, u"dave"_s};
    QList<std::tuple<Status, QString, AccountDeletion::Outcome>> oneByOne;
    {
        QVERIFY(m_fixture.connectAs());
        m_fixture.server()->setRoute("DELETE /user/alice", Response::message(202, Scheduled));
        m_fixture.server()->setRoute(
            "DELETE /user/bob", Response::message(404, u"User does not exist: bob@example.org"_s));
        m_fixture.server()->setRoute("DELETE /user/carol", Response::message(500, u"Internal server error"_s));
        m_fixture.server()->setRoute("DELETE /user/dave", Response::message(200, u"User deleted: dave@example.org"_s));
        DeleteUsers deletion(m_fixture.session(), jids);
        QVERIFY(!deletion.usesBatches());
        QVERIFY(OperationFixture::run(deletion));
        for (int i = 0; i < deletion.itemCount(); ++i)
            oneByOne.append({deletion.outcome(i).status, deletion.outcome(i).message, deletion.result(i)});
    }
    cleanup();
    init();
    QVERIFY(m_fixture.connectAs(OperationFixture::Module::Ours, R"("extensions":["batch"],"batch_max":50)"));
    m_fixture.server()->setRoute("POST /batch/delete-users",
        Response::json(200,
            R"({"results":[{"user":"alice","status":202,"result":")" + Scheduled.toUtf8()
                + R"("},{"user":"bob","status":404,"result":"User does not exist: bob@example.org"},)"
                  R"({"user":"carol","status":500,"result":"Internal server error"},)"
                  R"({"user":"dave","status":200,"result":"User deleted: dave@example.org"}],)"
                  R"("count":4,"succeeded":2})"));
    DeleteUsers deletion(m_fixture.session(), jids);
    QVERIFY(deletion.usesBatches());
    QVERIFY(OperationFixture::run(deletion));
    QCOMPARE(m_fixture.requests(),
        QStringList{u"POST /admin_rest/batch/delete-users {\"users\":[\"alice\",\"bob\",\"carol\",\"dave\"]}"_s});
    for (int i = 0; i < deletion.itemCount(); ++i) {
        QCOMPARE(deletion.outcome(i).status, std::get<0>(oneByOne.at(i)));
        QCOMPARE(deletion.outcome(i).message, std::get<1>(oneByOne.at(i)));
        if (deletion.outcome(i).status == Status::Succeeded)
            QCOMPARE(deletion.result(i), std::get<2>(oneByOne.at(i)));
    }
    QCOMPARE(deletion.scheduled(), QStringList{u"alice@example.org"_s});
    QCOMPARE(deletion.alreadyGone(), QStringList{u"bob@example.org"_s});
    QCOMPARE(deletion.labels(Status::Failed), QStringList{u"carol@example.org"_s});
    QCOMPARE(deletion.deleted(), QStringList{u"dave"_s});

    // Retrying sends carol alone, in the batch route, immediately this time is not implied.
    m_fixture.server()->clearRequests();
    m_fixture.server()->setRoute("POST /batch/delete-users",
        Response::json(200,
            R"({"results":[{"user":"carol","status":200,"result":"User deleted: carol@example.org"}],)"
            R"("count":1,"succeeded":1})"));
    QSignalSpy finished(&deletion, &Operation::finished);
    QVERIFY(deletion.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_fixture.requests(), QStringList{u"POST /admin_rest/batch/delete-users {\"users\":[\"carol\"]}"_s});
    QCOMPARE(deletion.deleted(), (QStringList{u"carol@example.org"_s, u"dave"_s}));

    // Immediately: the batch carries ?immediate=true as DELETE /user/<u> does.
    m_fixture.server()->clearRequests();
    DeleteUsers final(m_fixture.session(), {u"alice"_s, u"bob"_s}, DeleteUsers::Mode::Immediately);
    QVERIFY(OperationFixture::run(final));
    QCOMPARE(
        m_fixture.requests().value(0).section(u' ', 0, 1), u"POST /admin_rest/batch/delete-users?immediate=true"_s);
}

QTEST_GUILESS_MAIN(TestDeleteUsers)
#include "TestDeleteUsers.moc"
