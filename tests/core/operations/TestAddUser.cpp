// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// AddUser against the fake HTTP server: one POST /user/<u> with the password (and the registration
// address), created told apart from a password replaced, a refusal reported as the item's error.

#include "OperationFixture.h"
#include "operations/AddUser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestAddUser : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void createsTheAccount();
    void replacesThePasswordOfAnExistingOne();
    void refusalIsTheItemsError();

private:
    OperationFixture m_fixture;
};

void TestAddUser::createsTheAccount()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /user/alice", Response::message(201, u"User registered: alice@example.org"_s));
    AddUser add(m_fixture.session(), u"alice@example.org"_s, u"s3cret"_s, u"192.0.2.7"_s);
    QVERIFY(OperationFixture::run(add));
    QCOMPARE(m_fixture.requests(),
        QStringList{u"POST /admin_rest/user/alice {\"password\":\"s3cret\",\"regip\":\"192.0.2.7\"}"_s});
    QVERIFY(add.succeeded());
    QCOMPARE(add.result(), CreateUserResult::Created);
    QCOMPARE(add.outcome(0).label, u"alice@example.org"_s);
    QCOMPARE(add.outcome(0).message, u"User registered: alice@example.org"_s);
}

void TestAddUser::replacesThePasswordOfAnExistingOne()
{
    QVERIFY(m_fixture.connectAs(OperationFixture::Module::PublishedCurrent));
    m_fixture.server()->setRoute("POST /user/alice", Response::message(200, u"User password updated"_s));
    AddUser add(m_fixture.session(), u"alice"_s, u"s3cret"_s);
    QVERIFY(OperationFixture::run(add));
    QCOMPARE(m_fixture.requests(), QStringList{u"POST /admin_rest/user/alice {\"password\":\"s3cret\"}"_s});
    QVERIFY(add.succeeded());
    QCOMPARE(add.result(), CreateUserResult::PasswordUpdated);
}

void TestAddUser::refusalIsTheItemsError()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /user/alice", Response::message(409, u"User already exists"_s));
    AddUser add(m_fixture.session(), u"alice@example.org"_s, u"s3cret"_s);
    QVERIFY(OperationFixture::run(add));
    QCOMPARE(m_fixture.requests().size(), 1);
    QVERIFY(!add.succeeded());
    QCOMPARE(add.count(Status::Failed), 1);
    QCOMPARE(add.firstError().kind, ApiError::Kind::Conflict);
}

QTEST_GUILESS_MAIN(TestAddUser)
#include "TestAddUser.moc"
