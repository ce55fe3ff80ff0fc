// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// RostersPane against the sandbox: show a user's roster, add a contact (both rosters change, and the
// pane says so first), remove it again; bad input stays in the field with a message.

#include "AwaitReply.h"
#include "EmulatedPane.h"
#include "PaneHarness.h"
#include "models/RosterModel.h"
#include "rosters/RostersPane.h"
#include "widgets/InputHintLabel.h"
#include "widgets/MessageBox.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestRostersPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsADemoUsersRoster();
    void invalidUserIsExplainedAndKept();
    void addContactChangesBothRosters();
    void removeContactsAsksOnceAndChangesBothRosters();
    void declinedConfirmationChangesNothing();
    void publishedModuleRemovalSaysSoAndRemovesTheOtherSide();

private:
    void showUser(const QString& user);
    QStringList serverRoster(const QString& user);

    PaneHarness m_harness{this};
    ServerSession* m_session = nullptr;
    RostersPane* m_pane = nullptr;
    QStringList m_created;
};

void TestRostersPane::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.start({}, &error), qPrintable(error));
    m_session = new ServerSession(this);
    m_pane = new RostersPane(m_session);
    m_pane->resize(900, 600);
    m_pane->show();
    QVERIFY(m_harness.connectSession(m_session));
    for (const QString& stem : {u"ra"_s, u"rb"_s, u"rc"_s}) {
        const QString user = m_harness.server.uniqueUser(stem);
        const auto created = awaitReply(m_harness.client->createUser(user, u"Secret-pass-1"_s));
        QVERIFY2(created.ok(), created.describe());
        m_created << user;
    }
}

void TestRostersPane::cleanupTestCase()
{
    delete m_pane;
    for (const QString& user : std::as_const(m_created))
        awaitReply(m_harness.client->deleteUser(user));
}

void TestRostersPane::showUser(const QString& user)
{
    PaneHarness::child<QLineEdit>(m_pane, "userEdit")->setText(user);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "showButton"), Qt::LeftButton);
}

QStringList TestRostersPane::serverRoster(const QString& user)
{
    const auto roster = awaitReply(m_harness.client->roster(user));
    if (!roster.ok())
        qWarning() << roster.describe();
    QStringList jids;
    for (const RosterItem& item : roster.value)
        jids << item.jid;
    return jids;
}

void TestRostersPane::showsADemoUsersRoster()
{
    if (m_harness.server.isExternal())
        QSKIP("demo data only in the sandbox");
    const QString demo = m_harness.server.sandbox().users.value(1);
    QVERIFY(!demo.isEmpty());
    showUser(demo);
    QTRY_COMPARE(m_pane->model()->owner(), m_harness.bare(demo));
    const QStringList expected = serverRoster(demo);
    QVERIFY(!expected.isEmpty());
    QTRY_COMPARE(m_pane->model()->rowCount(), expected.size());
    auto* view = PaneHarness::child<QTableView>(m_pane, "rosterView");
    QCOMPARE(view->model()->rowCount(), int(expected.size()));
    for (const QString& jid : expected)
        QVERIFY2(PaneHarness::rowWithText(view, RosterModel::JidColumn, jid) >= 0, qPrintable(jid));
    QVERIFY(PaneHarness::child<QLabel>(m_pane, "sourceLabel")->text().contains(m_harness.bare(demo)));
    PaneHarness::screenshot(m_pane, u"rosters"_s);
}

void TestRostersPane::invalidUserIsExplainedAndKept()
{
    const QString owner = m_pane->model()->owner();
    auto* hint = PaneHarness::child<InputHintLabel>(m_pane, "userHint");
    showUser(u"not a user"_s);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->kind(), InputHintLabel::Kind::Error);
    QVERIFY2(hint->text().contains(u"spaces"_s), qPrintable(hint->text()));
    QCOMPARE(PaneHarness::child<QLineEdit>(m_pane, "userEdit")->text(), u"not a user"_s);
    QCOMPARE(m_pane->model()->owner(), owner);

    // a contact JID with two @ is refused before any question is asked
    showUser(m_created.at(0));
    QTRY_COMPARE(m_pane->model()->owner(), m_harness.bare(m_created.at(0)));
    const int asked = MessageBox::questionsAsked();
    PaneHarness::child<QLineEdit>(m_pane, "contactEdit")->setText(u"bob@@example.org"_s);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "addButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::questionsAsked(), asked);
    QVERIFY(PaneHarness::child<InputHintLabel>(m_pane, "contactHint")->isVisible());
    QCOMPARE(PaneHarness::child<QLineEdit>(m_pane, "contactEdit")->text(), u"bob@@example.org"_s);
    PaneHarness::child<QLineEdit>(m_pane, "contactEdit")->clear();
}

void TestRostersPane::addContactChangesBothRosters()
{
    const QString a = m_created.at(0);
    const QString b = m_created.at(1);
    showUser(a);
    QTRY_COMPARE(m_pane->model()->owner(), m_harness.bare(a));
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "addButton")->isEnabled());

    PaneHarness::child<QLineEdit>(m_pane, "contactEdit")
        ->setText(b); // a bare user name: completed with the host's domain
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "addButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(
                 m_harness.bare(a) + u" and "_s + m_harness.bare(b) + u" will be added to each other's rosters"_s),
        qPrintable(MessageBox::lastText()));

    QTRY_VERIFY(m_pane->model()->containsKey(m_harness.bare(b)));
    QTRY_VERIFY(PaneHarness::rowWithText(
                    PaneHarness::child<QTableView>(m_pane, "rosterView"), RosterModel::JidColumn, m_harness.bare(b))
        >= 0);
    QTRY_VERIFY2(
        m_pane->banner()->text().contains(u"are now in each other's rosters"_s), qPrintable(m_pane->banner()->text()));
    QCOMPARE(m_pane->banner()->type(), MessageBanner::Type::Success);
    QVERIFY(PaneHarness::child<QLineEdit>(m_pane, "contactEdit")->text().isEmpty());
    QVERIFY(serverRoster(a).contains(m_harness.bare(b)));
    QVERIFY(serverRoster(b).contains(m_harness.bare(a)));

    // and the other side, in the pane
    showUser(b);
    QTRY_COMPARE(m_pane->model()->owner(), m_harness.bare(b));
    QTRY_VERIFY(m_pane->model()->containsKey(m_harness.bare(a)));
    const int row = m_pane->model()->rowOfKey(m_harness.bare(a));
    QCOMPARE(m_pane->model()->index(row, RosterModel::SubscriptionColumn).data().toString(), u"both"_s);
}

void TestRostersPane::removeContactsAsksOnceAndChangesBothRosters()
{
    const QString a = m_created.at(0);
    const QString b = m_created.at(1);
    const QString c = m_created.at(2);
    // a gets a second contact, c; then both are removed from a's roster at once
    QVERIFY(awaitReply(m_harness.client->addRosterContact(a, m_harness.bare(c))).ok());
    showUser(a);
    QTRY_COMPARE(m_pane->model()->owner(), m_harness.bare(a));
    QTRY_COMPARE(m_pane->model()->rowCount(), 2);

    auto* view = PaneHarness::child<QTableView>(m_pane, "rosterView");
    QVERIFY(PaneHarness::selectRows(view, RosterModel::JidColumn, {m_harness.bare(b), m_harness.bare(c)}));
    QVERIFY(PaneHarness::child<QPushButton>(m_pane, "removeButton")->isEnabled());
    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "removeButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    QVERIFY2(MessageBox::lastText().contains(u"both rosters change"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(m_harness.bare(b)));
    QVERIFY(MessageBox::lastText().contains(m_harness.bare(c)));

    QTRY_COMPARE(m_pane->model()->rowCount(), 0);
    QTRY_VERIFY2(
        m_pane->banner()->text().contains(u"removed; both rosters changed"_s), qPrintable(m_pane->banner()->text()));
    QCOMPARE(m_pane->banner()->type(), MessageBanner::Type::Success);
    QVERIFY(serverRoster(a).isEmpty());
    QVERIFY(!serverRoster(b).contains(m_harness.bare(a)));
    QVERIFY(!serverRoster(c).contains(m_harness.bare(a)));
}

void TestRostersPane::declinedConfirmationChangesNothing()
{
    const QString a = m_created.at(0);
    const QString c = m_created.at(2);
    showUser(a);
    QTRY_COMPARE(m_pane->model()->owner(), m_harness.bare(a));
    PaneHarness::child<QLineEdit>(m_pane, "contactEdit")->setText(m_harness.bare(c));
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "addButton"), Qt::LeftButton);
    // what was typed stays, and nothing reaches the server
    QCOMPARE(PaneHarness::child<QLineEdit>(m_pane, "contactEdit")->text(), m_harness.bare(c));
    QVERIFY(serverRoster(a).isEmpty());
    QVERIFY(serverRoster(c).isEmpty());
}

void TestRostersPane::publishedModuleRemovalSaysSoAndRemovesTheOtherSide()
{
    // The published current module removes a contact from one roster only: the contact keeps the
    // owner with subscription "none". The pane says so before, and removes that entry too.
    EmulatedPane<RostersPane> emulated(this);
    if (!emulated.start(u"current"_s, 4, 0, {900, 600}))
        return;
    QVERIFY(emulated.connectSession());
    QVERIFY(!emulated.session.capabilities().rosterRemovalIsMutual);
    AdminRestClient* client = emulated.harness.client;
    const QStringList users = emulated.harness.server.sandbox().users;
    const QString a = users.at(0);
    const QString b = users.at(3);
    auto subscriptionOf = [client](const QString& owner, const QString& contact) {
        for (const RosterItem& item : awaitReply(client->roster(owner)).value) {
            if (item.jid == contact)
                return item.subscription;
        }
        return QString();
    };
    QVERIFY(awaitReply(client->addRosterContact(a, emulated.harness.bare(b))).ok());
    QCOMPARE(subscriptionOf(b, emulated.harness.bare(a)), u"both"_s);

    RostersPane* pane = emulated.pane.get();
    PaneHarness::child<QLineEdit>(pane, "userEdit")->setText(a);
    QTest::mouseClick(PaneHarness::child<QPushButton>(pane, "showButton"), Qt::LeftButton);
    QTRY_COMPARE(pane->model()->owner(), emulated.harness.bare(a));
    QTRY_VERIFY(pane->model()->containsKey(emulated.harness.bare(b)));
    auto* view = PaneHarness::child<QTableView>(pane, "rosterView");
    QVERIFY(PaneHarness::selectRows(view, RosterModel::JidColumn, {emulated.harness.bare(b)}));
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(PaneHarness::child<QPushButton>(pane, "removeButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"removes a contact from one roster only"_s),
        qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"subscription “none”"_s));
    QTRY_VERIFY2(
        pane->banner()->text().contains(u"removed; both rosters changed"_s), qPrintable(pane->banner()->text()));
    // Both sides are gone on the server: the second request removed b's "none" entry.
    QCOMPARE(subscriptionOf(a, emulated.harness.bare(b)), QString());
    QCOMPARE(subscriptionOf(b, emulated.harness.bare(a)), QString());
}

QTEST_MAIN(TestRostersPane)
#include "TestRostersPane.moc"
