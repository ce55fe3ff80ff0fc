// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"
#include "bulk/JobNotices.h"
#include "messaging/BroadcastJob.h"
#include "messaging/BroadcastTargetsModel.h"
#include "messaging/FleetTargets.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using SendState = BroadcastJob::SendState;
using CountState = BroadcastJob::CountState;

// BroadcastJob and its table against two loopback fake servers: a fleet of two.
class TestBroadcastJob : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void countsThenSendsToEveryTarget();
    void failedTargetIsRetriedAlone();
    void cancelMarksInFlightCancelled();
    void modelFollowsTheJob();
    void fleetTargetsLeaveOutUnknownPasswordsAndLiveWithTheJob();

private:
    QList<BroadcastTarget> targets() const { return {{u"alpha"_s, m_clientA.get()}, {u"beta"_s, m_clientB.get()}}; }

    std::unique_ptr<FakeHttpServer> m_serverA;
    std::unique_ptr<FakeHttpServer> m_serverB;
    std::unique_ptr<AdminRestClient> m_clientA;
    std::unique_ptr<AdminRestClient> m_clientB;
};

void TestBroadcastJob::init()
{
    m_serverA = std::make_unique<FakeHttpServer>();
    m_serverB = std::make_unique<FakeHttpServer>();
    QVERIFY(m_serverA->listen());
    QVERIFY(m_serverB->listen());
    m_clientA = std::make_unique<AdminRestClient>(settingsFor(m_serverA->url()));
    m_clientB = std::make_unique<AdminRestClient>(settingsFor(m_serverB->url()));
}

void TestBroadcastJob::cleanup()
{
    m_clientA.reset();
    m_clientB.reset();
    m_serverA.reset();
    m_serverB.reset();
}

void TestBroadcastJob::countsThenSendsToEveryTarget()
{
    m_serverA->setRoute("GET /users/count", Response::json(200, R"({"count":3})"));
    m_serverB->setRoute("GET /users/count", Response::json(200, R"({"count":5})"));
    m_serverA->setRoute("POST /broadcast", Response::json(200, R"({"count":3})"));
    m_serverB->setRoute("POST /broadcast", Response::json(200, R"({"count":4})"));
    BroadcastJob job(targets());
    QSignalSpy counted(&job, &BroadcastJob::countsFinished);
    job.countOnline();
    QVERIFY(job.isCounting());
    QVERIFY(counted.wait(10000));
    QCOMPARE(job.status(0).online, 3);
    QCOMPARE(job.status(1).online, 5);
    QCOMPARE(job.totalOnline(), 8);

    QSignalSpy sent(&job, &BroadcastJob::sendFinished);
    job.send(u"Restart in 5 minutes ✓"_s);
    QVERIFY(job.isSending());
    QVERIFY(sent.wait(10000));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(job.status(0).sendState, SendState::Sent);
    QCOMPARE(job.status(0).reached, 3);
    QCOMPARE(job.status(1).reached, 4);
    QCOMPARE(job.totalReached(), 7);
    QVERIFY(job.failedTargets().isEmpty());
    for (FakeHttpServer* server : {m_serverA.get(), m_serverB.get()}) {
        QCOMPARE(server->lastRequest().requestLine(), QByteArray("POST /admin_rest/broadcast HTTP/1.1"));
        QCOMPARE(QJsonDocument::fromJson(server->lastRequest().body).object(),
            (QJsonObject{{u"message"_s, u"Restart in 5 minutes ✓"_s}}));
    }
}

void TestBroadcastJob::failedTargetIsRetriedAlone()
{
    m_serverA->setRoute("POST /broadcast", Response::json(200, R"({"count":2})"));
    m_serverB->setRoute("POST /broadcast", Response::message(500, u"Internal server error"_s));
    BroadcastJob job(targets());
    QSignalSpy sent(&job, &BroadcastJob::sendFinished);
    QSignalSpy noticed(JobNotices::instance(), &JobNotices::jobEnded);
    job.send(u"Hello"_s);
    QVERIFY(sent.wait(10000));
    QCOMPARE(job.status(1).sendState, SendState::Failed);
    // Told once, for a desktop notification when the window is in the background.
    QCOMPARE(noticed.size(), 1);
    QCOMPARE(noticed.first().at(0).toString(), u"Broadcast finished: sent on 1 of 2 servers, 1 failed."_s);
    QCOMPARE(noticed.first().at(1).toBool(), true);
    QCOMPARE(job.status(1).sendError.kind, ApiError::Kind::ServerError);
    QCOMPARE(job.failedTargets(), QList<int>{1});
    QCOMPARE(job.countIn(SendState::Sent), 1);

    m_serverB->setRoute("POST /broadcast", Response::json(200, R"({"count":6})"));
    QVERIFY(job.retryFailed());
    QVERIFY(sent.wait(10000));
    QCOMPARE(m_serverA->requestCount(), 1); // the target that succeeded is not sent to twice
    QCOMPARE(m_serverB->requestCount(), 2);
    QCOMPARE(job.status(1).reached, 6);
    QCOMPARE(job.totalReached(), 8);
    QVERIFY(!job.retryFailed());
}

void TestBroadcastJob::cancelMarksInFlightCancelled()
{
    m_serverA->setRoute("POST /broadcast", Response::json(200, R"({"count":2})"));
    m_serverB->setRoute("POST /broadcast", Response::never());
    BroadcastJob job(targets());
    QSignalSpy sent(&job, &BroadcastJob::sendFinished);
    job.send(u"Hello"_s);
    QTRY_COMPARE(job.status(0).sendState, SendState::Sent);
    QTRY_COMPARE(m_serverB->requestCount(), 1);
    job.cancel();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(job.status(1).sendState, SendState::Cancelled);
    QCOMPARE(job.failedTargets(), QList<int>{1});
}

void TestBroadcastJob::modelFollowsTheJob()
{
    m_serverA->setRoute("GET /users/count", Response::json(200, R"({"count":1})"));
    m_serverB->setRoute("GET /users/count", Response::message(401, u"Authentication failure"_s));
    m_serverA->setRoute("POST /broadcast", Response::json(200, R"({"count":1})"));
    BroadcastTargetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BroadcastJob job(targets());
    model.setJob(&job);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, BroadcastTargetsModel::ServerColumn).data().toString(), u"beta"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy counted(&job, &BroadcastJob::countsFinished);
    job.countOnline();
    QVERIFY(counted.wait(10000));
    QVERIFY(changed.size() >= 4);
    QCOMPARE(model.index(0, BroadcastTargetsModel::OnlineColumn).data().toString(), u"1 user(s)"_s);
    QCOMPARE(model.index(1, BroadcastTargetsModel::OnlineColumn).data().toString(), u"Unknown"_s);
    QVERIFY(model.index(1, BroadcastTargetsModel::StatusColumn).data().toString().startsWith(u"Could not count"_s));
    QSignalSpy sent(&job, &BroadcastJob::sendFinished);
    job.send(u"Hello"_s);
    QVERIFY(sent.wait(10000));
    QCOMPARE(model.index(0, BroadcastTargetsModel::ReachedColumn).data().toString(), u"1 user(s)"_s);
    QVERIFY(model.index(1, BroadcastTargetsModel::StatusColumn).data().toString().startsWith(u"Failed"_s));
}

void TestBroadcastJob::fleetTargetsLeaveOutUnknownPasswordsAndLiveWithTheJob()
{
    Profile known;
    known.name = u"known"_s;
    known.baseUrl = QUrl(u"http://127.0.0.1:1/admin_rest"_s);
    known.adminJid = u"admin@example.org"_s;
    Profile unknown = known;
    unknown.name = u"unknown"_s;
    const FleetTargets::Result fleet = FleetTargets::create({known, unknown}, {u"secret"_s, QString()});
    QCOMPARE(fleet.noPassword, QStringList{u"unknown"_s});
    QCOMPARE(fleet.targets.size(), 1);
    QCOMPARE(fleet.targets.first().name, u"known"_s);
    QPointer<AdminRestClient> client = fleet.targets.first().client;
    QVERIFY(client);
    QCOMPARE(client->parent(), nullptr);
    {
        BroadcastJob job(fleet.targets);
        job.takeClients();
        QCOMPARE(client->parent(), &job);
    }
    QVERIFY(client.isNull());
}

QTEST_GUILESS_MAIN(TestBroadcastJob)
#include "TestBroadcastJob.moc"
