// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// InvitationsPane against the sandbox (Prosody 0.12, and 13 with a deletion grace period): an
// invitation made in the dialog is listed by the server and shown as a QR code that decodes back
// to its xmpp: link (zbarimg) and as a link the Copy button copies; revoking removes it on the
// server; an expired one is marked; an account deleted within the grace period is listed with the
// time left and restored (Prosody 13), and on 0.12 Restore is disabled with the server's reason;
// the Users pane's Delete quotes the server's "restorable until …" there, and "Delete Immediately,
// for Good" says the deletion is final.

#include "AwaitReply.h"
#include "PaneHarness.h"
#include "invitations/CreateInvitationDialog.h"
#include "invitations/InvitationCard.h"
#include "invitations/InvitationsPane.h"
#include "models/InvitationsModel.h"
#include "models/PendingDeletionsModel.h"
#include "models/UsersModel.h"
#include "users/UsersPane.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestInvitationsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createShowsScannableQrCodeAndLink();
    void revokeRemovesItOnTheServer();
    void expiredInvitationIsMarked();
    void pendingDeletionIsRestored();
    void usersPaneDeleteQuotesTheGracePeriod();

private:
    QStringList serverTokens();
    // What zbarimg reads from the image: the QR code's text, or an empty string.
    static QString decode(const QImage& image);

    PaneHarness m_harness{this};
    ServerSession* m_session = nullptr;
    InvitationsPane* m_pane = nullptr;
};

void TestInvitationsPane::initTestCase()
{
    if (TestServer::externalRequested())
        QSKIP("creates and revokes invitations and deletes an account: sandbox only");
    QString error;
    QVERIFY2(m_harness.start({u"--users"_s, u"5"_s, u"--bots"_s, u"0"_s, u"--grace-period"_s, u"86400"_s}, &error),
        qPrintable(error));
    m_session = new ServerSession(this);
    m_pane = new InvitationsPane(m_session);
    m_pane->resize(1000, 700);
    m_pane->show();
    QVERIFY(m_harness.connectSession(m_session));
    QVERIFY2(m_session->capabilities().invitations, "the sandbox loads mod_invites on 0.12 and 13");
}

void TestInvitationsPane::cleanupTestCase()
{
    delete m_pane;
}

QStringList TestInvitationsPane::serverTokens()
{
    const auto list = awaitReply(m_harness.client->invitations());
    QStringList tokens;
    for (const Invitation& invitation : list.value)
        tokens << invitation.token;
    return tokens;
}

QString TestInvitationsPane::decode(const QImage& image)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"qr.png"_s);
    if (!image.save(path))
        return {};
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, path});
    if (!zbar.waitForFinished(30000))
        return {};
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

void TestInvitationsPane::createShowsScannableQrCodeAndLink()
{
    if (QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty())
        QFAIL("zbarimg (zbar-tools) is needed to read the QR code back");
    auto* create = PaneHarness::child<QPushButton>(m_pane, "createButton");
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    auto* dialog = m_pane->findChild<CreateInvitationDialog*>();
    QVERIFY(dialog);
    PaneHarness::child<QLineEdit>(dialog, "usernameEdit")->setText(u"invitee"_s);
    PaneHarness::screenshot(dialog, u"invitation-create"_s);
    dialog->accept();

    InvitationCard* card = m_pane->card();
    QTRY_VERIFY_WITH_TIMEOUT(!card->invitation().token.isEmpty(), 15000);
    const Invitation shown = card->invitation();
    QCOMPARE(shown.username, u"invitee"_s);
    QVERIFY(shown.uri.startsWith(u"xmpp:invitee@"_s));
    QVERIFY(serverTokens().contains(shown.token));
    QCOMPARE(m_pane->model()->rowCount(), 1);

    // The code a phone scans is the link, and the Copy button copies it.
    QCOMPARE(decode(card->qrImage()), shown.uri);
    QCOMPARE(PaneHarness::child<QLineEdit>(card, "linkEdit")->text(), shown.uri);
    QTest::mouseClick(PaneHarness::child<QPushButton>(card, "copyLinkButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), shown.uri);
    // The label shows the painted code (not a placeholder text).
    QVERIFY(!PaneHarness::child<QLabel>(card, "qrLabel")->pixmap().isNull());
    PaneHarness::screenshot(m_pane, u"invitations-pane"_s);
}

void TestInvitationsPane::revokeRemovesItOnTheServer()
{
    auto* view = PaneHarness::child<QTableView>(m_pane, "invitationsView");
    const auto made = awaitReply(m_harness.client->createInvitation({}));
    QVERIFY2(made.ok(), made.describe().constData());
    m_pane->refresh();
    QTRY_VERIFY(m_pane->model()->containsKey(made.value.token));
    const int row = m_pane->model()->rowOfKey(made.value.token);
    view->selectionModel()->clearSelection();
    view->selectionModel()->select(
        view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto* revoke = PaneHarness::child<QPushButton>(m_pane, "revokeButton");
    QVERIFY(revoke->isEnabled());
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->containsKey(made.value.token), 15000);
    QVERIFY(!serverTokens().contains(made.value.token));
}

void TestInvitationsPane::expiredInvitationIsMarked()
{
    InvitationRequest shortLived;
    shortLived.username = u"late"_s;
    shortLived.expiresInSeconds = 1;
    const auto made = awaitReply(m_harness.client->createInvitation(shortLived));
    QVERIFY2(made.ok(), made.describe().constData());
    // Waits on the server's clock: the token's last second has passed once the server says so.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto list = awaitReply(m_harness.client->invitations());
            for (const Invitation& invitation : list.value) {
                if (invitation.token == made.value.token)
                    return invitation.expired;
            }
            return false;
        }(),
        10000);
    m_pane->refresh();
    QTRY_VERIFY(m_pane->model()->containsKey(made.value.token));
    const QModelIndex expires
        = m_pane->model()->index(m_pane->model()->rowOfKey(made.value.token), InvitationsModel::ExpiresColumn);
    QTRY_VERIFY(expires.data(InvitationsModel::ExpiredRole).toBool());
    QVERIFY(expires.data().toString().startsWith(u"expired"_s));
}

void TestInvitationsPane::pendingDeletionIsRestored()
{
    auto* restore = PaneHarness::child<QPushButton>(m_pane, "restoreButton");
    auto* note = PaneHarness::child<QLabel>(m_pane, "pendingNote");
    if (!m_session->capabilities().pendingDeletions) {
        // Prosody 0.12: no grace period; Restore stays disabled and the pane says why.
        QVERIFY(!restore->isEnabled());
        QVERIFY2(note->text().contains(u"Unavailable on this server"_s), qPrintable(note->text()));
        QVERIFY(!m_session->capabilities().unavailableFeatures.value(u"pending-deletions"_s).isEmpty());
        return;
    }
    const QString user = m_harness.server.uniqueUser(u"leaving"_s);
    const auto created = awaitReply(m_harness.client->createUser(user, u"Pass-word-1"_s));
    QVERIFY2(created.ok(), created.describe().constData());
    const QString jid = m_harness.bare(user);
    const auto deletion = awaitReply(m_harness.client->deleteAccount(jid));
    QVERIFY2(deletion.ok(), deletion.describe().constData());
    QCOMPARE(deletion.value.outcome, AccountDeletion::Outcome::Scheduled);
    m_pane->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->pendingModel()->containsKey(jid), 15000);
    const int row = m_pane->pendingModel()->rowOfKey(jid);
    QVERIFY(m_pane->pendingModel()
                ->index(row, PendingDeletionsModel::TimeLeftColumn)
                .data()
                .toString()
                .contains(u"hour"_s));
    auto* view = PaneHarness::child<QTableView>(m_pane, "pendingView");
    view->selectionModel()->select(
        view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(restore->isEnabled());
    PaneHarness::screenshot(m_pane, u"invitations-pending-deletion"_s);
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->pendingModel()->containsKey(jid), 15000);
    const auto pending = awaitReply(m_harness.client->pendingDeletions());
    QVERIFY(pending.ok());
    QVERIFY(std::none_of(
        pending.value.begin(), pending.value.end(), [&](const PendingDeletion& p) { return p.jid == jid; }));
    const auto account = awaitReply(m_harness.client->user(jid));
    QVERIFY2(account.ok(), account.describe().constData());
}

void TestInvitationsPane::usersPaneDeleteQuotesTheGracePeriod()
{
    UsersPane users(m_session);
    users.resize(1000, 700);
    users.show();
    const QString kept = m_harness.server.uniqueUser(u"kept"_s);
    const QString gone = m_harness.server.uniqueUser(u"final"_s);
    for (const QString& user : {kept, gone})
        QVERIFY(awaitReply(m_harness.client->createUser(user, u"Pass-word-1"_s)).ok());
    users.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(users.model()->rowOfKey(m_harness.bare(gone)) >= 0, 15000);

    users.selectJid(m_harness.bare(kept));
    MessageBox::setNextAnswer(true);
    users.deleteUsersAction()->trigger();
    if (!m_session->capabilities().pendingDeletions) {
        // Prosody 0.12: deletion is final, and there is no separate "immediately".
        QVERIFY(!users.deleteImmediatelyAction()->isVisible());
        QVERIFY2(MessageBox::lastText().contains(u"this is final"_s), qPrintable(MessageBox::lastText()));
        QTRY_VERIFY_WITH_TIMEOUT(users.banner()->text().startsWith(u"Deleted 1 user"_s), 15000);
        QVERIFY(!awaitReply(m_harness.client->deleteAccount(gone, true)).error.isError());
        return;
    }
    QVERIFY2(MessageBox::lastText().contains(u"restorable"_s), qPrintable(MessageBox::lastText()));
    QTRY_VERIFY_WITH_TIMEOUT(users.banner()->text().contains(u"scheduled for deletion"_s), 15000);
    const QString banner = users.banner()->text();
    QVERIFY2(
        banner.contains(u"The server: “User scheduled for deletion: %1 (restorable until "_s.arg(m_harness.bare(kept))),
        qPrintable(banner));
    PaneHarness::screenshot(&users, u"users-deleted-restorable"_s);

    users.selectJid(m_harness.bare(gone));
    QVERIFY(users.deleteImmediatelyAction()->isVisible() && users.deleteImmediatelyAction()->isEnabled());
    MessageBox::setNextAnswer(true);
    users.deleteImmediatelyAction()->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"this is final"_s), qPrintable(MessageBox::lastText()));
    QTRY_VERIFY_WITH_TIMEOUT(users.banner()->text().contains(u"immediately"_s), 15000);
    QVERIFY2(users.banner()->text().contains(u"final, they cannot be restored"_s), qPrintable(users.banner()->text()));
    QCOMPARE(awaitReply(m_harness.client->user(gone)).error.kind, ApiError::Kind::NotFound);
    PaneHarness::screenshot(&users, u"users-deleted-final"_s);
    QVERIFY(awaitReply(m_harness.client->restoreAccount(m_harness.bare(kept))).ok());
    QVERIFY(awaitReply(m_harness.client->deleteAccount(kept, true)).ok());
}

QTEST_MAIN(TestInvitationsPane)
#include "TestInvitationsPane.moc"
