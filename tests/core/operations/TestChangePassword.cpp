// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// ChangePassword against the fake HTTP server: one PATCH /user/<u>/password, and a refusal as the item's error.

#include "OperationFixture.h"
#include "operations/ChangePassword.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestChangePassword : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void setsThePassword();
    void refusalIsTheItemsError();

private:
    OperationFixture m_fixture;
};

void TestChangePassword::setsThePassword()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PATCH /user/alice/password", Response::message(200, u"Password changed"_s));
    ChangePassword change(m_fixture.session(), u"alice@example.org"_s, u"n3w"_s);
    QVERIFY(OperationFixture::run(change));
    QCOMPARE(m_fixture.requests(), QStringList{u"PATCH /admin_rest/user/alice/password {\"password\":\"n3w\"}"_s});
    QVERIFY(change.succeeded());
    QCOMPARE(change.outcome(0).message, u"Password changed"_s);
}

void TestChangePassword::refusalIsTheItemsError()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PATCH /user/bob/password", Response::message(404, u"User does not exist"_s));
    ChangePassword change(m_fixture.session(), u"bob"_s, u"n3w"_s);
    QVERIFY(OperationFixture::run(change));
    QCOMPARE(m_fixture.requests(), QStringList{u"PATCH /admin_rest/user/bob/password {\"password\":\"n3w\"}"_s});
    QVERIFY(!change.succeeded());
    QCOMPARE(change.firstError().kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestChangePassword)
#include "TestChangePassword.moc"
