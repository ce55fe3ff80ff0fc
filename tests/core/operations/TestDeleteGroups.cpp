// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// DeleteGroups against the fake HTTP server: one DELETE /groups/<id> per group, per-item outcomes,
// a failure half-way and retrying only the failed group.

#include "OperationFixture.h"
#include "operations/DeleteGroups.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestDeleteGroups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deletesEachGroupAndReportsAFailureHalfWay();

private:
    OperationFixture m_fixture;
};

void TestDeleteGroups::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestDeleteGroups::cleanup()
{
    m_fixture.tearDown();
}

void TestDeleteGroups::deletesEachGroupAndReportsAFailureHalfWay()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /groups/team", Response::message(200, u"Group deleted"_s));
    m_fixture.server()->setRoute("DELETE /groups/ops", Response::message(404, u"No such group"_s));
    m_fixture.server()->setRoute("DELETE /groups/dev", Response::message(200, u"Group deleted"_s));
    DeleteGroups deletion(m_fixture.session(), {u"team"_s, u"ops"_s, u"dev"_s});
    QVERIFY(OperationFixture::run(deletion));
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{u"DELETE /admin_rest/groups/dev "_s, u"DELETE /admin_rest/groups/ops "_s,
            u"DELETE /admin_rest/groups/team "_s}));
    QCOMPARE(deletion.labels(Status::Succeeded), (QStringList{u"team"_s, u"dev"_s}));
    QCOMPARE(deletion.labels(Status::Failed), QStringList{u"ops"_s});
    QCOMPARE(deletion.firstError().kind, ApiError::Kind::NotFound);

    m_fixture.server()->clearRequests();
    m_fixture.server()->setRoute("DELETE /groups/ops", Response::message(200, u"Group deleted"_s));
    QSignalSpy finished(&deletion, &Operation::finished);
    QVERIFY(deletion.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_fixture.sortedRequests(), QStringList{u"DELETE /admin_rest/groups/ops "_s});
    QCOMPARE(deletion.count(Status::Succeeded), 3);
}

QTEST_GUILESS_MAIN(TestDeleteGroups)
#include "TestDeleteGroups.moc"
