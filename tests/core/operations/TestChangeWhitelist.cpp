// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// ChangeWhitelist against the fake HTTP server: PUT or DELETE /whitelist/<address> one after the other in the given
// order, stopping at the first failure.

#include "OperationFixture.h"
#include "operations/ChangeWhitelist.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestChangeWhitelist : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void addsInOrder();
    void stopsAtTheFirstFailure();
    void removes();

private:
    OperationFixture m_fixture;
};

void TestChangeWhitelist::addsInOrder()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PUT /whitelist/192.0.2.1", Response::message(200, u"Added"_s));
    m_fixture.server()->setRoute("PUT /whitelist/2001%3Adb8%3A%3A1", Response::message(200, u"Added"_s));
    ChangeWhitelist change(m_fixture.session(), ChangeWhitelist::Change::Add, {u"192.0.2.1"_s, u"2001:db8::1"_s});
    QVERIFY(OperationFixture::run(change));
    // Not sorted: the order is part of what this operation promises.
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"PUT /admin_rest/whitelist/192.0.2.1 "_s, u"PUT /admin_rest/whitelist/2001%3Adb8%3A%3A1 "_s}));
    QVERIFY(change.allDone());
    QCOMPARE(change.labels(Status::Succeeded), (QStringList{u"192.0.2.1"_s, u"2001:db8::1"_s}));
}

void TestChangeWhitelist::stopsAtTheFirstFailure()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PUT /whitelist/192.0.2.1", Response::message(200, u"Added"_s));
    m_fixture.server()->setRoute("PUT /whitelist/192.0.2.2", Response::message(500, u"Internal server error"_s));
    m_fixture.server()->setRoute("PUT /whitelist/192.0.2.3", Response::message(200, u"Added"_s));
    ChangeWhitelist change(
        m_fixture.session(), ChangeWhitelist::Change::Add, {u"192.0.2.1"_s, u"192.0.2.2"_s, u"192.0.2.3"_s});
    QVERIFY(OperationFixture::run(change));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"PUT /admin_rest/whitelist/192.0.2.1 "_s, u"PUT /admin_rest/whitelist/192.0.2.2 "_s}));
    QVERIFY(!change.allDone());
    QCOMPARE(change.outcome(0).status, Status::Succeeded);
    QCOMPARE(change.outcome(1).status, Status::Failed);
    QCOMPARE(change.outcome(2).status, Status::NotStarted);
    QCOMPARE(change.firstError().kind, ApiError::Kind::ServerError);
}

void TestChangeWhitelist::removes()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /whitelist/192.0.2.1", Response::message(200, u"Removed"_s));
    ChangeWhitelist change(m_fixture.session(), ChangeWhitelist::Change::Remove, {u"192.0.2.1"_s});
    QVERIFY(OperationFixture::run(change));
    QCOMPARE(m_fixture.requests(), QStringList{u"DELETE /admin_rest/whitelist/192.0.2.1 "_s});
    QVERIFY(change.allDone());
}

QTEST_GUILESS_MAIN(TestChangeWhitelist)
#include "TestChangeWhitelist.moc"
