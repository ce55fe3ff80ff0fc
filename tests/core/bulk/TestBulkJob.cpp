// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"
#include "bulk/BulkJob.h"
#include "bulk/BulkOutcomeModel.h"
#include "bulk/ExistingUsersCheck.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = BulkJob::Status;

// BulkJob against the loopback fake server, through a real AdminRestClient.
class TestBulkJob : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void concurrencyNeverExceedsBound_data();
    void concurrencyNeverExceedsBound();
    void startNeverBlocks();
    void failuresCarryTheirError();
    void skippedItemsAreNotRun();
    void cancelMidwayKeepsExactOutcomes();
    void abortCancelsInFlight();
    void retryFailedRerunsOnlyFailures();
    void retryAfterCancelRunsTheRestOnce();
    void multiStepResumesAtFailedStep();
    void cancelBetweenStepsRecordsTheFirst();
    void missingReplyFails();
    void outcomeModelChangesRowByRow();
    void destroyedWhileRunning();

    void existingByListing();
    void existingPerUserWithoutListing();
    void existingListingFails();

private:
    // Adds `count` items creating u0…u<count-1>; each step is counted while its reply is in flight.
    void addCreates(BulkJob& job, int count);
    static Response created(const QString& user, int delayMs)
    {
        Response response = Response::message(201, u"User registered: %1@example.org"_s.arg(user));
        response.delayMs = delayMs;
        return response;
    }
    void routeCreates(int count, int delayMs)
    {
        for (int i = 0; i < count; ++i)
            m_server->setRoute("POST /user/u" + QByteArray::number(i), created(u"u%1"_s.arg(i), delayMs));
    }
    QStringList requestedPaths() const
    {
        QStringList paths;
        for (const FakeHttpServer::Request& request : m_server->requests())
            paths.append(QString::fromLatin1(request.method + ' ' + request.path));
        return paths;
    }
    bool waitFinished(BulkJob& job, int timeoutMs = 15000)
    {
        if (!job.isRunning())
            return true;
        QSignalSpy spy(&job, &BulkJob::finished);
        return spy.wait(timeoutMs);
    }

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<AdminRestClient> m_client;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

void TestBulkJob::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<AdminRestClient>(settingsFor(m_server->url()));
    m_inFlight = 0;
    m_maxInFlight = 0;
}

void TestBulkJob::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestBulkJob::addCreates(BulkJob& job, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString user = u"u%1"_s.arg(i);
        job.addItem(user, [this, user]() -> ApiReply* {
            auto* reply = m_client->createUser(user, u"pw"_s);
            m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight);
            connect(reply, &ApiReply::finished, this, [this] { --m_inFlight; });
            return reply;
        });
    }
}

void TestBulkJob::concurrencyNeverExceedsBound_data()
{
    QTest::addColumn<int>("bound");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("4") << 4;
    QTest::newRow("default 6") << 0;
}

void TestBulkJob::concurrencyNeverExceedsBound()
{
    QFETCH(int, bound);
    constexpr int Items = 24;
    routeCreates(Items, 30);
    BulkJob job;
    if (bound > 0)
        job.setConcurrency(bound);
    else
        bound = BulkJob::DefaultConcurrency;
    QCOMPARE(job.concurrency(), bound);
    addCreates(job, Items);
    BulkOutcomeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJob(&job);

    int lastDone = -1;
    bool monotonic = true;
    connect(&job, &BulkJob::progress, this, [&](int done, int total) {
        monotonic = monotonic && done >= lastDone && total == Items;
        lastDone = done;
        // Between items the job may be below its bound, never above it.
        QVERIFY(job.inFlight() <= bound);
    });
    job.start();
    QVERIFY(waitFinished(job));

    QCOMPARE(m_maxInFlight, bound);
    QCOMPARE(job.peakInFlight(), bound);
    QVERIFY(monotonic);
    QCOMPARE(lastDone, Items);
    QCOMPARE(job.count(Status::Succeeded), Items);
    QCOMPARE(m_server->requestCount(), Items);
    for (int i = 0; i < Items; ++i) {
        QCOMPARE(job.outcome(i).status, Status::Succeeded);
        QCOMPARE(job.outcome(i).message, u"User registered: u%1@example.org"_s.arg(i));
        QCOMPARE(model.index(i, BulkOutcomeModel::StatusColumn).data().toString(), u"Succeeded"_s);
    }
    QVERIFY(!job.isRunning());
}

void TestBulkJob::startNeverBlocks()
{
    routeCreates(8, 0);
    BulkJob job;
    addCreates(job, 8);
    QSignalSpy started(&job, &BulkJob::started);
    job.start();
    // start() returned without having started a single call: items start from the event loop.
    QCOMPARE(started.size(), 1);
    QCOMPARE(m_maxInFlight, 0);
    QCOMPARE(job.inFlight(), 0);
    QVERIFY(job.isRunning());
    QVERIFY(waitFinished(job));
    QCOMPARE(job.count(Status::Succeeded), 8);
}

void TestBulkJob::failuresCarryTheirError()
{
    routeCreates(6, 0);
    m_server->setRoute("POST /user/u2", Response::message(500, u"Internal server error"_s));
    m_server->setRoute("POST /user/u4", Response::message(409, u"User already exists"_s));
    BulkJob job;
    addCreates(job, 6);
    job.start();
    QVERIFY(waitFinished(job));
    QCOMPARE(job.count(Status::Succeeded), 4);
    QCOMPARE(job.count(Status::Failed), 2);
    QCOMPARE(job.outcome(2).status, Status::Failed);
    QCOMPARE(job.outcome(2).error.kind, ApiError::Kind::ServerError);
    QCOMPARE(job.outcome(2).message, job.outcome(2).error.userMessage());
    QCOMPARE(job.outcome(4).error.kind, ApiError::Kind::Conflict);
    QCOMPARE(job.done(), 6);
    // Writes are never retried on their own.
    QCOMPARE(m_server->requestCount(), 6);
}

void TestBulkJob::skippedItemsAreNotRun()
{
    routeCreates(2, 0);
    BulkJob job;
    addCreates(job, 2);
    job.addSkippedItem(u"alice"_s, u"Exists already"_s);
    QSignalSpy progress(&job, &BulkJob::progress);
    job.start();
    QVERIFY(waitFinished(job));
    QCOMPARE(job.total(), 2);
    QCOMPARE(job.outcome(2).status, Status::Skipped);
    QCOMPARE(job.outcome(2).message, u"Exists already"_s);
    QCOMPARE(progress.last(), (QVariantList{2, 2}));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestBulkJob::cancelMidwayKeepsExactOutcomes()
{
    constexpr int Items = 20;
    routeCreates(Items, 60);
    BulkJob job;
    addCreates(job, Items);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.done() >= 5, 10000);
    QVERIFY(job.inFlight() > 0);
    job.cancel();
    QVERIFY(job.isCancelling());
    QVERIFY(waitFinished(job));

    // What reached the server succeeded and is reported so; nothing else was sent.
    const QStringList paths = requestedPaths();
    QVERIFY(paths.size() < Items);
    QCOMPARE(job.count(Status::Succeeded), paths.size());
    QCOMPARE(job.count(Status::NotStarted), Items - paths.size());
    QCOMPARE(job.count(Status::Running), 0);
    QCOMPARE(job.count(Status::Cancelled), 0);
    for (int i = 0; i < Items; ++i) {
        const bool sent = paths.contains(u"POST /admin_rest/user/u%1"_s.arg(i));
        QCOMPARE(job.outcome(i).status, sent ? Status::Succeeded : Status::NotStarted);
    }
}

void TestBulkJob::abortCancelsInFlight()
{
    constexpr int Items = 12;
    routeCreates(Items, 0);
    for (int i = 4; i < Items; ++i)
        m_server->setRoute("POST /user/u" + QByteArray::number(i), Response::never());
    BulkJob job;
    job.setConcurrency(4);
    addCreates(job, Items);
    job.start();
    QTRY_VERIFY(job.count(Status::Succeeded) == 4 && m_server->requestCount() == 8);
    job.abort();
    QVERIFY(waitFinished(job));
    QCOMPARE(job.count(Status::Succeeded), 4);
    QCOMPARE(job.count(Status::Cancelled), 4);
    QCOMPARE(job.count(Status::NotStarted), 4);
    for (int i = 4; i < 8; ++i) {
        QCOMPARE(job.outcome(i).status, Status::Cancelled);
        QVERIFY2(job.outcome(i).message.contains(u"may have applied"_s), qPrintable(job.outcome(i).message));
    }
    QCOMPARE(m_inFlight, 0);
}

void TestBulkJob::retryFailedRerunsOnlyFailures()
{
    constexpr int Items = 10;
    routeCreates(Items, 0);
    m_server->setRoute("POST /user/u2", Response::message(500, u"Internal server error"_s));
    m_server->setRoute("POST /user/u7", Response::message(500, u"Internal server error"_s));
    BulkJob job;
    addCreates(job, Items);
    BulkOutcomeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJob(&job);
    job.start();
    QVERIFY(waitFinished(job));
    QCOMPARE(job.count(Status::Failed), 2);

    routeCreates(Items, 0);
    m_server->clearRequests();
    QVERIFY(job.retryFailed());
    QVERIFY(!job.retryFailed()); // not while it runs
    QVERIFY(waitFinished(job));
    QCOMPARE(requestedPaths(), (QStringList{u"POST /admin_rest/user/u2"_s, u"POST /admin_rest/user/u7"_s}));
    QCOMPARE(job.count(Status::Succeeded), Items);
    QCOMPARE(job.outcome(2).message, u"User registered: u2@example.org"_s);
    QVERIFY(!job.outcome(2).error.isError());
}

void TestBulkJob::retryAfterCancelRunsTheRestOnce()
{
    constexpr int Items = 16;
    routeCreates(Items, 40);
    BulkJob job;
    job.setConcurrency(2);
    addCreates(job, Items);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.done() >= 3, 10000);
    job.cancel();
    QVERIFY(waitFinished(job));
    QVERIFY(job.count(Status::NotStarted) > 0);
    QVERIFY(job.retryFailed());
    QVERIFY(waitFinished(job));
    QCOMPARE(job.count(Status::Succeeded), Items);
    // Every user was sent exactly once over both runs.
    const QStringList paths = requestedPaths();
    QCOMPARE(paths.size(), Items);
    QCOMPARE(QSet<QString>(paths.cbegin(), paths.cend()).size(), Items);
}

void TestBulkJob::multiStepResumesAtFailedStep()
{
    m_server->setRoute("POST /user/a", created(u"a"_s, 0));
    m_server->setRoute("PATCH /user/a/role", Response::message(500, u"Could not set role: nope"_s));
    BulkJob job;
    job.addItem(u"a"_s,
        QList<BulkJob::Step>{[this] { return m_client->createUser(u"a"_s, u"pw"_s); },
            [this] { return m_client->setRole(u"a"_s, u"prosody:admin"_s); }});
    job.start();
    QVERIFY(waitFinished(job));
    QCOMPARE(job.outcome(0).status, Status::Failed);
    // The message says what was done before the failure.
    QVERIFY2(
        job.outcome(0).message.startsWith(u"User registered: a@example.org"_s), qPrintable(job.outcome(0).message));

    m_server->setRoute("PATCH /user/a/role", Response::message(200, u"User modified: a@example.org"_s));
    m_server->clearRequests();
    QVERIFY(job.retryFailed());
    QVERIFY(waitFinished(job));
    QCOMPARE(requestedPaths(), QStringList{u"PATCH /admin_rest/user/a/role"_s});
    QCOMPARE(job.outcome(0).status, Status::Succeeded);
    QCOMPARE(job.outcome(0).message, u"User registered: a@example.org; User modified: a@example.org"_s);
}

void TestBulkJob::cancelBetweenStepsRecordsTheFirst()
{
    Response slow = created(u"a"_s, 150);
    m_server->setRoute("POST /user/a", slow);
    m_server->setRoute("PATCH /user/a/role", Response::message(200, u"User modified: a@example.org"_s));
    BulkJob job;
    job.addItem(u"a"_s,
        QList<BulkJob::Step>{[this] { return m_client->createUser(u"a"_s, u"pw"_s); },
            [this] { return m_client->setRole(u"a"_s, u"prosody:admin"_s); }});
    job.start();
    QTRY_COMPARE(m_server->requestCount(), 1);
    job.cancel();
    QVERIFY(waitFinished(job));
    QCOMPARE(job.outcome(0).status, Status::Cancelled);
    QCOMPARE(job.outcome(0).message, u"User registered: a@example.org; Stopped before step 2 of 2."_s);
    QCOMPARE(m_server->requestCount(), 1);

    QVERIFY(job.retryFailed());
    QVERIFY(waitFinished(job));
    QCOMPARE(requestedPaths(), (QStringList{u"POST /admin_rest/user/a"_s, u"PATCH /admin_rest/user/a/role"_s}));
    QCOMPARE(job.outcome(0).status, Status::Succeeded);
}

void TestBulkJob::missingReplyFails()
{
    BulkJob job;
    job.addItem(u"x"_s, [] { return static_cast<ApiReply*>(nullptr); });
    job.start();
    QVERIFY(waitFinished(job));
    QCOMPARE(job.outcome(0).status, Status::Failed);
    QVERIFY(!job.outcome(0).message.isEmpty());
}

void TestBulkJob::outcomeModelChangesRowByRow()
{
    routeCreates(3, 0);
    BulkJob job;
    addCreates(job, 3);
    BulkOutcomeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJob(&job);
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    job.start();
    QVERIFY(waitFinished(job));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 6); // Running, then Succeeded, for each row
    for (const QList<QVariant>& signal : changed) {
        QCOMPARE(signal.at(0).toModelIndex().row(), signal.at(1).toModelIndex().row());
        QCOMPARE(signal.at(0).toModelIndex().column(), 0);
        QCOMPARE(signal.at(1).toModelIndex().column(), BulkOutcomeModel::ColumnCount - 1);
    }
    QCOMPARE(model.index(1, BulkOutcomeModel::MessageColumn).data().toString(), u"User registered: u1@example.org"_s);
}

void TestBulkJob::destroyedWhileRunning()
{
    routeCreates(4, 0);
    for (int i = 0; i < 4; ++i)
        m_server->setRoute("POST /user/u" + QByteArray::number(i), Response::never());
    auto job = std::make_unique<BulkJob>();
    addCreates(*job, 4);
    BulkOutcomeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJob(job.get());
    job->start();
    QTRY_COMPARE(m_server->requestCount(), 4);
    job.reset();
    // Its calls were aborted with it, and the model let go of it.
    QTRY_COMPARE(m_inFlight, 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestBulkJob::existingByListing()
{
    m_server->setRoute("GET /registered-users?offset=0&limit=1000",
        Response::json(200,
            R"({"users":[{"jid":"a@example.org","role":"prosody:user"},{"jid":"b@example.org","role":"prosody:admin"}],)"
            R"("offset":0,"count":2,"total":2})"));
    m_server->setRoute("GET /user/c%40other.org", Response::json(200, R"({"user":{"connected":false,"sessions":{}}})"));
    Capabilities caps;
    caps.registeredUsersPaged = true;
    ExistingUsersCheck check;
    QSignalSpy finished(&check, &ExistingUsersCheck::finished);
    check.start(m_client.get(), caps, {u"a@example.org"_s, u"new@example.org"_s, u"c@other.org"_s, u"d@other.org"_s});
    QVERIFY(finished.wait());
    QCOMPARE(check.existing(), (QSet<QString>{u"a@example.org"_s, u"c@other.org"_s}));
    // d@other.org: the default answer (404 "Invalid request path") is not "does not exist".
    QCOMPARE(check.unknown().keys(), QList<QString>{u"d@other.org"_s});
    QStringList paths = requestedPaths();
    QCOMPARE(paths.first(), u"GET /admin_rest/registered-users?offset=0&limit=1000"_s);
    paths.removeFirst();
    paths.sort();
    QCOMPARE(paths, (QStringList{u"GET /admin_rest/user/c%40other.org"_s, u"GET /admin_rest/user/d%40other.org"_s}));
}

void TestBulkJob::existingPerUserWithoutListing()
{
    m_server->setRoute("GET /user/a", Response::json(200, R"({"user":{"connected":false,"sessions":{}}})"));
    m_server->setRoute("GET /user/b", Response::message(404, u"User does not exist: b@example.org"_s));
    m_server->setRoute("GET /user/c", Response::message(404, u"User does not exist: c@example.org"_s));
    Capabilities caps; // classic: no listing
    ExistingUsersCheck check;
    QSignalSpy finished(&check, &ExistingUsersCheck::finished);
    check.start(m_client.get(), caps, {u"a@example.org"_s, u"b@example.org"_s, u"c@example.org"_s}, 2);
    QVERIFY(finished.wait());
    QCOMPARE(check.existing(), QSet<QString>{u"a@example.org"_s});
    QVERIFY(check.unknown().isEmpty());
    QVERIFY(!check.usedListing());
    QCOMPARE(m_server->requestCount(), 3);
}

void TestBulkJob::existingListingFails()
{
    m_server->setRoute("GET /all-users", Response::message(500, u"Internal server error"_s));
    Capabilities caps;
    caps.allUsers = true;
    ExistingUsersCheck check;
    QSignalSpy finished(&check, &ExistingUsersCheck::finished);
    check.start(m_client.get(), caps, {u"a@example.org"_s});
    QVERIFY(finished.wait());
    QCOMPARE(check.error().kind, ApiError::Kind::ServerError);
    QVERIFY(check.existing().isEmpty());
    QCOMPARE(check.unknown().size(), 1);
}

QTEST_GUILESS_MAIN(TestBulkJob)
#include "TestBulkJob.moc"
