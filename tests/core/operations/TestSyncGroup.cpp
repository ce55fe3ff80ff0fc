// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// SyncGroup against the fake HTTP server: one POST /groups/<id>/sync, and a refusal as the item's error.

#include "OperationFixture.h"
#include "operations/SyncGroup.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestSyncGroup : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void syncsTheGroup();
    void refusalIsTheItemsError();

private:
    OperationFixture m_fixture;
};

void TestSyncGroup::syncsTheGroup()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /groups/team/sync", Response::message(200, u"Group synced"_s));
    SyncGroup sync(m_fixture.session(), u"team"_s);
    QVERIFY(OperationFixture::run(sync));
    QCOMPARE(m_fixture.requests(), QStringList{u"POST /admin_rest/groups/team/sync "_s});
    QVERIFY(sync.succeeded());
}

void TestSyncGroup::refusalIsTheItemsError()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /groups/gone/sync", Response::message(404, u"Group not found"_s));
    SyncGroup sync(m_fixture.session(), u"gone"_s);
    QVERIFY(OperationFixture::run(sync));
    QCOMPARE(m_fixture.requests(), QStringList{u"POST /admin_rest/groups/gone/sync "_s});
    QVERIFY(!sync.succeeded());
    QCOMPARE(sync.firstError().kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestSyncGroup)
#include "TestSyncGroup.moc"
