// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// CreateGroup against the fake HTTP server: PUT /groups or /groups/<id> with the name (and the default chat room), the
// id the server gave, and a refusal as the item's error.

#include "OperationFixture.h"
#include "operations/CreateGroup.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestCreateGroup : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void serverPicksTheId();
    void givenIdWithChatRoom();
    void refusalIsTheItemsError();

private:
    OperationFixture m_fixture;
};

void TestCreateGroup::serverPicksTheId()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PUT /groups", Response::json(200, R"({"group_id":"g1a2"})"));
    CreateGroup create(m_fixture.session(), u"Team"_s);
    QVERIFY(OperationFixture::run(create));
    QCOMPARE(m_fixture.requests(), QStringList{u"PUT /admin_rest/groups {\"name\":\"Team\"}"_s});
    QVERIFY(create.succeeded());
    QCOMPARE(create.groupId(), u"g1a2"_s);
}

void TestCreateGroup::givenIdWithChatRoom()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PUT /groups/team", Response::message(200, u"Group created"_s));
    CreateGroup create(m_fixture.session(), u"Team"_s, u"team"_s, true);
    QVERIFY(OperationFixture::run(create));
    QCOMPARE(m_fixture.requests(),
        QStringList{
            u"PUT /admin_rest/groups/team {\"create_default_muc\":true,\"group_id\":\"team\",\"name\":\"Team\"}"_s});
    QVERIFY(create.succeeded());
    QCOMPARE(create.groupId(), u"team"_s);
}

void TestCreateGroup::refusalIsTheItemsError()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PUT /groups/team", Response::message(409, u"Group exists"_s));
    CreateGroup create(m_fixture.session(), u"Team"_s, u"team"_s);
    QVERIFY(OperationFixture::run(create));
    QCOMPARE(m_fixture.requests().size(), 1);
    QVERIFY(!create.succeeded());
    QCOMPARE(create.firstError().kind, ApiError::Kind::Conflict);
}

QTEST_GUILESS_MAIN(TestCreateGroup)
#include "TestCreateGroup.moc"
