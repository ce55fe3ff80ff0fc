// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/UsersFilterProxy.h"
#include "models/UsersModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTest>

#include <ranges>

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

    // The shortcuts on big hosts give the same rows in the same order as a plain proxy.
    void textThatGrowsTestsOnlyPreviousMatches();
    void otherTextTestsEveryRow();
    void growingTextKeepsTheOtherFilters();
    void sourceOrderKeptOnlyWhenItIsTheChosenOne();
    void rowsArrivingUnsortedAreSorted();
    void rowChangesWhileFiltered();

private:
    // 2024-06-01 12:00 UTC: "now" for the inactivity filter.
    static QDateTime now() { return QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC); }
    static QDateTime daysAgo(int days) { return now().addDays(-days); }
    // alice (40 days ago), Bob (5 days ago, upper case B), carol (never seen), dave (online, last
    // seen 90 days ago), admin (the signed-in account, last seen 60 days ago).
    void fillUsers(const QDateTime& activitySince);
    // The JIDs the proxy shows, in its order.
    QStringList shownJids() const;
    static QStringList jidsOf(const QAbstractItemModel& model);
    // `count` users user0@example.org…, some with an upper-case first letter, given to the model
    // in ascending JID order (ignoring case) or in another order.
    void fillMany(int count, bool sorted);
    // What a plain QSortFilterProxyModel shows of the model for `text` (fixed string, case
    // ignored, sorted by JID ignoring case): the result without shortcuts.
    QStringList plainProxyShows(const QString& text, Qt::SortOrder order = Qt::AscendingOrder) const;

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
    return jidsOf(*m_proxy);
}

QStringList TestUsersFilterProxy::jidsOf(const QAbstractItemModel& model)
{
    QStringList jids;
    for (int row = 0; row < model.rowCount(); ++row)
        jids.append(model.index(row, UsersModel::JidColumn).data().toString());
    return jids;
}

void TestUsersFilterProxy::fillMany(int count, bool sorted)
{
    QList<RegisteredUser> users;
    for (int i = 0; i < count; ++i)
        users.append({(i % 7 == 3 ? u"User%1@example.org"_s : u"user%1@example.org"_s).arg(i), {}, {}});
    const auto byJid = [](const RegisteredUser& a, const RegisteredUser& b) {
        return a.jid.compare(b.jid, Qt::CaseInsensitive) < 0;
    };
    if (sorted)
        std::sort(users.begin(), users.end(), byJid);
    else
        std::reverse(users.begin(), users.end()); // user0 … user9, user10 …: reversed, not ascending
    m_users->setUsers(users, {}, u"example.org"_s);
}

QStringList TestUsersFilterProxy::plainProxyShows(const QString& text, Qt::SortOrder order) const
{
    QSortFilterProxyModel plain;
    plain.setSourceModel(m_users.get());
    plain.setFilterCaseSensitivity(Qt::CaseInsensitive);
    plain.setSortCaseSensitivity(Qt::CaseInsensitive);
    plain.setFilterKeyColumn(UsersModel::JidColumn);
    plain.setFilterFixedString(text);
    plain.sort(UsersModel::JidColumn, order);
    return jidsOf(plain);
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

void TestUsersFilterProxy::textThatGrowsTestsOnlyPreviousMatches()
{
    fillMany(300, true);
    m_proxy->sort(UsersModel::JidColumn);
    QVERIFY(m_proxy->keepsSourceOrder());
    QCOMPARE(m_proxy->rowCount(), 300);
    // Typing "user12" one letter at a time (the case of a letter may change), then a text that
    // grows at the front ("2" → "12").
    const QStringList typed{u"u"_s, u"us"_s, u"USE"_s, u"user"_s, u"user1"_s, u"user12"_s};
    m_proxy->setText(typed.first());
    QCOMPARE(m_proxy->rowsTestedByLastText(), 300);
    for (qsizetype i = 1; i < typed.size(); ++i) {
        const int matchedBefore = m_proxy->rowCount();
        m_proxy->setText(typed.at(i));
        QCOMPARE(m_proxy->rowsTestedByLastText(), matchedBefore);
        QCOMPARE(shownJids(), plainProxyShows(typed.at(i)));
    }
    QCOMPARE(shownJids().size(), 11); // user12, user120 … user129
    m_proxy->setText(u"2"_s);
    m_proxy->setText(u"12"_s);
    QCOMPARE(m_proxy->rowsTestedByLastText(), plainProxyShows(u"2"_s).size());
    QCOMPARE(shownJids(), plainProxyShows(u"12"_s));
}

void TestUsersFilterProxy::otherTextTestsEveryRow()
{
    fillMany(300, true);
    m_proxy->sort(UsersModel::JidColumn);
    m_proxy->setText(u"user12"_s);
    QCOMPARE(shownJids(), plainProxyShows(u"user12"_s));
    // Erasing, replacing and clearing the text: rows that did not match may match now.
    // (Every row matched the empty text: "user29" after it tests them all.)
    for (const QString& text : {u"user1"_s, u"7"_s, u"user13"_s, QString(), u"user29"_s, u"ser2"_s}) {
        m_proxy->setText(text);
        QCOMPARE(m_proxy->rowsTestedByLastText(), 300);
        QCOMPARE(shownJids(), plainProxyShows(text));
    }
    // No row matches "q"; "qu" then tests none.
    m_proxy->setText(u"q"_s);
    m_proxy->setText(u"qu"_s);
    QCOMPARE(m_proxy->rowsTestedByLastText(), 0);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestUsersFilterProxy::growingTextKeepsTheOtherFilters()
{
    fillUsers(daysAgo(100));
    m_proxy->sort(UsersModel::JidColumn);
    m_proxy->setInactiveDays(3); // alice, Bob, carol
    m_proxy->setText(u"c"_s);
    QCOMPARE(shownJids(), (QStringList{u"alice@example.org"_s, u"carol@other.org"_s}));
    m_proxy->setText(u"ca"_s);
    QCOMPARE(m_proxy->rowsTestedByLastText(), 2);
    QCOMPARE(shownJids(), (QStringList{u"carol@other.org"_s}));
    // Another filter changed: the next keystroke starts from the rows it lets through.
    m_proxy->setText(u"e"_s);
    m_proxy->setInactiveDays(0);
    QCOMPARE(m_proxy->rowCount(), 5);
    m_proxy->setText(u"ex"_s);
    QCOMPARE(m_proxy->rowsTestedByLastText(), 5);
    QCOMPARE(shownJids(),
        (QStringList{u"admin@example.org"_s, u"alice@example.org"_s, u"Bob@example.org"_s, u"dave@example.org"_s}));
    m_users->setEnabled(u"alice@example.org"_s, false);
    m_users->setEnabled(u"Bob@example.org"_s, true);
    m_proxy->setEnabledFilter(UsersFilterProxy::EnabledFilter::Disabled);
    m_proxy->setText(u"exa"_s);
    QCOMPARE(m_proxy->rowsTestedByLastText(), 1);
    QCOMPARE(shownJids(), QStringList{u"alice@example.org"_s});

    // Measured from the clock, the inactivity changes between two keystrokes: every row is tested.
    m_proxy->setEnabledFilter(UsersFilterProxy::EnabledFilter::All);
    m_proxy->setReferenceTime({});
    m_proxy->setInactiveDays(3);
    m_proxy->setText(u"exam"_s);
    QCOMPARE(m_proxy->rowsTestedByLastText(), 5);
    QCOMPARE(shownJids(), (QStringList{u"alice@example.org"_s, u"Bob@example.org"_s}));
}

void TestUsersFilterProxy::sourceOrderKeptOnlyWhenItIsTheChosenOne()
{
    fillUsers(daysAgo(100)); // alice, Bob, carol, dave, admin: not in order
    m_proxy->sort(UsersModel::JidColumn);
    QVERIFY(!m_proxy->keepsSourceOrder());

    fillMany(300, true); // a new listing: the five are gone, the 300 in order, ignoring case
    QVERIFY(m_proxy->keepsSourceOrder());
    QCOMPARE(shownJids(), plainProxyShows({}));
    // Another order chosen, then JID ascending again.
    m_proxy->sort(UsersModel::JidColumn, Qt::DescendingOrder);
    QVERIFY(!m_proxy->keepsSourceOrder());
    QCOMPARE(shownJids(), plainProxyShows({}, Qt::DescendingOrder));
    m_proxy->sort(UsersModel::LastActivityColumn);
    QVERIFY(!m_proxy->keepsSourceOrder());
    m_proxy->setText(u"user2"_s);
    m_proxy->sort(UsersModel::JidColumn);
    QVERIFY(m_proxy->keepsSourceOrder());
    QCOMPARE(shownJids(), plainProxyShows(u"user2"_s));

    // The next page of the listing, still in order, appended.
    QList<RegisteredUser> more;
    for (const QString& jid : m_users->rows() | std::views::transform(&UserRow::jid))
        more.append({jid, {}, {}});
    more.append({u"zed@example.org"_s, {}, {}});
    more.append({u"Zelda2@example.org"_s, {}, {}});
    m_users->setUsers(more, {}, u"example.org"_s);
    QVERIFY(m_proxy->keepsSourceOrder());
    QCOMPARE(shownJids(), plainProxyShows(u"user2"_s));
    m_proxy->setText(u"2"_s);
    QCOMPARE(shownJids(), plainProxyShows(u"2"_s));
    QCOMPARE(shownJids().last(), u"Zelda2@example.org"_s);
}

void TestUsersFilterProxy::rowsArrivingUnsortedAreSorted()
{
    fillMany(300, false);
    m_proxy->sort(UsersModel::JidColumn);
    QVERIFY(!m_proxy->keepsSourceOrder());
    QCOMPARE(shownJids(), plainProxyShows({}));
    m_proxy->setText(u"user1"_s);
    m_proxy->setText(u"user13"_s);
    QCOMPARE(shownJids(), plainProxyShows(u"user13"_s));

    // In order except for equal JIDs (differing in case only): sorted as before, ties in model order.
    m_users->clear();
    m_proxy->setText({});
    m_users->setUsers(
        {{u"ann@x"_s, {}, {}}, {u"bob@x"_s, {}, {}}, {u"Bob@x"_s, {}, {}}, {u"cy@x"_s, {}, {}}}, {}, u"x"_s);
    QVERIFY(!m_proxy->keepsSourceOrder());
    QCOMPARE(shownJids(), (QStringList{u"ann@x"_s, u"bob@x"_s, u"Bob@x"_s, u"cy@x"_s}));
    QCOMPARE(shownJids(), plainProxyShows({}));

    // In order by character codes but not ignoring case ("B" < "a").
    m_users->clear();
    m_users->setUsers({{u"Bob@x"_s, {}, {}}, {u"ann@x"_s, {}, {}}}, {}, u"x"_s);
    QVERIFY(!m_proxy->keepsSourceOrder());
    QCOMPARE(shownJids(), (QStringList{u"ann@x"_s, u"Bob@x"_s}));
}

void TestUsersFilterProxy::rowChangesWhileFiltered()
{
    fillMany(300, true);
    m_proxy->sort(UsersModel::JidColumn);
    m_proxy->setText(u"user1"_s);
    m_proxy->setText(u"user12"_s);
    QCOMPARE(m_proxy->rowsTestedByLastText(), 111);

    // A user added at the end, out of order: shown in its place, and the model's order is no
    // longer used; the next keystroke tests every row, the new one too.
    m_users->addUser(u"user12b@example.org"_s);
    QVERIFY(!m_proxy->keepsSourceOrder());
    QCOMPARE(shownJids(), plainProxyShows(u"user12"_s));
    QCOMPARE(shownJids().last(), u"user12b@example.org"_s); // after user129: "b" > "9"
    m_proxy->setText(u"user12b"_s);
    QCOMPARE(m_proxy->rowsTestedByLastText(), 301);
    QCOMPARE(shownJids(), QStringList{u"user12b@example.org"_s});

    // Removed rows, shown and hidden, while the filter narrows.
    m_proxy->setText(u"user12"_s);
    m_users->removeUsers({u"user120@example.org"_s, u"user5@example.org"_s, u"user12b@example.org"_s});
    QCOMPARE(shownJids(), plainProxyShows(u"user12"_s));
    m_proxy->setText(u"user12@"_s);
    QCOMPARE(m_proxy->rowsTestedByLastText(), 298);
    QCOMPARE(shownJids(), QStringList{u"user12@example.org"_s});

    // A row changed in place (disabled) while hidden by the enabled filter, then the text grows.
    m_proxy->setText(u"user2"_s);
    m_proxy->setEnabledFilter(UsersFilterProxy::EnabledFilter::Disabled);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_users->setEnabled(u"user23@example.org"_s, false);
    QCOMPARE(shownJids(), QStringList{u"user23@example.org"_s});
    m_proxy->setText(u"user23"_s);
    QCOMPARE(m_proxy->rowsTestedByLastText(), 298);
    QCOMPARE(shownJids(), QStringList{u"user23@example.org"_s});

    // A refresh that changes only the last-activity column (the server's recording start): the next
    // keystroke tests every row again, and the model's order is still used.
    m_proxy->setText(u"user2"_s);
    QList<RegisteredUser> same;
    for (const UserRow& row : m_users->rows())
        same.append({row.jid, {}, {}, row.enabled >= 0 ? std::optional<bool>(row.enabled == 1) : std::nullopt});
    m_users->setUsers(same, {}, u"example.org"_s, {}, daysAgo(10));
    QVERIFY(m_proxy->keepsSourceOrder());
    m_proxy->setText(u"user23"_s);
    QCOMPARE(m_proxy->rowsTestedByLastText(), 298);
    QCOMPARE(shownJids(), QStringList{u"user23@example.org"_s});
}

QTEST_GUILESS_MAIN(TestUsersFilterProxy)
#include "TestUsersFilterProxy.moc"
