// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// AddRosterContact against the fake HTTP server: one POST /roster/<owner> naming the contact, and a refusal as the
// item's error.

#include "OperationFixture.h"
#include "operations/AddRosterContact.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestAddRosterContact : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void addsTheContact();
    void refusalIsTheItemsError();

private:
    OperationFixture m_fixture;
};

void TestAddRosterContact::addsTheContact()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /roster/alice", Response::message(200, u"Contact added"_s));
    AddRosterContact add(m_fixture.session(), u"alice"_s, u"bob@example.org"_s);
    QVERIFY(OperationFixture::run(add));
    QCOMPARE(m_fixture.requests(), QStringList{u"POST /admin_rest/roster/alice {\"contact\":\"bob@example.org\"}"_s});
    QVERIFY(add.succeeded());
    QCOMPARE(add.outcome(0).label, u"bob@example.org"_s);
}

void TestAddRosterContact::refusalIsTheItemsError()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /roster/alice%40other.org", Response::message(500, u"Internal server error"_s));
    AddRosterContact add(m_fixture.session(), u"alice@other.org"_s, u"bob@example.org"_s);
    QVERIFY(OperationFixture::run(add));
    QCOMPARE(m_fixture.requests(),
        QStringList{u"POST /admin_rest/roster/alice%40other.org {\"contact\":\"bob@example.org\"}"_s});
    QVERIFY(!add.succeeded());
    QCOMPARE(add.firstError().kind, ApiError::Kind::ServerError);
}

QTEST_GUILESS_MAIN(TestAddRosterContact)
#include "TestAddRosterContact.moc"
