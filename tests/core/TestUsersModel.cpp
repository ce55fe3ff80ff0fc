#include "UsersModel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// UsersModel: registered users merged with connected sessions, refreshed incrementally by JID.
class TestUsersModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void registeredUsersWithSessionCounts();
    void connectedOnlyListsOnlineUsers();
    void refreshKeepsPersistentIndexes();
    void refreshWithSameDataEmitsNothing();
    void localUpdates();
    void knownRoles();

private:
    static RegisteredUser user(const QString& jid, const QString& role = u"prosody:user"_s)
    {
        return RegisteredUser{jid, role, {}};
    }
    std::unique_ptr<UsersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestUsersModel::init()
{
    m_model = std::make_unique<UsersModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestUsersModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestUsersModel::registeredUsersWithSessionCounts()
{
    m_model->setUsers({user(u"alice@example.org"_s), user(u"bob@example.org"_s, u"prosody:admin"_s)},
        {{u"alice"_s, u"phone"_s}, {u"alice"_s, u"laptop"_s}, {u"carol@other.org"_s, u"x"_s}}, u"example.org"_s);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(UsersModel::ColumnCount));
    const int alice = m_model->rowOfKey(u"alice@example.org"_s);
    const int bob = m_model->rowOfKey(u"bob@example.org"_s);
    QCOMPARE(m_model->index(alice, UsersModel::SessionsColumn).data().toInt(), 2);
    QCOMPARE(m_model->index(alice, UsersModel::OnlineColumn).data(UsersModel::OnlineRole).toBool(), true);
    QCOMPARE(m_model->index(bob, UsersModel::OnlineColumn).data(UsersModel::OnlineRole).toBool(), false);
    QCOMPARE(m_model->index(bob, UsersModel::RoleColumn).data().toString(), u"prosody:admin"_s);
    QCOMPARE(m_model->headerData(UsersModel::JidColumn, Qt::Horizontal).toString(), u"JID"_s);
}

void TestUsersModel::connectedOnlyListsOnlineUsers()
{
    m_model->setConnectedOnly({{u"bob"_s, u"a"_s}, {u"alice"_s, u"b"_s}, {u"bob"_s, u"c"_s}}, u"example.org"_s);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowAt(0).jid, u"alice@example.org"_s);
    QCOMPARE(m_model->rowAt(1).jid, u"bob@example.org"_s);
    QCOMPARE(m_model->rowAt(1).sessions, 2);
    QVERIFY(m_model->rowAt(1).role.isEmpty());
}

void TestUsersModel::refreshKeepsPersistentIndexes()
{
    m_model->setUsers({user(u"a@x"_s), user(u"b@x"_s), user(u"c@x"_s), user(u"d@x"_s)}, {}, u"x"_s);
    const QPersistentModelIndex c(m_model->index(m_model->rowOfKey(u"c@x"_s), UsersModel::JidColumn));
    const QPersistentModelIndex d(m_model->index(m_model->rowOfKey(u"d@x"_s), UsersModel::SessionsColumn));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // b is gone, d came online, e is new.
    m_model->setUsers({user(u"a@x"_s), user(u"c@x"_s), user(u"d@x"_s), user(u"e@x"_s)}, {{u"d"_s, u"r"_s}}, u"x"_s);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(changed.count() >= 1);
    QVERIFY(c.isValid());
    QCOMPARE(c.data().toString(), u"c@x"_s);
    QVERIFY(d.isValid());
    QCOMPARE(d.data().toInt(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowOfKey(u"b@x"_s), -1);
}

void TestUsersModel::refreshWithSameDataEmitsNothing()
{
    const QList<RegisteredUser> users{user(u"a@x"_s), user(u"b@x"_s)};
    m_model->setUsers(users, {}, u"x"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setUsers(users, {}, u"x"_s);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
}

void TestUsersModel::localUpdates()
{
    m_model->setUsers({user(u"a@x"_s), user(u"b@x"_s), user(u"c@x"_s)}, {}, u"x"_s);
    const QPersistentModelIndex c(m_model->index(m_model->rowOfKey(u"c@x"_s), 0));

    m_model->addUser(u"new@x"_s);
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(m_model->rowAt(m_model->rowOfKey(u"new@x"_s)).role.isEmpty());
    // Adding an existing user keeps its row.
    m_model->addUser(u"a@x"_s);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowAt(m_model->rowOfKey(u"a@x"_s)).role, u"prosody:user"_s);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setRole(u"b@x"_s, u"prosody:admin"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->rowAt(m_model->rowOfKey(u"b@x"_s)).role, u"prosody:admin"_s);
    m_model->setRole(u"nobody@x"_s, u"prosody:admin"_s);
    QCOMPARE(m_model->rowCount(), 4);

    m_model->removeUsers({u"a@x"_s, u"b@x"_s, u"nobody@x"_s});
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(c.isValid());
    QCOMPARE(c.data().toString(), u"c@x"_s);
    // The index still finds the rows after removals.
    QCOMPARE(m_model->rowAt(m_model->rowOfKey(u"new@x"_s)).jid, u"new@x"_s);
}

void TestUsersModel::knownRoles()
{
    m_model->setUsers({user(u"a@x"_s, u"prosody:user"_s), user(u"b@x"_s, u"prosody:admin"_s),
                          user(u"c@x"_s, u"prosody:user"_s), user(u"d@x"_s, QString())},
        {}, u"x"_s);
    QCOMPARE(m_model->knownRoles(), (QStringList{u"prosody:admin"_s, u"prosody:user"_s}));
}

QTEST_GUILESS_MAIN(TestUsersModel)
#include "TestUsersModel.moc"
