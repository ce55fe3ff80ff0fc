// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// GroupMembersModel: the members of one group, shown as JIDs, merged on reload, reset for another group.

#include "models/GroupMembersModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestGroupMembersModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void membersAreShownAsJids();
    void reloadIsIncremental();
    void anotherGroupIsANewDataSet();

private:
    GroupMembersModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestGroupMembersModel::init()
{
    m_model = new GroupMembersModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestGroupMembersModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestGroupMembersModel::membersAreShownAsJids()
{
    m_model->setMembers(u"team"_s, {u"alice"_s, u"bob@other.org"_s, u"alice"_s, QString()}, u"example.org"_s);
    QCOMPARE(m_model->groupId(), u"team"_s);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, GroupMembersModel::MemberColumn).data().toString(), u"alice@example.org"_s);
    QCOMPARE(m_model->index(0, 0).data(GroupMembersModel::UserRole).toString(), u"alice"_s);
    QCOMPARE(m_model->index(1, 0).data(GroupMembersModel::JidRole).toString(), u"bob@other.org"_s);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Member"_s);
}

void TestGroupMembersModel::reloadIsIncremental()
{
    m_model->setMembers(u"team"_s, {u"alice"_s, u"bob"_s}, u"example.org"_s);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->setMembers(u"team"_s, {u"bob"_s, u"carol"_s}, u"example.org"_s);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QVERIFY(m_model->containsKey(u"carol"_s));
}

void TestGroupMembersModel::anotherGroupIsANewDataSet()
{
    m_model->setMembers(u"team"_s, {u"alice"_s}, u"example.org"_s);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    m_model->setMembers(u"ops"_s, {u"alice"_s}, u"example.org"_s);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->groupId(), u"ops"_s);
    m_model->clearMembers();
    QVERIFY(m_model->groupId().isEmpty());
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestGroupMembersModel)
#include "TestGroupMembersModel.moc"
