// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/UsersModel.h"

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
    void refreshNoticesARoleChange();
    void manyRowsStayFindable();
    void lookupsDuringARefreshNeverAnswerAnotherRow();

private:
    static RegisteredUser user(const QString& jid, const QString& role = u"prosody:user"_s)
    {
        return RegisteredUser{jid, role, {}};
    }
    static QString jidOf(int n) { return u"user%1@x"_s.arg(n); }
    // Every expected user is found at a row holding its JID and role, and every row by its own JID.
    void verifyLookups(const QHash<QString, QString>& expectedRoles, const QStringList& absent);
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
    QVERIFY(m_model->roleOf(1).isEmpty());
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
    QVERIFY(m_model->roleOf(m_model->rowOfKey(u"new@x"_s)).isEmpty());
    // Adding an existing user keeps its row.
    m_model->addUser(u"a@x"_s);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->roleOf(m_model->rowOfKey(u"a@x"_s)), u"prosody:user"_s);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setRole(u"b@x"_s, u"prosody:admin"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->roleOf(m_model->rowOfKey(u"b@x"_s)), u"prosody:admin"_s);
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
    // A role nobody has any more is not listed.
    m_model->setRole(u"b@x"_s, u"prosody:user"_s);
    QCOMPARE(m_model->knownRoles(), QStringList{u"prosody:user"_s});
}

void TestUsersModel::refreshNoticesARoleChange()
{
    m_model->setUsers({user(u"a@x"_s), user(u"b@x"_s)}, {}, u"x"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setUsers({user(u"a@x"_s, u"prosody:admin"_s), user(u"b@x"_s)}, {}, u"x"_s);
    QCOMPARE(changed.count(), 1);
    const int a = m_model->rowOfKey(u"a@x"_s);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), a);
    QCOMPARE(m_model->roleOf(a), u"prosody:admin"_s);
    QCOMPARE(m_model->index(a, UsersModel::RoleColumn).data().toString(), u"prosody:admin"_s);
    QCOMPARE(m_model->roleOf(m_model->rowOfKey(u"b@x"_s)), u"prosody:user"_s);

    // And back: the role table keeps its entries, so equal roles compare equal again.
    m_model->setUsers({user(u"a@x"_s), user(u"b@x"_s)}, {}, u"x"_s);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->roleOf(a), u"prosody:user"_s);
}

void TestUsersModel::verifyLookups(const QHash<QString, QString>& expectedRoles, const QStringList& absent)
{
    QCOMPARE(m_model->rowCount(), int(expectedRoles.size()));
    for (auto it = expectedRoles.cbegin(); it != expectedRoles.cend(); ++it) {
        const int row = m_model->rowOfKey(it.key());
        QVERIFY2(row >= 0, qPrintable(it.key()));
        QCOMPARE(m_model->rowAt(row).jid, it.key());
        QCOMPARE(m_model->roleOf(row), it.value());
        QVERIFY(m_model->containsKey(it.key()));
    }
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOfKey(m_model->rowAt(row).jid), row);
    for (const QString& jid : absent) {
        QCOMPARE(m_model->rowOfKey(jid), -1);
        QVERIFY(!m_model->containsKey(jid));
    }
}

void TestUsersModel::manyRowsStayFindable()
{
    // The item model tester walks the model on every signal: thousands of removed ranges of 20,000
    // rows would take minutes. The signals' consistency is tested with small models above and below.
    m_tester.reset();
    // 20,000 users: enough that many keys share a first slot and probe past one another.
    QHash<QString, QString> expected;
    QList<RegisteredUser> users;
    for (int n = 0; n < 20000; ++n) {
        const QString role = n % 7 == 0 ? u"prosody:admin"_s : u"prosody:user"_s;
        users.append(user(jidOf(n), role));
        expected.insert(jidOf(n), role);
    }
    m_model->setUsers(users, {}, u"x"_s);
    verifyLookups(expected, {jidOf(20000), jidOf(-1), u"user1@y"_s, QString()});
    if (QTest::currentTestFailed())
        return;

    // A refresh: every third user is gone, 5,000 are new, every fifth remaining one changed role.
    QStringList vanished;
    expected.clear();
    users.clear();
    for (int n = 0; n < 25000; ++n) {
        if (n % 3 == 1) {
            vanished.append(jidOf(n));
            continue;
        }
        const QString role = n % 5 == 0 ? u"prosody:operator"_s : n % 7 == 0 ? u"prosody:admin"_s : u"prosody:user"_s;
        users.append(user(jidOf(n), role));
        expected.insert(jidOf(n), role);
    }
    m_model->setUsers(users, {}, u"x"_s);
    verifyLookups(expected, vanished);
    if (QTest::currentTestFailed())
        return;

    // One at a time: 3,000 new users (the index grows as they come), then every tenth of the first
    // 10,000 removed.
    for (int n = 30000; n < 33000; ++n) {
        m_model->addUser(jidOf(n), u"prosody:user"_s);
        expected.insert(jidOf(n), u"prosody:user"_s);
    }
    verifyLookups(expected, vanished);
    if (QTest::currentTestFailed())
        return;
    QStringList removed;
    for (int n = 0; n < 10000; n += 10) {
        if (expected.remove(jidOf(n)))
            removed.append(jidOf(n));
    }
    m_model->removeUsers(removed);
    verifyLookups(expected, vanished + removed);
    if (QTest::currentTestFailed())
        return;

    // Emptied and filled again.
    m_model->setUsers({}, {}, u"x"_s);
    verifyLookups({}, {jidOf(2), jidOf(30001)});
    m_model->setUsers({user(jidOf(7))}, {}, u"x"_s);
    verifyLookups({{jidOf(7), u"prosody:user"_s}}, {jidOf(2)});
}

void TestUsersModel::lookupsDuringARefreshNeverAnswerAnotherRow()
{
    QList<RegisteredUser> users;
    for (int n = 0; n < 300; ++n)
        users.append(user(jidOf(n)));
    m_model->setUsers(users, {}, u"x"_s);

    // While the refresh below signals, a lookup answers the row holding the key, or -1; the rows it
    // announces as inserted or changed are found where they are.
    int wrongAnswers = 0;
    int notFound = 0;
    const auto lookUpAll = [&] {
        for (int n = 0; n < 400; ++n) {
            const int row = m_model->rowOfKey(jidOf(n));
            if (row >= m_model->rowCount() || (row >= 0 && m_model->rowAt(row).jid != jidOf(n)))
                ++wrongAnswers;
        }
    };
    const auto findRows = [&](int first, int last) {
        for (int row = first; row <= last; ++row) {
            if (m_model->rowOfKey(m_model->rowAt(row).jid) != row)
                ++notFound;
        }
    };
    connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this, lookUpAll);
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex&, int first, int last) {
        lookUpAll();
        findRows(first, last);
    });
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this,
        [&](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
            lookUpAll();
            findRows(topLeft.row(), bottomRight.row());
        });
    QSignalSpy removedRanges(m_model.get(), &QAbstractItemModel::rowsRemoved);

    // Users 40-59, 100-149 and every 7th are gone; 300-399 are new; the 250s changed role.
    users.clear();
    for (int n = 0; n < 400; ++n) {
        if ((n >= 40 && n < 60) || (n >= 100 && n < 150) || n % 7 == 3)
            continue;
        users.append(user(jidOf(n), n >= 250 && n < 260 ? u"prosody:admin"_s : u"prosody:user"_s));
    }
    m_model->setUsers(users, {}, u"x"_s);

    QVERIFY(removedRanges.count() > 3);
    QCOMPARE(wrongAnswers, 0);
    QCOMPARE(notFound, 0);
    QCOMPARE(m_model->rowCount(), int(users.size()));
    for (const RegisteredUser& listed : std::as_const(users))
        QCOMPARE(m_model->roleOf(m_model->rowOfKey(listed.jid)), listed.role);
}

QTEST_GUILESS_MAIN(TestUsersModel)
#include "TestUsersModel.moc"
