// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// SetUserRoles against the fake HTTP server: one PATCH /user/<u>/role per user, strictly one after
// the other, per-item outcomes with the server's status (the dialog explains a refused role from it),
// a failure half-way, and retrying only the failed user.

#include "OperationFixture.h"
#include "operations/SetUserRoles.h"

#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestSetUserRoles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setsTheRoleOfEachUserOneAfterTheOther();
    void failureHalfWayAndRetry();
    void nothingToChange();

private:
    OperationFixture m_fixture;
};

void TestSetUserRoles::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestSetUserRoles::cleanup()
{
    m_fixture.tearDown();
}

void TestSetUserRoles::setsTheRoleOfEachUserOneAfterTheOther()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PATCH /user/alice/role", Response::message(200, u"Role updated"_s));
    m_fixture.server()->setRoute("PATCH /user/bob/role", Response::message(200, u"Role updated"_s));
    SetUserRoles change(m_fixture.session(), {u"alice@example.org"_s, u"bob@example.org"_s}, u"prosody:admin"_s);
    QCOMPARE(change.role(), u"prosody:admin"_s);
    QStringList steps;
    connect(&change, &Operation::itemChanged, this, [&](int index) {
        steps << u"%1 %2"_s.arg(index).arg(
            QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(int(change.outcome(index).status))));
    });
    QVERIFY(OperationFixture::run(change));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"PATCH /admin_rest/user/alice/role {\"role\":\"prosody:admin\"}"_s,
            u"PATCH /admin_rest/user/bob/role {\"role\":\"prosody:admin\"}"_s}));
    // bob's request starts only once alice's has been answered.
    QCOMPARE(steps, (QStringList{u"0 Running"_s, u"0 Succeeded"_s, u"1 Running"_s, u"1 Succeeded"_s}));
    QCOMPARE(change.count(Status::Succeeded), 2);
    QVERIFY(!change.firstError().isError());
}

void TestSetUserRoles::failureHalfWayAndRetry()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PATCH /user/alice/role", Response::message(200, u"Role updated"_s));
    // The published module fails with an internal error on a role the server lacks.
    m_fixture.server()->setRoute("PATCH /user/bob/role", Response::message(500, u"Internal server error"_s));
    m_fixture.server()->setRoute("PATCH /user/carol/role", Response::message(200, u"Role updated"_s));
    SetUserRoles change(
        m_fixture.session(), {u"alice@example.org"_s, u"bob@example.org"_s, u"carol@example.org"_s}, u"x:custom"_s);
    QVERIFY(OperationFixture::run(change));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"PATCH /admin_rest/user/alice/role {\"role\":\"x:custom\"}"_s,
            u"PATCH /admin_rest/user/bob/role {\"role\":\"x:custom\"}"_s,
            u"PATCH /admin_rest/user/carol/role {\"role\":\"x:custom\"}"_s}));
    QCOMPARE(change.labels(Status::Succeeded), (QStringList{u"alice@example.org"_s, u"carol@example.org"_s}));
    QCOMPARE(change.labels(Status::Failed), QStringList{u"bob@example.org"_s});
    QCOMPARE(change.outcome(1).error.httpStatus, 500);
    QCOMPARE(change.firstError().kind, ApiError::Kind::ServerError);

    m_fixture.server()->clearRequests();
    m_fixture.server()->setRoute("PATCH /user/bob/role", Response::message(200, u"Role updated"_s));
    QSignalSpy finished(&change, &Operation::finished);
    QVERIFY(change.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_fixture.requests(), QStringList{u"PATCH /admin_rest/user/bob/role {\"role\":\"x:custom\"}"_s});
    QCOMPARE(change.count(Status::Succeeded), 3);
}

void TestSetUserRoles::nothingToChange()
{
    QVERIFY(m_fixture.connectAs());
    SetUserRoles change(m_fixture.session(), {}, u"prosody:user"_s);
    QVERIFY(OperationFixture::run(change));
    QVERIFY(m_fixture.server()->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestSetUserRoles)
#include "TestSetUserRoles.moc"
