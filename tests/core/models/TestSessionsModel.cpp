// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/SessionsModel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// SessionsModel as the Sessions pane feeds it: the host-wide listing first, then each user's
// details, all by key (user/resource) without resets.
class TestSessionsModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listingThenDetails();
    void listingKeepsKnownDetails();
    void updateUserTouchesOnlyThatUser();
    void oneUserSessions();
    void unreportedColumnsAreEmpty();

private:
    static Session session(const QString& resource, const QString& ip = {}, int port = -1,
        std::optional<bool> secure = std::nullopt, const QString& id = {})
    {
        return Session{resource, id, ip, port, secure};
    }
    std::unique_ptr<SessionsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSessionsModel::init()
{
    m_model = std::make_unique<SessionsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSessionsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestSessionsModel::listingThenDetails()
{
    m_model->setConnectedSessions(
        {{u"alice"_s, u"phone"_s}, {u"alice"_s, u"laptop"_s}, {u"bob@x"_s, u"desk"_s}}, u"x"_s);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->users(), (QStringList{u"alice@x"_s, u"bob@x"_s}));
    QCOMPARE(m_model->connectedUserCount(), 2);
    const int phone = m_model->rowOfKey(u"alice@x/phone"_s);
    QVERIFY(phone >= 0);
    QVERIFY(m_model->index(phone, SessionsModel::IpColumn).data().toString().isEmpty());

    const QPersistentModelIndex bob(m_model->index(m_model->rowOfKey(u"bob@x/desk"_s), SessionsModel::UserColumn));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->updateUserSessions(u"alice@x"_s,
        {session(u"phone"_s, u"192.0.2.1"_s, 40000, true, u"c2s1"_s),
            session(u"laptop"_s, u"192.0.2.2"_s, 40001, false, u"c2s2"_s)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->index(phone, SessionsModel::IpColumn).data().toString(), u"192.0.2.1"_s);
    QCOMPARE(m_model->index(phone, SessionsModel::PortColumn).data().toInt(), 40000);
    QCOMPARE(m_model->index(phone, SessionsModel::SecureColumn).data().toString(), u"yes"_s);
    QCOMPARE(m_model->index(phone, SessionsModel::IdColumn).data().toString(), u"c2s1"_s);
    QVERIFY(bob.isValid());
    QCOMPARE(bob.data().toString(), u"bob@x"_s);
}

void TestSessionsModel::listingKeepsKnownDetails()
{
    m_model->setConnectedSessions({{u"alice"_s, u"phone"_s}, {u"bob"_s, u"desk"_s}}, u"x"_s);
    m_model->updateUserSessions(u"alice@x"_s, {session(u"phone"_s, u"192.0.2.1"_s, 1, true, u"id1"_s)});
    const QPersistentModelIndex phone(m_model->index(m_model->rowOfKey(u"alice@x/phone"_s), SessionsModel::IpColumn));

    // The next refresh's listing: bob left, carol came. Alice's details stay until her own update.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setConnectedSessions({{u"alice"_s, u"phone"_s}, {u"carol"_s, u"tab"_s}}, u"x"_s);
    QCOMPARE(changed.count(), 0);
    QVERIFY(phone.isValid());
    QCOMPARE(phone.data().toString(), u"192.0.2.1"_s);
    QCOMPARE(m_model->rowOfKey(u"bob@x/desk"_s), -1);
    QVERIFY(m_model->rowOfKey(u"carol@x/tab"_s) >= 0);
}

void TestSessionsModel::updateUserTouchesOnlyThatUser()
{
    m_model->setConnectedSessions(
        {{u"alice"_s, u"a1"_s}, {u"alice"_s, u"a2"_s}, {u"bob"_s, u"b1"_s}, {u"carol"_s, u"c1"_s}}, u"x"_s);
    const QPersistentModelIndex carol(m_model->index(m_model->rowOfKey(u"carol@x/c1"_s), 0));
    const QPersistentModelIndex bob(m_model->index(m_model->rowOfKey(u"bob@x/b1"_s), 0));

    // Alice logged out of a2 and into a3 between the listing and her details.
    m_model->updateUserSessions(u"alice@x"_s, {session(u"a1"_s), session(u"a3"_s)});
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowOfKey(u"alice@x/a2"_s), -1);
    QVERIFY(m_model->rowOfKey(u"alice@x/a3"_s) >= 0);
    QVERIFY(carol.isValid() && bob.isValid());
    QCOMPARE(carol.data().toString(), u"carol@x"_s);

    // Bob is gone altogether.
    m_model->updateUserSessions(u"bob@x"_s, {});
    QVERIFY(!bob.isValid());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(carol.data().toString(), u"carol@x"_s);
    QCOMPARE(m_model->users(), (QStringList{u"alice@x"_s, u"carol@x"_s}));
}

void TestSessionsModel::oneUserSessions()
{
    m_model->setSessions(u"alice@x"_s, {session(u"phone"_s), session(u"laptop"_s)});
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setSessions(u"alice@x"_s, {session(u"laptop"_s, u"::1"_s)});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, SessionsModel::IpColumn).data().toString(), u"::1"_s);
    QCOMPARE(
        m_model->index(0, SessionsModel::ResourceColumn).data(SessionsModel::ResourceRole).toString(), u"laptop"_s);
}

void TestSessionsModel::unreportedColumnsAreEmpty()
{
    // Prosody 0.12's default network backend reports only resource and id.
    m_model->setSessions(u"alice@x"_s, {session(u"phone"_s, {}, -1, std::nullopt, u"c2s9"_s)});
    QVERIFY(!m_model->index(0, SessionsModel::PortColumn).data().isValid());
    QVERIFY(!m_model->index(0, SessionsModel::SecureColumn).data().isValid());
    QCOMPARE(m_model->index(0, SessionsModel::IdColumn).data().toString(), u"c2s9"_s);
}

QTEST_GUILESS_MAIN(TestSessionsModel)
#include "TestSessionsModel.moc"
