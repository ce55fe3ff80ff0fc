// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// UsersPane against the sandbox (or the external server of ADMIN_REST_URL …), driven through its
// widgets: add a user through the dialog, adding an existing user asks first, delete with a
// confirmation naming the count, change a password and log in with it over XMPP, roles, vCards,
// the selected user's real sessions, read-only connections, filtering and refresh.

#include "AwaitReply.h"
#include "EmulatedPane.h"
#include "PaneHarness.h"
#include "XmppBot.h"
#include "models/SessionsModel.h"
#include "models/UsersModel.h"
#include "users/AddUserDialog.h"
#include "users/ChangePasswordDialog.h"
#include "users/ChangeRoleDialog.h"
#include "users/UsersPane.h"
#include "users/VcardDialog.h"
#include "widgets/InputHintLabel.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestUsersPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void listsRegisteredUsersWithTheBotsOnline();
    void addUserThroughTheDialog();
    void badInputIsExplainedAndKept();
    void generatedPasswordIsShownOnce();
    void addingAnExistingUserAsksFirst();
    void deleteManyNamesTheCount();
    void cancelledDeleteKeepsTheUsers();
    void deletingAnAccountAlreadyGoneSaysSo();
    void changePasswordAndLogInWithIt();
    void changePasswordRefusesEmptyAndWarnsAboutSpaces();
    void sessionsPanelShowsABotsRealResource();
    void changeRole();
    void editVcard();
    void readOnlyDisablesEveryWrite();
    void filterAsYouTypeAndRefreshKeepsSelection();
    void keyboardShortcuts();
    void classicServerListsConnectedUsersOnly();
    void inactiveAccountsFilterAndDeletePreview();

private:
    // Creates a user through the harness's own client (not the pane) and lists it in the pane.
    QString createUser(const QString& stem, const QString& password = u"Old-pass-1"_s);
    bool serverHasUser(const QString& user);
    bool selectUsers(const QStringList& jids);
    void fillPassword(QWidget* dialog, const QString& password, const QString& confirm);
    void clickOk(QWidget* dialog);
    bool canLogIn(const QString& user, const QString& password);

    PaneHarness m_harness{this};
    ServerSession* m_session = nullptr;
    UsersPane* m_pane = nullptr;
    QStringList m_created; // localparts, removed at the end
    QList<RequestRecord> m_requests; // every request of the pane's session
};

void TestUsersPane::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.start({}, &error), qPrintable(error));
    m_session = new ServerSession(this);
    connect(m_session, &ServerSession::requestFinished, this,
        [this](const RequestRecord& record) { m_requests.append(record); });
    m_pane = new UsersPane(m_session);
    m_pane->resize(900, 650);
    m_pane->show();
    QVERIFY(m_harness.connectSession(m_session));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowCount() > 0, 20000);
}

void TestUsersPane::cleanupTestCase()
{
    delete m_pane;
    for (const QString& user : std::as_const(m_created))
        awaitReply(m_harness.client->deleteUser(user));
}

void TestUsersPane::init()
{
    m_session->setReadOnly(false);
    m_pane->banner()->hide();
    PaneHarness::child<QLineEdit>(m_pane, "filterEdit")->clear();
}

QString TestUsersPane::createUser(const QString& stem, const QString& password)
{
    const QString user = m_harness.server.uniqueUser(stem);
    m_created << user;
    const auto created = awaitReply(m_harness.client->createUser(user, password));
    if (!created.ok())
        qWarning() << "could not create" << user << created.describe();
    m_pane->refresh();
    return user;
}

bool TestUsersPane::serverHasUser(const QString& user)
{
    return awaitReply(m_harness.client->user(user)).ok();
}

bool TestUsersPane::selectUsers(const QStringList& jids)
{
    auto* view = PaneHarness::child<QTableView>(m_pane, "usersView");
    if (!QTest::qWaitFor([&] {
            for (const QString& jid : jids) {
                if (PaneHarness::rowWithText(view, UsersModel::JidColumn, jid) < 0)
                    return false;
            }
            return true;
        }))
        return false;
    return PaneHarness::selectRows(view, UsersModel::JidColumn, jids);
}

void TestUsersPane::fillPassword(QWidget* dialog, const QString& password, const QString& confirm)
{
    auto* edit = PaneHarness::child<QLineEdit>(dialog, "passwordEdit");
    auto* repeat = PaneHarness::child<QLineEdit>(dialog, "confirmEdit");
    edit->clear();
    repeat->clear();
    QTest::keyClicks(edit, password);
    QTest::keyClicks(repeat, confirm);
}

void TestUsersPane::clickOk(QWidget* dialog)
{
    auto* box = PaneHarness::child<QDialogButtonBox>(dialog, "buttonBox");
    QPushButton* ok = box->button(QDialogButtonBox::Ok);
    if (!ok)
        ok = box->button(QDialogButtonBox::Save);
    QVERIFY(ok);
    QVERIFY(QTest::qWaitFor([ok] { return ok->isEnabled(); }));
    QTest::mouseClick(ok, Qt::LeftButton);
}

bool TestUsersPane::canLogIn(const QString& user, const QString& password)
{
    XmppBot bot;
    bot.start(m_harness.bare(user), password, m_harness.server.c2sHost(), m_harness.server.c2sPort(), u"check"_s);
    const bool online = bot.waitOnline(30000);
    bot.stop();
    return online;
}

void TestUsersPane::listsRegisteredUsersWithTheBotsOnline()
{
    const Capabilities& caps = m_session->capabilities();
    QVERIFY(caps.canListRegisteredUsers());
    auto* label = PaneHarness::child<QLabel>(m_pane, "sourceLabel");
    QVERIFY2(label->text().contains(u"registered"_s), qPrintable(label->text()));
    if (!m_harness.server.isExternal()) {
        QVERIFY(m_pane->model()->rowCount() >= m_harness.server.sandbox().users.size());
        for (const QString& full : m_harness.server.sandbox().botJids) {
            const QString bare = full.section(QLatin1Char('/'), 0, 0);
            QTRY_VERIFY(m_pane->model()->rowOfKey(bare) >= 0);
            const int row = m_pane->model()->rowOfKey(bare);
            QVERIFY2(m_pane->model()->rowAt(row).sessions >= 1, qPrintable(bare));
        }
    }
    PaneHarness::screenshot(m_pane, u"users"_s);
}

void TestUsersPane::addUserThroughTheDialog()
{
    const QString user = m_harness.server.uniqueUser(u"added"_s);
    m_created << user;
    const QString jid = m_harness.bare(user);
    QVERIFY(m_pane->addUserAction()->isEnabled());
    QTest::mouseClick(PaneHarness::child<QToolButton>(m_pane, "addButton"), Qt::LeftButton);
    auto* dialog = m_pane->findChild<AddUserDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(PaneHarness::child<QLineEdit>(dialog, "userEdit"), user);
    fillPassword(dialog, u"First-pass-1"_s, u"First-pass-1"_s);
    QTest::keyClicks(PaneHarness::child<QLineEdit>(dialog, "regIpEdit"), u"192.0.2.44"_s);
    PaneHarness::screenshot(dialog, u"users-add-dialog"_s);
    const QPointer<AddUserDialog> guard(dialog);
    clickOk(dialog);

    QTRY_VERIFY_WITH_TIMEOUT(!guard, 15000);
    QTRY_VERIFY(m_pane->model()->rowOfKey(jid) >= 0);
    QVERIFY(m_pane->selectedJids() == QStringList{jid});
    QCOMPARE(m_pane->banner()->type(), MessageBanner::Type::Success);
    QVERIFY2(m_pane->banner()->text().contains(jid), qPrintable(m_pane->banner()->text()));
    QVERIFY(serverHasUser(user));
    // It was looked up before it was created.
    bool looked = false;
    for (const RequestRecord& record : std::as_const(m_requests)) {
        if (record.method == "GET" && record.path.endsWith(u"/user/"_s + user))
            looked = true;
        if (record.method == "POST" && record.path.endsWith(u"/user/"_s + user))
            QVERIFY2(looked, "created without checking first");
    }
    QVERIFY(looked);
}

void TestUsersPane::badInputIsExplainedAndKept()
{
    QTest::mouseClick(PaneHarness::child<QToolButton>(m_pane, "addButton"), Qt::LeftButton);
    auto* dialog = m_pane->findChild<AddUserDialog*>();
    QVERIFY(dialog);
    const int before = int(m_requests.size());

    auto* userEdit = PaneHarness::child<QLineEdit>(dialog, "userEdit");
    auto* userHint = PaneHarness::child<InputHintLabel>(dialog, "userHint");
    for (const QString& bad : {u"bad name"_s, u"a/b"_s, u"x:y"_s, u"   "_s}) {
        userEdit->setText(bad);
        fillPassword(dialog, u"Pass-word-1"_s, u"Pass-word-1"_s);
        clickOk(dialog);
        QVERIFY2(userHint->isVisible() && userHint->kind() == InputHintLabel::Kind::Error, qPrintable(bad));
        QCOMPARE(userEdit->text(), bad);
        QVERIFY(dialog->isVisible());
    }

    // Passwords that differ, then an empty one.
    const QString user = m_harness.server.uniqueUser(u"neveradded"_s);
    userEdit->setText(user);
    fillPassword(dialog, u"one-Pass-1"_s, u"another-Pass-1"_s);
    clickOk(dialog);
    auto* passwordHint = PaneHarness::child<InputHintLabel>(dialog, "passwordHint");
    QVERIFY(passwordHint->isVisible() && passwordHint->kind() == InputHintLabel::Kind::Error);
    QVERIFY2(passwordHint->text().contains(u"differ"_s), qPrintable(passwordHint->text()));
    QCOMPARE(PaneHarness::child<QLineEdit>(dialog, "passwordEdit")->text(), u"one-Pass-1"_s);
    fillPassword(dialog, {}, {});
    clickOk(dialog);
    QVERIFY(passwordHint->isVisible() && passwordHint->kind() == InputHintLabel::Kind::Error);

    // An address that is not one.
    fillPassword(dialog, u"one-Pass-1"_s, u"one-Pass-1"_s);
    PaneHarness::child<QLineEdit>(dialog, "regIpEdit")->setText(u"not.an.address"_s);
    clickOk(dialog);
    auto* ipHint = PaneHarness::child<InputHintLabel>(dialog, "regIpHint");
    QVERIFY(ipHint->isVisible() && ipHint->kind() == InputHintLabel::Kind::Error);
    QCOMPARE(userEdit->text(), user);
    QCOMPARE(PaneHarness::child<QLineEdit>(dialog, "regIpEdit")->text(), u"not.an.address"_s);

    // Nothing of it reached the server.
    QCOMPARE(int(m_requests.size()), before);
    QVERIFY(!serverHasUser(user));
    PaneHarness::screenshot(dialog, u"users-add-dialog-errors"_s);
    dialog->reject();
}

void TestUsersPane::generatedPasswordIsShownOnce()
{
    QTest::mouseClick(PaneHarness::child<QToolButton>(m_pane, "addButton"), Qt::LeftButton);
    auto* dialog = m_pane->findChild<AddUserDialog*>();
    QVERIFY(dialog);
    auto* generated = PaneHarness::child<QLineEdit>(dialog, "generatedEdit");
    QVERIFY(!generated->isVisible());
    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "generateButton"), Qt::LeftButton);
    QVERIFY(generated->isVisible());
    const QString password = generated->text();
    QVERIFY(password.size() >= 16);
    QCOMPARE(PaneHarness::child<QLineEdit>(dialog, "passwordEdit")->text(), password);
    QCOMPARE(PaneHarness::child<QLineEdit>(dialog, "confirmEdit")->text(), password);
    QCOMPARE(PaneHarness::child<QLineEdit>(dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
    PaneHarness::screenshot(dialog, u"users-add-dialog-generated"_s);
    // Typing over it hides it: the shown password would no longer be the one sent.
    QTest::keyClick(PaneHarness::child<QLineEdit>(dialog, "passwordEdit"), Qt::Key_Backspace);
    QVERIFY(!generated->isVisible());
    QVERIFY(generated->text().isEmpty());
    dialog->reject();
}

void TestUsersPane::addingAnExistingUserAsksFirst()
{
    const QString user = createUser(u"exists"_s, u"Original-pass-1"_s);
    QTest::mouseClick(PaneHarness::child<QToolButton>(m_pane, "addButton"), Qt::LeftButton);
    QPointer<AddUserDialog> dialog = m_pane->findChild<AddUserDialog*>();
    QVERIFY(dialog);
    QTest::keyClicks(PaneHarness::child<QLineEdit>(dialog, "userEdit"), user);
    fillPassword(dialog, u"Replaced-pass-1"_s, u"Replaced-pass-1"_s);

    // Declined: nothing is sent, the dialog stays with what was typed.
    int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(false);
    clickOk(dialog);
    QTRY_COMPARE(MessageBox::questionsAsked(), asked + 1);
    QVERIFY2(MessageBox::lastText().contains(m_harness.bare(user)), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"already exists"_s));
    QVERIFY(dialog);
    QCOMPARE(PaneHarness::child<QLineEdit>(dialog, "userEdit")->text(), user);
    QCOMPARE(PaneHarness::child<QLineEdit>(dialog, "passwordEdit")->text(), u"Replaced-pass-1"_s);
    for (const RequestRecord& record : std::as_const(m_requests))
        QVERIFY(!(record.method == "POST" && record.path.endsWith(u"/user/"_s + user)));

    // Accepted: the password is replaced.
    asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(true);
    clickOk(dialog);
    QTRY_COMPARE(MessageBox::questionsAsked(), asked + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    QVERIFY2(m_pane->banner()->text().contains(u"replaced"_s), qPrintable(m_pane->banner()->text()));
    QVERIFY(canLogIn(user, u"Replaced-pass-1"_s));
}

void TestUsersPane::deleteManyNamesTheCount()
{
    QStringList users;
    for (int i = 0; i < 3; ++i)
        users << createUser(u"del"_s);
    QStringList jids;
    for (const QString& user : users)
        jids << m_harness.bare(user);
    QVERIFY(selectUsers(jids));
    QVERIFY(m_pane->deleteUsersAction()->isEnabled());

    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(PaneHarness::child<QToolButton>(m_pane, "deleteButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.startsWith(u"Delete 3 user"_s), qPrintable(text));
    for (const QString& jid : std::as_const(jids))
        QVERIFY2(text.contains(jid), qPrintable(text));

    for (const QString& jid : std::as_const(jids))
        QTRY_COMPARE(m_pane->model()->rowOfKey(jid), -1);
    QTRY_COMPARE(m_pane->banner()->type(), MessageBanner::Type::Success);
    QVERIFY2(m_pane->banner()->text().contains(u"3"_s), qPrintable(m_pane->banner()->text()));
    for (const QString& user : std::as_const(users))
        QVERIFY(!serverHasUser(user));
    // Still gone after the refresh that follows.
    QTRY_VERIFY(m_pane->deleteUsersAction()->isEnabled() || m_pane->selectedJids().isEmpty());
    QSignalSpy refreshed(m_session, &ServerSession::refreshed);
    m_pane->refresh();
    QVERIFY(refreshed.wait(20000));
    for (const QString& jid : std::as_const(jids))
        QCOMPARE(m_pane->model()->rowOfKey(jid), -1);
}

void TestUsersPane::cancelledDeleteKeepsTheUsers()
{
    const QString user = createUser(u"kept"_s);
    const QString jid = m_harness.bare(user);
    QVERIFY(selectUsers({jid}));
    MessageBox::setNextAnswer(false);
    m_pane->deleteUsersAction()->trigger();
    QVERIFY2(MessageBox::lastText().startsWith(u"Delete 1 user"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(serverHasUser(user));
    QVERIFY(m_pane->model()->rowOfKey(jid) >= 0);
}

void TestUsersPane::deletingAnAccountAlreadyGoneSaysSo()
{
    const QString user = createUser(u"gone"_s);
    const QString jid = m_harness.bare(user);
    QVERIFY(selectUsers({jid}));
    // Deleted elsewhere meanwhile: the server answers "User does not exist".
    QVERIFY(awaitReply(m_harness.client->deleteUser(user)).ok());
    MessageBox::setNextAnswer(true);
    m_pane->deleteUsersAction()->trigger();
    QTRY_VERIFY2(m_pane->banner()->text().contains(u"already gone"_s), qPrintable(m_pane->banner()->text()));
    QCOMPARE(m_pane->banner()->type(), MessageBanner::Type::Success);
    QVERIFY2(m_pane->banner()->text().contains(jid), qPrintable(m_pane->banner()->text()));
    QVERIFY2(!m_pane->banner()->text().contains(u"Deleted"_s), qPrintable(m_pane->banner()->text()));
    QTRY_COMPARE(m_pane->model()->rowOfKey(jid), -1);
}

void TestUsersPane::changePasswordAndLogInWithIt()
{
    const QString user = createUser(u"pw"_s, u"Before-pass-1"_s);
    QVERIFY(selectUsers({m_harness.bare(user)}));
    QVERIFY(m_pane->changePasswordAction()->isEnabled());
    QTest::mouseClick(PaneHarness::child<QToolButton>(m_pane, "passwordButton"), Qt::LeftButton);
    QPointer<ChangePasswordDialog> dialog = m_pane->findChild<ChangePasswordDialog*>();
    QVERIFY(dialog);
    fillPassword(dialog, u"After-pass-2"_s, u"After-pass-2"_s);
    PaneHarness::screenshot(dialog, u"users-password-dialog"_s);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    QCOMPARE(m_pane->banner()->type(), MessageBanner::Type::Success);

    QVERIFY2(canLogIn(user, u"After-pass-2"_s), "the new password does not log in");
    QVERIFY2(!canLogIn(user, u"Before-pass-1"_s), "the old password still logs in");
}

void TestUsersPane::changePasswordRefusesEmptyAndWarnsAboutSpaces()
{
    const QString user = createUser(u"spaces"_s, u"Before-pass-1"_s);
    QVERIFY(selectUsers({m_harness.bare(user)}));
    m_pane->changePasswordAction()->trigger();
    QPointer<ChangePasswordDialog> dialog = m_pane->findChild<ChangePasswordDialog*>();
    QVERIFY(dialog);
    auto* hint = PaneHarness::child<InputHintLabel>(dialog, "passwordHint");
    const int before = int(m_requests.size());

    clickOk(dialog);
    QVERIFY(hint->isVisible() && hint->kind() == InputHintLabel::Kind::Error);
    QVERIFY(dialog);

    fillPassword(dialog, u" spaced-pass "_s, u" spaced-pass "_s);
    QVERIFY2(hint->isVisible() && hint->text().contains(u"space"_s), "no warning while typing");
    clickOk(dialog);
    QVERIFY(hint->kind() == InputHintLabel::Kind::Error && hint->text().contains(u"again"_s));
    QCOMPARE(int(m_requests.size()), before);
    QVERIFY(dialog);
    // Submitted again: taken as typed.
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    QVERIFY(canLogIn(user, u" spaced-pass "_s));
}

void TestUsersPane::sessionsPanelShowsABotsRealResource()
{
    if (m_harness.server.sandbox().botJids.isEmpty())
        QSKIP("no bots on this server");
    const QString full = m_harness.server.sandbox().botJids.first();
    const QString bare = full.section(QLatin1Char('/'), 0, 0);
    const QString resource = full.section(QLatin1Char('/'), 1);
    QVERIFY(selectUsers({bare}));
    auto* sessions = PaneHarness::child<QTableView>(m_pane, "sessionsView");
    QTRY_VERIFY(PaneHarness::rowWithText(sessions, SessionsModel::ResourceColumn, resource) >= 0);
    const int row = PaneHarness::rowWithText(sessions, SessionsModel::ResourceColumn, resource);
    QVERIFY(!sessions->model()->index(row, SessionsModel::IdColumn).data().toString().isEmpty());
    QVERIFY(PaneHarness::child<QWidget>(m_pane, "sessionsBox")->property("title").toString().contains(bare));
    PaneHarness::screenshot(m_pane, u"users-sessions"_s);

    // The user of a second session appears too.
    XmppBot second;
    const QString user = createUser(u"twice"_s, u"Twice-pass-1"_s);
    second.start(m_harness.bare(user), u"Twice-pass-1"_s, m_harness.server.c2sHost(), m_harness.server.c2sPort(),
        u"second-res"_s);
    QVERIFY(second.waitOnline());
    QVERIFY(selectUsers({m_harness.bare(user)}));
    QTRY_VERIFY(PaneHarness::rowWithText(sessions, SessionsModel::ResourceColumn, u"second-res"_s) >= 0);
    second.stop();
}

void TestUsersPane::changeRole()
{
    const QString user = createUser(u"role"_s);
    const QString jid = m_harness.bare(user);
    QVERIFY(selectUsers({jid}));
    if (!m_session->capabilities().roles) {
        QVERIFY(!m_pane->changeRoleAction()->isEnabled());
        QVERIFY(m_pane->changeRoleAction()->toolTip().contains(u"cannot change roles"_s));
        return;
    }
    QVERIFY(m_pane->changeRoleAction()->isEnabled());
    QTest::mouseClick(PaneHarness::child<QToolButton>(m_pane, "roleButton"), Qt::LeftButton);
    QPointer<ChangeRoleDialog> dialog = m_pane->findChild<ChangeRoleDialog*>();
    QVERIFY(dialog);
    auto* combo = PaneHarness::child<QComboBox>(dialog, "roleCombo");
    // Only the roles this server lists, and nothing else can be typed.
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        offered << combo->itemText(i);
    QVERIFY(m_session->capabilities().rolesListedByServer);
    QCOMPARE(offered, m_session->capabilities().availableRoles);
    QVERIFY(!combo->isEditable());
    QCOMPARE(combo->currentText(), u"prosody:user"_s);
    combo->setCurrentText(u"prosody:admin"_s);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    QTRY_COMPARE(m_pane->model()->roleOf(m_pane->model()->rowOfKey(jid)), u"prosody:admin"_s);

    // The server says so too (after the pane's own refresh, and in a listing of our own).
    const auto page = awaitReply(m_harness.client->registeredUsers(0, 100000));
    QVERIFY2(page.ok(), page.describe());
    bool found = false;
    for (const RegisteredUser& listed : page.value.users) {
        if (listed.jid == jid) {
            found = true;
            QCOMPARE(listed.role, u"prosody:admin"_s);
        }
    }
    QVERIFY(found);
    awaitReply(m_harness.client->setRole(user, u"prosody:user"_s));
}

void TestUsersPane::editVcard()
{
    const QString user = createUser(u"vcard"_s);
    QVERIFY(selectUsers({m_harness.bare(user)}));
    if (!m_session->capabilities().vcards) {
        QVERIFY(!m_pane->editVcardAction()->isEnabled());
        return;
    }
    QTest::mouseClick(PaneHarness::child<QToolButton>(m_pane, "vcardButton"), Qt::LeftButton);
    QPointer<VcardDialog> dialog = m_pane->findChild<VcardDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    auto* edit = PaneHarness::child<QPlainTextEdit>(dialog, "vcardEdit");
    QVERIFY(edit->toPlainText().isEmpty());
    const QString vcard = u"BEGIN:VCARD\nVERSION:4.0\nFN:Vera Card\nEMAIL:vera@example.org\nEND:VCARD"_s;
    edit->setPlainText(vcard);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    const auto stored = awaitReply(m_harness.client->vcard(user));
    QVERIFY2(stored.ok(), stored.describe());
    QCOMPARE(stored.value.trimmed(), vcard);

    // Opened again, it shows what is stored; a read-only connection can look but not save.
    m_session->setReadOnly(true);
    QVERIFY(m_pane->editVcardAction()->isEnabled());
    m_pane->editVcardAction()->trigger();
    dialog = m_pane->findChild<VcardDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    QCOMPARE(PaneHarness::child<QPlainTextEdit>(dialog, "vcardEdit")->toPlainText().trimmed(), vcard);
    PaneHarness::screenshot(dialog, u"users-vcard-dialog"_s);
    QVERIFY(!PaneHarness::child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save)->isEnabled());
    dialog->reject();
    m_session->setReadOnly(false);
}

void TestUsersPane::readOnlyDisablesEveryWrite()
{
    QVERIFY(selectUsers({m_harness.bare(m_harness.server.sandbox().users.value(0, u"admin"_s))}));
    QVERIFY(m_pane->addUserAction()->isEnabled());
    m_session->setReadOnly(true);
    for (QAction* action : {m_pane->addUserAction(), m_pane->deleteUsersAction(), m_pane->changePasswordAction(),
             m_pane->changeRoleAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY2(action->toolTip().contains(u"read-only"_s) || !m_session->capabilities().roles,
            qPrintable(action->toolTip()));
    }
    // The shortcut does nothing either.
    const int asked = MessageBox::questionsAsked();
    m_pane->deleteUsersAction()->trigger();
    QCOMPARE(MessageBox::questionsAsked(), asked);
    QVERIFY(!m_pane->findChild<AddUserDialog*>());
    m_session->setReadOnly(false);
    QVERIFY(m_pane->addUserAction()->isEnabled());
    QVERIFY(m_pane->deleteUsersAction()->isEnabled());
}

void TestUsersPane::filterAsYouTypeAndRefreshKeepsSelection()
{
    const QString user = createUser(u"filtered"_s);
    const QString jid = m_harness.bare(user);
    auto* view = PaneHarness::child<QTableView>(m_pane, "usersView");
    QVERIFY(selectUsers({jid}));
    QTest::keyClicks(PaneHarness::child<QLineEdit>(m_pane, "filterEdit"), user.toUpper());
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, UsersModel::JidColumn).data().toString(), jid);
    PaneHarness::child<QLineEdit>(m_pane, "filterEdit")->clear();
    QVERIFY(view->model()->rowCount() > 1);

    QCOMPARE(m_pane->selectedJids(), QStringList{jid});
    QSignalSpy reset(m_pane->model(), &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(m_session, &ServerSession::refreshed);
    m_pane->refresh();
    QVERIFY(refreshed.wait(15000));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_pane->selectedJids(), QStringList{jid});
}

void TestUsersPane::keyboardShortcuts()
{
    m_pane->activateWindow();
    if (!QTest::qWaitForWindowActive(m_pane))
        QSKIP("the platform cannot activate windows");
    auto* view = PaneHarness::child<QTableView>(m_pane, "usersView");
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert);
    QPointer<AddUserDialog> dialog = m_pane->findChild<AddUserDialog*>();
    QVERIFY2(dialog, "Insert did not open the add dialog");
    dialog->reject();
    QTRY_VERIFY(!dialog);
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    dialog = m_pane->findChild<AddUserDialog*>();
    QVERIFY2(dialog, "Ctrl+N did not open the add dialog");
    dialog->reject();
    QTRY_VERIFY(!dialog);

    const QString user = createUser(u"key"_s);
    QVERIFY(selectUsers({m_harness.bare(user)}));
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane));
    view->setFocus();
    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(false);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    QVERIFY(MessageBox::lastText().contains(m_harness.bare(user)));
}

void TestUsersPane::classicServerListsConnectedUsersOnly()
{
    EmulatedPane<UsersPane> classic(this);
    if (!classic.start(u"classic"_s, 4, 2, {900, 500}))
        return;
    UsersPane& pane = *classic.pane;
    QVERIFY(classic.connectSession());
    QVERIFY(!classic.session.capabilities().canListRegisteredUsers());
    QTRY_COMPARE(pane.model()->rowCount(), 2);
    for (const QString& full : classic.harness.server.sandbox().botJids)
        QVERIFY(pane.model()->rowOfKey(full.section(QLatin1Char('/'), 0, 0)) >= 0);
    auto* label = PaneHarness::child<QLabel>(&pane, "sourceLabel");
    QVERIFY2(label->text().contains(u"cannot list registered users"_s), qPrintable(label->text()));
    // Missing features are unavailable, not errors.
    QVERIFY(!pane.banner()->isVisible() || pane.banner()->type() != MessageBanner::Type::Error);
    auto* view = PaneHarness::child<QTableView>(&pane, "usersView");
    view->selectRow(0);
    QVERIFY(pane.changePasswordAction()->isEnabled());
    QVERIFY(!pane.changeRoleAction()->isEnabled());
    QVERIFY2(pane.changeRoleAction()->toolTip().contains(u"cannot change roles"_s),
        qPrintable(pane.changeRoleAction()->toolTip()));
    QVERIFY(!pane.editVcardAction()->isEnabled());
    QVERIFY2(pane.editVcardAction()->toolTip().contains(u"cannot show vCards"_s),
        qPrintable(pane.editVcardAction()->toolTip()));
    QTRY_VERIFY(PaneHarness::child<QTableView>(&pane, "sessionsView")->model()->rowCount() == 1);
    PaneHarness::screenshot(&pane, u"users-classic"_s);
}

void TestUsersPane::inactiveAccountsFilterAndDeletePreview()
{
    if (!m_session->capabilities().lastActivity)
        QSKIP("This server does not report last activity (our module's extension).");
    if (m_harness.server.isExternal())
        QSKIP("Deletes the inactive accounts it finds: only on the sandbox.");
    auto* view = PaneHarness::child<QTableView>(m_pane, "usersView");
    QVERIFY(!view->isColumnHidden(UsersModel::LastActivityColumn));

    // What the server says, read apart from the pane: who is inactive for 100 days.
    const int days = 100;
    const QDateTime cutoff = QDateTime::currentDateTime().addDays(-days);
    QStringList expected;
    const auto page = awaitReply(m_harness.client->lastActivity(0, 5000));
    QVERIFY2(page.ok(), page.describe());
    for (const UserActivity& activity : page.value.users) {
        const bool inactive = activity.lastActivity.isValid() ? activity.lastActivity < cutoff
                                                              : page.value.since.isValid() && page.value.since < cutoff;
        // The account the console signs in with is in use: never offered for deletion.
        if (!activity.online && inactive && activity.jid != m_harness.server.settings().jid.section(u'/', 0, 0))
            expected << activity.jid;
    }
    QVERIFY2(expected.size() >= 5, qPrintable(expected.join(u' ')));

    auto* check = PaneHarness::child<QCheckBox>(m_pane, "inactiveCheck");
    QVERIFY2(check->isEnabled(), qPrintable(check->toolTip()));
    PaneHarness::child<QSpinBox>(m_pane, "inactiveDaysSpin")->setValue(days);
    check->setChecked(true);
    QTRY_COMPARE(view->model()->rowCount(), int(expected.size()));
    QStringList shown;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        shown << view->model()->index(row, UsersModel::JidColumn).data().toString();
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
    // Sorted by last activity, the longest inactive first.
    view->sortByColumn(UsersModel::LastActivityColumn, Qt::AscendingOrder);
    const QDateTime first
        = view->model()->index(0, UsersModel::JidColumn).data(UsersModel::LastActivityRole).toDateTime();
    const QDateTime last = view->model()
                               ->index(view->model()->rowCount() - 1, UsersModel::JidColumn)
                               .data(UsersModel::LastActivityRole)
                               .toDateTime();
    QVERIFY(!first.isValid() || !last.isValid() || first <= last);
    PaneHarness::screenshot(m_pane, u"users-inactive"_s);

    // "Delete Shown…" previews every account it would delete; answered no, nothing happens.
    auto* deleteShown = PaneHarness::child<QToolButton>(m_pane, "deleteInactiveButton");
    QVERIFY(deleteShown->isVisible() && deleteShown->isEnabled());
    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(deleteShown, Qt::LeftButton);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.startsWith(u"Delete %1 user"_s.arg(expected.size())), qPrintable(text));
    // The first accounts in the sentence, every one of them in the details.
    QVERIFY2(text.contains(view->model()->index(0, UsersModel::JidColumn).data().toString()), qPrintable(text));
    for (const QString& jid : std::as_const(expected))
        QVERIFY2(text.contains(jid) || MessageBox::lastDetails().split(u'\n').contains(jid), qPrintable(jid));
    QVERIFY(serverHasUser(expected.first().section(u'@', 0, 0)));

    // Answered yes, they are gone from the server.
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(deleteShown, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 0, 30000);
    for (const QString& jid : std::as_const(expected))
        QVERIFY2(!serverHasUser(jid.section(u'@', 0, 0)), qPrintable(jid));
    check->setChecked(false);
    view->sortByColumn(UsersModel::JidColumn, Qt::AscendingOrder);
}

QTEST_MAIN(TestUsersPane)
#include "TestUsersPane.moc"
