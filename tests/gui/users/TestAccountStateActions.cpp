// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The Users pane's account lifecycle actions against the sandbox (Prosody 0.12, where our module
// keeps the disabled state itself, and 13): Disable… previews the accounts and takes a reason the
// server keeps, the Enabled column and filter follow, Enable brings them back, and "Send Reset
// Invitation…" shows the server's invitation as a QR code that decodes back to its link.

#include "AwaitReply.h"
#include "PaneHarness.h"
#include "invitations/InvitationCard.h"
#include "invitations/InvitationDialog.h"
#include "models/UsersFilterProxy.h"
#include "models/UsersModel.h"
#include "users/DisableAccountsDialog.h"
#include "users/UsersPane.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestAccountStateActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void disableWithPreviewAndReason();
    void enabledFilterShowsTheDisabledOnly();
    void enableAgain();
    void resetInvitationShowsQrCode();

private:
    QAction* action(const char* name) const;
    bool selectUsers(const QStringList& jids);
    std::optional<bool> serverEnabled(const QString& jid);

    PaneHarness m_harness{this};
    ServerSession* m_session = nullptr;
    UsersPane* m_pane = nullptr;
    QStringList m_users; // bare JIDs created for the test
};

void TestAccountStateActions::initTestCase()
{
    if (TestServer::externalRequested())
        QSKIP("disables accounts: sandbox only");
    QString error;
    QVERIFY2(m_harness.start({u"--users"_s, u"3"_s, u"--bots"_s, u"0"_s}, &error), qPrintable(error));
    for (const QString& stem : {u"dis"_s, u"able"_s}) {
        const QString user = m_harness.server.uniqueUser(stem);
        const auto created = awaitReply(m_harness.client->createUser(user, u"Pass-word-1"_s));
        QVERIFY2(created.ok(), created.describe().constData());
        m_users << m_harness.bare(user);
    }
    m_session = new ServerSession(this);
    m_pane = new UsersPane(m_session);
    m_pane->resize(1100, 650);
    m_pane->show();
    QVERIFY(m_harness.connectSession(m_session));
    QVERIFY2(m_session->capabilities().accountDisable, "our module disables accounts on 0.12 and 13");
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->containsKey(m_users.last()), 20000);
    const QModelIndex state = m_pane->model()->index(m_pane->model()->rowOfKey(m_users.first()), 0);
    QCOMPARE(state.data(UsersModel::EnabledRole), QVariant(true));
    QVERIFY(!PaneHarness::child<QTableView>(m_pane, "usersView")->isColumnHidden(UsersModel::EnabledColumn));
}

void TestAccountStateActions::cleanupTestCase()
{
    delete m_pane;
    for (const QString& jid : std::as_const(m_users))
        awaitReply(m_harness.client->deleteUser(jid));
}

QAction* TestAccountStateActions::action(const char* name) const
{
    return PaneHarness::child<QToolButton>(m_pane, name)->defaultAction();
}

bool TestAccountStateActions::selectUsers(const QStringList& jids)
{
    return PaneHarness::selectRows(PaneHarness::child<QTableView>(m_pane, "usersView"), UsersModel::JidColumn, jids);
}

std::optional<bool> TestAccountStateActions::serverEnabled(const QString& jid)
{
    return awaitReply(m_harness.client->user(jid)).value.enabled;
}

void TestAccountStateActions::disableWithPreviewAndReason()
{
    QVERIFY(selectUsers(m_users));
    QAction* disable = action("disableButton");
    QVERIFY(disable->isEnabled());
    disable->trigger();
    auto* dialog = m_pane->findChild<DisableAccountsDialog*>();
    QVERIFY(dialog);
    // The preview names each account that will be disabled.
    auto* affected = PaneHarness::child<QListWidget>(dialog, "affectedList");
    QCOMPARE(affected->count(), 2);
    QVERIFY(affected->item(0)->text().contains(m_users.first()) || affected->item(1)->text().contains(m_users.first()));
    PaneHarness::child<QLineEdit>(dialog, "reasonEdit")->setText(u"spam wave"_s);
    PaneHarness::screenshot(dialog, u"users-disable"_s);
    dialog->accept();

    UsersModel* model = m_pane->model();
    for (const QString& jid : std::as_const(m_users)) {
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(model->rowOfKey(jid), 0).data(UsersModel::EnabledRole), QVariant(false), 15000);
        QCOMPARE(serverEnabled(jid), std::optional<bool>(false));
    }
    const auto user = awaitReply(m_harness.client->user(m_users.first()));
    QCOMPARE(user.value.disabledReason, u"spam wave"_s);
}

void TestAccountStateActions::enabledFilterShowsTheDisabledOnly()
{
    auto* filter = PaneHarness::child<QComboBox>(m_pane, "enabledFilterCombo");
    QVERIFY(filter->isEnabled());
    filter->setCurrentIndex(filter->findData(int(UsersFilterProxy::EnabledFilter::Disabled)));
    auto* view = PaneHarness::child<QTableView>(m_pane, "usersView");
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QVERIFY(PaneHarness::rowWithText(view, UsersModel::JidColumn, m_users.first()) >= 0);
    QCOMPARE(view->model()->index(0, UsersModel::EnabledColumn).data().toString(), u"disabled"_s);
    PaneHarness::screenshot(m_pane, u"users-disabled-filter"_s);
    filter->setCurrentIndex(filter->findData(int(UsersFilterProxy::EnabledFilter::All)));
    QTRY_VERIFY(view->model()->rowCount() > 2);
}

void TestAccountStateActions::enableAgain()
{
    QVERIFY(selectUsers(m_users));
    QAction* enable = action("enableButton");
    QVERIFY(enable->isEnabled());
    MessageBox::setNextAnswer(true);
    enable->trigger();
    UsersModel* model = m_pane->model();
    for (const QString& jid : std::as_const(m_users)) {
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(model->rowOfKey(jid), 0).data(UsersModel::EnabledRole), QVariant(true), 15000);
        QCOMPARE(serverEnabled(jid), std::optional<bool>(true));
    }
}

void TestAccountStateActions::resetInvitationShowsQrCode()
{
    QVERIFY(selectUsers({m_users.first()}));
    QAction* reset = action("resetInvitationButton");
    QVERIFY(reset->isEnabled());
    reset->trigger();
    InvitationDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_pane->findChild<InvitationDialog*>()) != nullptr, 15000);
    const Invitation shown = dialog->card()->invitation();
    QCOMPARE(shown.kind, Invitation::Kind::Reset);
    QCOMPARE(shown.jid, m_users.first());
    QCOMPARE(PaneHarness::child<QLineEdit>(dialog, "linkEdit")->text(), shown.uri);
    // The server lists it, and the code decodes back to the link.
    const auto listed = awaitReply(m_harness.client->invitations());
    QVERIFY(std::any_of(listed.value.begin(), listed.value.end(),
        [&](const Invitation& invitation) { return invitation.token == shown.token; }));
    QTemporaryDir dir;
    QVERIFY(dialog->card()->qrImage().save(dir.filePath(u"qr.png"_s)));
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, dir.filePath(u"qr.png"_s)});
    QVERIFY2(zbar.waitForFinished(30000), "zbarimg (zbar-tools) did not run");
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), shown.uri);
    PaneHarness::screenshot(dialog, u"users-reset-invitation"_s);
    dialog->reject();
}

QTEST_MAIN(TestAccountStateActions)
#include "TestAccountStateActions.moc"
