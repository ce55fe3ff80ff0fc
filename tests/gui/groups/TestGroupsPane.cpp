// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// GroupsPane against the sandbox: the listing (our module), create a group, add a member and see it
// with its members, remove it, delete the group; a server that cannot list groups (published current)
// and one without groups (published classic) are shown as such.

#include "AwaitReply.h"
#include "EmulatedPane.h"
#include "PaneHarness.h"
#include "groups/GroupsPane.h"
#include "models/GroupMembersModel.h"
#include "models/GroupsModel.h"
#include "widgets/InputHintLabel.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestGroupsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsTheServersGroups();
    void invalidInputIsExplainedAndKept();
    void createAddMemberRemoveMemberDelete();
    void withoutListingShowsTheSessionsGroups();
    void withoutGroupSupportSaysSo();

private:
    static void selectGroup(QWidget* pane, const QString& id);

    PaneHarness m_harness{this};
    ServerSession* m_session = nullptr;
    GroupsPane* m_pane = nullptr;
    QStringList m_createdGroups;
};

void TestGroupsPane::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.start({}, &error), qPrintable(error));
    m_session = new ServerSession(this);
    m_pane = new GroupsPane(m_session);
    m_pane->resize(1000, 650);
    m_pane->show();
    QVERIFY(m_harness.connectSession(m_session));
}

void TestGroupsPane::cleanupTestCase()
{
    delete m_pane;
    for (const QString& id : std::as_const(m_createdGroups))
        awaitReply(m_harness.client->deleteGroup(id));
}

void TestGroupsPane::selectGroup(QWidget* pane, const QString& id)
{
    auto* view = PaneHarness::child<QTableView>(pane, "groupsView");
    QVERIFY(PaneHarness::selectRows(view, GroupsModel::IdColumn, {id}));
}

void TestGroupsPane::listsTheServersGroups()
{
    QVERIFY(m_session->capabilities().groupListing);
    const auto listed = awaitReply(m_harness.client->groups());
    QVERIFY2(listed.ok(), listed.describe());
    QTRY_COMPARE(m_pane->model()->rowCount(), listed.value.size());
    QVERIFY(!PaneHarness::child<QLabel>(m_pane, "availabilityLabel")->isVisible());
    QVERIFY(!PaneHarness::child<QWidget>(m_pane, "knownRow")->isVisible());
    if (listed.value.isEmpty())
        return;
    // selecting one shows its members
    const GroupInfo first = listed.value.first();
    selectGroup(m_pane, first.id);
    QTRY_COMPARE(m_pane->membersModel()->groupId(), first.id);
    QTRY_COMPARE(m_pane->membersModel()->rowCount(), first.memberCount);
    PaneHarness::screenshot(m_pane, u"groups"_s);
}

void TestGroupsPane::invalidInputIsExplainedAndKept()
{
    PaneHarness::child<QLineEdit>(m_pane, "nameEdit")->setText(u"Valid name"_s);
    PaneHarness::child<QLineEdit>(m_pane, "idEdit")->setText(u"a/b"_s);
    const int rows = m_pane->model()->rowCount();
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "createButton"), Qt::LeftButton);
    auto* hint = PaneHarness::child<InputHintLabel>(m_pane, "createHint");
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->kind(), InputHintLabel::Kind::Error);
    QCOMPARE(PaneHarness::child<QLineEdit>(m_pane, "idEdit")->text(), u"a/b"_s);
    QCOMPARE(PaneHarness::child<QLineEdit>(m_pane, "nameEdit")->text(), u"Valid name"_s);
    QCOMPARE(m_pane->model()->rowCount(), rows);

    PaneHarness::child<QLineEdit>(m_pane, "nameEdit")->setText(u"  "_s);
    PaneHarness::child<QLineEdit>(m_pane, "idEdit")->clear();
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "createButton"), Qt::LeftButton);
    QVERIFY(hint->text().contains(u"name"_s));
    PaneHarness::child<QLineEdit>(m_pane, "nameEdit")->clear();
}

void TestGroupsPane::createAddMemberRemoveMemberDelete()
{
    const QString id = m_harness.server.uniqueUser(u"grp"_s);
    const QString name = u"Test group "_s + id;
    m_createdGroups << id;

    // create
    PaneHarness::child<QLineEdit>(m_pane, "nameEdit")->setText(name);
    PaneHarness::child<QLineEdit>(m_pane, "idEdit")->setText(id);
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "createButton")->isEnabled());
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "createButton"), Qt::LeftButton);
    QTRY_VERIFY(m_pane->model()->containsKey(id));
    QCOMPARE(m_pane->model()->nameOf(id), name);
    QTRY_VERIFY2(m_pane->banner()->text().contains(u"created with the id"_s), qPrintable(m_pane->banner()->text()));
    QCOMPARE(m_pane->banner()->type(), MessageBanner::Type::Success);
    QVERIFY(PaneHarness::child<QLineEdit>(m_pane, "nameEdit")->text().isEmpty());
    const auto created = awaitReply(m_harness.client->group(id));
    QVERIFY2(created.ok(), created.describe());
    QCOMPARE(created.value.name, name);
    // the new group is selected, with its (empty) member list
    QTRY_COMPARE(m_pane->membersModel()->groupId(), id);
    QCOMPARE(m_pane->membersModel()->rowCount(), 0);

    // add a member: a user picked by name
    const QStringList users = m_harness.server.isExternal() ? QStringList{} : m_harness.server.sandbox().users;
    QString user = users.value(2);
    if (user.isEmpty()) {
        user = m_harness.server.uniqueUser(u"gm"_s);
        QVERIFY(awaitReply(m_harness.client->createUser(user, u"Secret-pass-1"_s)).ok());
    }
    PaneHarness::child<QLineEdit>(m_pane, "memberEdit")->setText(user);
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "addMemberButton")->isEnabled());
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "addMemberButton"), Qt::LeftButton);
    QTRY_VERIFY(m_pane->membersModel()->containsKey(user));
    auto* members = PaneHarness::child<QTableView>(m_pane, "membersView");
    QVERIFY(PaneHarness::rowWithText(members, GroupMembersModel::MemberColumn, m_harness.bare(user)) >= 0);
    // the list shows its member count
    auto* groups = PaneHarness::child<QTableView>(m_pane, "groupsView");
    const int row = PaneHarness::rowWithText(groups, GroupsModel::IdColumn, id);
    QVERIFY(row >= 0);
    QTRY_COMPARE(groups->model()->index(row, GroupsModel::MembersColumn).data().toInt(), 1);
    const auto withMember = awaitReply(m_harness.client->group(id));
    QVERIFY(withMember.ok());
    QCOMPARE(withMember.value.members, QStringList{user});
    PaneHarness::screenshot(m_pane, u"groups-member"_s);

    // a user of another host is refused before anything is sent
    PaneHarness::child<QLineEdit>(m_pane, "memberEdit")->setText(u"someone@elsewhere.example"_s);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "addMemberButton"), Qt::LeftButton);
    QVERIFY(PaneHarness::child<InputHintLabel>(m_pane, "memberHint")->isVisible());
    QCOMPARE(PaneHarness::child<QLineEdit>(m_pane, "memberEdit")->text(), u"someone@elsewhere.example"_s);
    PaneHarness::child<QLineEdit>(m_pane, "memberEdit")->clear();

    // remove the member
    QVERIFY(PaneHarness::selectRows(members, GroupMembersModel::MemberColumn, {m_harness.bare(user)}));
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "removeMemberButton")->isEnabled());
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "removeMemberButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(m_harness.bare(user)));
    QTRY_COMPARE(m_pane->membersModel()->rowCount(), 0);
    QVERIFY(awaitReply(m_harness.client->group(id)).value.members.isEmpty());

    // delete the group, after a confirmation naming it
    selectGroup(m_pane, id);
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "deleteButton")->isEnabled());
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "deleteButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(name));
    QTRY_VERIFY(!m_pane->model()->containsKey(id));
    const auto gone = awaitReply(m_harness.client->group(id));
    QVERIFY(gone.finished && !gone.ok());
    QCOMPARE(gone.error.kind, ApiError::Kind::NotFound);
    m_createdGroups.removeAll(id);
}

void TestGroupsPane::withoutListingShowsTheSessionsGroups()
{
    EmulatedPane<GroupsPane> current(this);
    if (!current.start(u"current"_s, 3, 0, {1000, 650}))
        return;
    GroupsPane& pane = *current.pane;
    QVERIFY(current.connectSession());
    QVERIFY(current.session.capabilities().groups);
    QVERIFY(!current.session.capabilities().groupListing);

    auto* label = PaneHarness::child<QLabel>(&pane, "availabilityLabel");
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(u"cannot list"_s), qPrintable(label->text()));
    QVERIFY(PaneHarness::child<QWidget>(&pane, "knownRow")->isVisible());
    QCOMPARE(pane.model()->rowCount(), 0);

    // a group created here is listed for the session
    PaneHarness::child<QLineEdit>(&pane, "nameEdit")->setText(u"Session group"_s);
    QTRY_VERIFY(PaneHarness::child<QPushButton>(&pane, "createButton")->isEnabled());
    QTest::mouseClick(PaneHarness::child<QPushButton>(&pane, "createButton"), Qt::LeftButton);
    QTRY_COMPARE(pane.model()->rowCount(), 1);
    const QString id = pane.model()->rowAt(0).id;
    QVERIFY(!id.isEmpty());
    QCOMPARE(pane.model()->nameOf(id), u"Session group"_s);
    QVERIFY(PaneHarness::child<QLabel>(&pane, "membersLabel")->text().contains(u"cannot list"_s));

    // a member can still be added
    const QString user = current.harness.server.sandbox().users.value(0);
    PaneHarness::child<QLineEdit>(&pane, "memberEdit")->setText(user);
    QTRY_VERIFY(PaneHarness::child<QPushButton>(&pane, "addMemberButton")->isEnabled());
    QTest::mouseClick(PaneHarness::child<QPushButton>(&pane, "addMemberButton"), Qt::LeftButton);
    QTRY_VERIFY2(pane.banner()->text().contains(u"added to the group"_s), qPrintable(pane.banner()->text()));
    QCOMPARE(pane.banner()->type(), MessageBanner::Type::Success);
    QVERIFY(PaneHarness::child<QLineEdit>(&pane, "memberEdit")->text().isEmpty());

    // a group known by id joins the list
    PaneHarness::child<QLineEdit>(&pane, "knownIdEdit")->setText(u"known-elsewhere"_s);
    QTest::mouseClick(PaneHarness::child<QPushButton>(&pane, "addKnownButton"), Qt::LeftButton);
    QTRY_COMPARE(pane.model()->rowCount(), 2);
    QVERIFY(pane.model()->containsKey(u"known-elsewhere"_s));
    PaneHarness::screenshot(&pane, u"groups-current"_s);

    // delete the created one
    selectGroup(&pane, id);
    QTRY_VERIFY(PaneHarness::child<QPushButton>(&pane, "deleteButton")->isEnabled());
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(PaneHarness::child<QPushButton>(&pane, "deleteButton"), Qt::LeftButton);
    QTRY_VERIFY(!pane.model()->containsKey(id));
}

void TestGroupsPane::withoutGroupSupportSaysSo()
{
    EmulatedPane<GroupsPane> classic(this);
    if (!classic.start(u"classic"_s, 3, 0, {1000, 650}))
        return;
    GroupsPane& pane = *classic.pane;
    QVERIFY(classic.connectSession());
    QVERIFY(!classic.session.capabilities().groups);
    auto* label = PaneHarness::child<QLabel>(&pane, "availabilityLabel");
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), u"This server has no group support (mod_groups_internal is not loaded)"_s);
    QVERIFY(!PaneHarness::child<QSplitter>(&pane, "splitter")->isEnabled());
    QVERIFY(!PaneHarness::child<QPushButton>(&pane, "createButton")->isEnabled());
    // not an error
    QVERIFY(!pane.banner()->isVisible() || pane.banner()->type() != MessageBanner::Type::Error);
    PaneHarness::screenshot(&pane, u"groups-none"_s);
}

QTEST_MAIN(TestGroupsPane)
#include "TestGroupsPane.moc"
