// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// ChangeGroupMembers against the fake HTTP server: one PUT or DELETE /groups/<id>/members/<u> per
// user, per-item outcomes, a failure half-way and retrying only the failed member.

#include "OperationFixture.h"
#include "operations/ChangeGroupMembers.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestChangeGroupMembers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsEachMember();
    void removalFailsHalfWayAndRetries();

private:
    OperationFixture m_fixture;
};

void TestChangeGroupMembers::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestChangeGroupMembers::cleanup()
{
    m_fixture.tearDown();
}

void TestChangeGroupMembers::addsEachMember()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PUT /groups/team/members/alice", Response::message(200, u"Member added"_s));
    m_fixture.server()->setRoute("PUT /groups/team/members/bob", Response::message(200, u"Member added"_s));
    ChangeGroupMembers change(m_fixture.session(), u"team"_s, ChangeGroupMembers::Change::Add, {u"alice"_s, u"bob"_s});
    QVERIFY(OperationFixture::run(change));
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{u"PUT /admin_rest/groups/team/members/alice "_s, u"PUT /admin_rest/groups/team/members/bob "_s}));
    QCOMPARE(change.labels(Status::Succeeded), (QStringList{u"alice"_s, u"bob"_s}));
    QCOMPARE(change.groupId(), u"team"_s);
}

void TestChangeGroupMembers::removalFailsHalfWayAndRetries()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /groups/team/members/alice", Response::message(200, u"Member removed"_s));
    m_fixture.server()->setRoute("DELETE /groups/team/members/bob", Response::message(500, u"Internal server error"_s));
    m_fixture.server()->setRoute("DELETE /groups/team/members/carol", Response::message(200, u"Member removed"_s));
    ChangeGroupMembers change(
        m_fixture.session(), u"team"_s, ChangeGroupMembers::Change::Remove, {u"alice"_s, u"bob"_s, u"carol"_s});
    QVERIFY(OperationFixture::run(change));
    QCOMPARE(m_fixture.sortedRequests(),
        (QStringList{u"DELETE /admin_rest/groups/team/members/alice "_s,
            u"DELETE /admin_rest/groups/team/members/bob "_s, u"DELETE /admin_rest/groups/team/members/carol "_s}));
    QCOMPARE(change.labels(Status::Succeeded), (QStringList{u"alice"_s, u"carol"_s}));
    QCOMPARE(change.labels(Status::Failed), QStringList{u"bob"_s});
    QCOMPARE(change.firstError().kind, ApiError::Kind::ServerError);

    m_fixture.server()->clearRequests();
    m_fixture.server()->setRoute("DELETE /groups/team/members/bob", Response::message(200, u"Member removed"_s));
    QSignalSpy finished(&change, &Operation::finished);
    QVERIFY(change.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_fixture.sortedRequests(), QStringList{u"DELETE /admin_rest/groups/team/members/bob "_s});
    QCOMPARE(change.count(Status::Succeeded), 3);
}

QTEST_GUILESS_MAIN(TestChangeGroupMembers)
#include "TestChangeGroupMembers.moc"
