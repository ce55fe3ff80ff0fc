#include "models/UsersFilterProxy.h"
#include "models/UsersModel.h"

#include <QAbstractItemModelTester>
#include <QStringListModel>
#include <QTest>

using namespace Qt::StringLiterals;

// UsersFilterProxy: the users table as shown, filtered by the typed text and by inactivity, sorted
// by JID (ignoring case) and by last activity (never seen first, online last), following the source
// model's row changes. Every proxy is watched by QAbstractItemModelTester.
class TestUsersFilterProxy : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void filterText_data();
    void filterText();
    void inactiveFilter_data();
    void inactiveFilter();
    void sorting_data();
    void sorting();
    void sourceRowChangesAreFollowed();
    void otherSourceModelFiltersByDisplayText();

private:
    // 2024-06-01 12:00 UTC: "now" for the inactivity filter.
    static QDateTime now() { return QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC); }
    static QDateTime daysAgo(int days) { return now().addDays(-days); }
    // alice (40 days ago), Bob (5 days ago, upper case B), carol (never seen), dave (online, last
    // seen 90 days ago), admin (the signed-in account, last seen 60 days ago).
    void fillUsers(const QDateTime& activitySince);
    // The JIDs the proxy shows, in its order.
    QStringList shownJids() const;

    std::unique_ptr<UsersModel> m_users;
    std::unique_ptr<UsersFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestUsersFilterProxy::init()
{
    m_users = std::make_unique<UsersModel>();
    m_proxy = std::make_unique<UsersFilterProxy>();
    m_proxy->setSourceModel(m_users.get());
    m_proxy->setReferenceTime(now());
    m_proxy->setSignedInJid(u"Admin@example.org"_s); // the case differs from the listing on purpose
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestUsersFilterProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_users.reset();
}

void TestUsersFilterProxy::fillUsers(const QDateTime& activitySince)
{
    const QString role = u"prosody:user"_s;
    m_users->setUsers(
        {{u"alice@example.org"_s, role, {}}, {u"Bob@example.org"_s, role, {}}, {u"carol@other.org"_s, role, {}},
            {u"dave@example.org"_s, role, {}}, {u"admin@example.org"_s, role, {}}},
        {{u"dave"_s, u"phone"_s}}, u"example.org"_s,
        {{u"alice@example.org"_s, daysAgo(40)}, {u"Bob@example.org"_s, daysAgo(5)},
            {u"dave@example.org"_s, daysAgo(90)}, {u"admin@example.org"_s, daysAgo(60)}},
        activitySince);
}

QStringList TestUsersFilterProxy::shownJids() const
{
    QStringList jids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        jids.append(m_proxy->index(row, UsersModel::JidColumn).data().toString());
    return jids;
}

void TestUsersFilterProxy::filterText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{u"admin@example.org"_s, u"alice@example.org"_s, u"Bob@example.org"_s, u"carol@other.org"_s,
        u"dave@example.org"_s};
    QTest::newRow("empty shows all") << QString() << all;
    QTest::newRow("part of a localpart") << u"li"_s << QStringList{u"alice@example.org"_s};
    QTest::newRow("case ignored") << u"ALICE"_s << QStringList{u"alice@example.org"_s};
    QTest::newRow("case ignored in the data") << u"bob"_s << QStringList{u"Bob@example.org"_s};
    QTest::newRow("domain") << u"@other"_s << QStringList{u"carol@other.org"_s};
    QTest::newRow("no match") << u"zed"_s << QStringList{};
    QTest::newRow("spaces are not trimmed") << u" alice"_s << QStringList{};
}

void TestUsersFilterProxy::filterText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    fillUsers({});
    m_proxy->sort(UsersModel::JidColumn);
    m_proxy->setText(text);
    QCOMPARE(shownJids(), expected);
    m_proxy->setText(QString());
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestUsersFilterProxy::inactiveFilter_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("activitySince");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QDateTime unknown;
    const QStringList all{u"admin@example.org"_s, u"alice@example.org"_s, u"Bob@example.org"_s, u"carol@other.org"_s,
        u"dave@example.org"_s};
    QTest::newRow("0: off") << 0 << unknown << QString() << all;
    QTest::newRow("negative: off") << -7 << unknown << QString() << all;
    // The signed-in account and the online one are never inactive; never seen counts only when the
    // server has been recording for longer than the period.
    QTest::newRow("30 days, recording since unknown")
        << 30 << unknown << QString() << QStringList{u"alice@example.org"_s};
    QTest::newRow("30 days, recording for 100 days")
        << 30 << daysAgo(100) << QString() << QStringList{u"alice@example.org"_s, u"carol@other.org"_s};
    QTest::newRow("30 days, recording for 10 days")
        << 30 << daysAgo(10) << QString() << QStringList{u"alice@example.org"_s};
    QTest::newRow("3 days") << 3 << daysAgo(100) << QString()
                            << QStringList{u"alice@example.org"_s, u"Bob@example.org"_s, u"carol@other.org"_s};
    QTest::newRow("exactly 40 days is not older than 40") << 40 << unknown << QString() << QStringList{};
    QTest::newRow("365 days") << 365 << daysAgo(1000) << QString() << QStringList{u"carol@other.org"_s};
    QTest::newRow("with text") << 3 << daysAgo(100) << u"example"_s
                               << QStringList{u"alice@example.org"_s, u"Bob@example.org"_s};
}

void TestUsersFilterProxy::inactiveFilter()
{
    QFETCH(int, days);
    QFETCH(QDateTime, activitySince);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    fillUsers(activitySince);
    m_proxy->sort(UsersModel::JidColumn);
    m_proxy->setText(text);
    m_proxy->setInactiveDays(days);
    QCOMPARE(m_proxy->inactiveDays(), std::max(0, days));
    QCOMPARE(shownJids(), expected);
    m_proxy->setInactiveDays(0);
    m_proxy->setText(QString());
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestUsersFilterProxy::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("JID, ignoring case") << int(UsersModel::JidColumn) << Qt::AscendingOrder
                                        << QStringList{u"admin@example.org"_s, u"alice@example.org"_s,
                                               u"Bob@example.org"_s, u"carol@other.org"_s, u"dave@example.org"_s};
    QTest::newRow("JID, descending") << int(UsersModel::JidColumn) << Qt::DescendingOrder
                                     << QStringList{u"dave@example.org"_s, u"carol@other.org"_s, u"Bob@example.org"_s,
                                            u"alice@example.org"_s, u"admin@example.org"_s};
    QTest::newRow("last activity: never seen first, online last")
        << int(UsersModel::LastActivityColumn) << Qt::AscendingOrder
        << QStringList{u"carol@other.org"_s, u"admin@example.org"_s, u"alice@example.org"_s, u"Bob@example.org"_s,
               u"dave@example.org"_s};
    QTest::newRow("last activity, descending")
        << int(UsersModel::LastActivityColumn) << Qt::DescendingOrder
        << QStringList{u"dave@example.org"_s, u"Bob@example.org"_s, u"alice@example.org"_s, u"admin@example.org"_s,
               u"carol@other.org"_s};
}

void TestUsersFilterProxy::sorting()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    fillUsers(daysAgo(100));
    m_proxy->sort(column, order);
    QCOMPARE(shownJids(), expected);
}

void TestUsersFilterProxy::sourceRowChangesAreFollowed()
{
    fillUsers(daysAgo(100));
    m_proxy->sort(UsersModel::JidColumn);
    m_proxy->setInactiveDays(30);
    QCOMPARE(shownJids(), (QStringList{u"alice@example.org"_s, u"carol@other.org"_s}));

    // A user added locally (never seen, recording for 100 days) is inactive and sorted into place.
    m_users->addUser(u"aaron@example.org"_s);
    QCOMPARE(shownJids(), (QStringList{u"aaron@example.org"_s, u"alice@example.org"_s, u"carol@other.org"_s}));

    // Removed users leave the view.
    m_users->removeUsers({u"alice@example.org"_s});
    QCOMPARE(shownJids(), (QStringList{u"aaron@example.org"_s, u"carol@other.org"_s}));

    // A refresh where carol came online and Bob's last login is now old: rows change in place.
    const QString role = u"prosody:user"_s;
    m_users->setUsers({{u"aaron@example.org"_s, role, {}}, {u"Bob@example.org"_s, role, {}},
                          {u"carol@other.org"_s, role, {}}, {u"dave@example.org"_s, role, {}}},
        {{u"carol@other.org"_s, u"laptop"_s}}, u"example.org"_s,
        {{u"Bob@example.org"_s, daysAgo(45)}, {u"dave@example.org"_s, daysAgo(90)}}, daysAgo(100));
    QCOMPARE(shownJids(), (QStringList{u"aaron@example.org"_s, u"Bob@example.org"_s, u"dave@example.org"_s}));

    // The text filter applies to rows that arrive later too ("yves@other.org" has no "a").
    m_proxy->setText(u"a"_s);
    m_users->addUser(u"zach@example.org"_s);
    m_users->addUser(u"yves@other.org"_s);
    QCOMPARE(shownJids(),
        (QStringList{u"aaron@example.org"_s, u"Bob@example.org"_s, u"dave@example.org"_s, u"zach@example.org"_s}));
}

void TestUsersFilterProxy::otherSourceModelFiltersByDisplayText()
{
    QStringListModel list({u"Zoe@x"_s, u"alice@x"_s, u"bob@y"_s});
    m_proxy->setSourceModel(&list);
    m_proxy->sort(0);
    QCOMPARE(shownJids(), (QStringList{u"alice@x"_s, u"bob@y"_s, u"Zoe@x"_s}));
    m_proxy->setText(u"X"_s);
    QCOMPARE(shownJids(), (QStringList{u"alice@x"_s, u"Zoe@x"_s}));
    list.setStringList({u"xavier@y"_s, u"bob@y"_s});
    QCOMPARE(shownJids(), (QStringList{u"xavier@y"_s}));
}

QTEST_GUILESS_MAIN(TestUsersFilterProxy)
#include "TestUsersFilterProxy.moc"
