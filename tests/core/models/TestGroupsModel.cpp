// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// GroupsModel: the server's group listing, or the groups known in this session; group id checks.

#include "models/GroupsModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestGroupsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listing();
    void listingRefreshIsIncremental();
    void knownGroupsKeepWhatIsKnown();
    void checkId_data();
    void checkId();

private:
    static GroupInfo group(const QString& id, const QString& name, int count = -1)
    {
        GroupInfo info;
        info.id = id;
        info.name = name;
        info.memberCount = count;
        return info;
    }

    GroupsModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestGroupsModel::init()
{
    m_model = new GroupsModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestGroupsModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestGroupsModel::listing()
{
    m_model->setGroups({group(u"team"_s, u"Team"_s, 3), group(u"ops"_s, u"Operations"_s, 0), group({}, u"x"_s),
        group(u"team"_s, u"Duplicate"_s, 9)});
    QCOMPARE(m_model->rowCount(), 2);
    const int team = m_model->rowOfKey(u"team"_s);
    QCOMPARE(m_model->index(team, GroupsModel::NameColumn).data().toString(), u"Team"_s);
    QCOMPARE(m_model->index(team, GroupsModel::IdColumn).data().toString(), u"team"_s);
    QCOMPARE(m_model->index(team, GroupsModel::MembersColumn).data().toInt(), 3);
    QCOMPARE(m_model->index(team, 0).data(GroupsModel::IdRole).toString(), u"team"_s);
    QCOMPARE(m_model->index(team, 0).data(GroupsModel::MemberCountRole).toInt(), 3);
    QCOMPARE(m_model->nameOf(u"ops"_s), u"Operations"_s);
    QCOMPARE(m_model->nameOf(u"missing"_s), u"missing"_s);
}

void TestGroupsModel::listingRefreshIsIncremental()
{
    m_model->setGroups({group(u"a"_s, u"A"_s, 1), group(u"b"_s, u"B"_s, 2)});
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->setGroups({group(u"a"_s, u"A"_s, 5)});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(0, GroupsModel::MembersColumn).data().toInt(), 5);
}

void TestGroupsModel::knownGroupsKeepWhatIsKnown()
{
    // A group known by id only: no name, no member count.
    m_model->upsertGroup(group(u"g1"_s, {}));
    QCOMPARE(m_model->index(0, GroupsModel::NameColumn).data().toString(), u"g1"_s);
    QCOMPARE(m_model->index(0, GroupsModel::MembersColumn).data().toString(), u"unknown"_s);
    QVERIFY(!m_model->index(0, GroupsModel::MembersColumn).data(Qt::ToolTipRole).toString().isEmpty());

    m_model->upsertGroup(group(u"g1"_s, u"Group one"_s, 2));
    m_model->upsertGroup(group(u"g1"_s, {}, -1)); // says nothing new: keeps name and count
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->nameOf(u"g1"_s), u"Group one"_s);
    QCOMPARE(m_model->index(0, 0).data(GroupsModel::MemberCountRole).toInt(), 2);

    m_model->removeGroup(u"g1"_s);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestGroupsModel::checkId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("plain") << u"team"_s << true << u"team"_s;
    QTest::newRow("generated") << u"x7Gk-2_a"_s << true << u"x7Gk-2_a"_s;
    QTest::newRow("trimmed") << u" team "_s << true << u"team"_s;
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("slash") << u"a/b"_s << false << QString();
    QTest::newRow("percent") << u"a%2Fb"_s << false << QString();
    QTest::newRow("space") << u"my team"_s << false << QString();
    QTest::newRow("dot") << u"."_s << false << QString();
    QTest::newRow("dot dot") << u".."_s << false << QString();
}

void TestGroupsModel::checkId()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    const GroupsModel::IdCheck check = GroupsModel::checkId(input);
    QCOMPARE(check.valid, valid);
    QCOMPARE(check.normalized, normalized);
    if (!valid)
        QVERIFY(!check.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestGroupsModel)
#include "TestGroupsModel.moc"
