// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The message composer and the broadcast dialog against the sandbox, driven through their widgets:
// users selected in the Users pane get a message (their outcomes in the dialog's table, the queued
// one received at login); invalid and unknown recipients are explained and skipped; a failed send
// keeps the draft, which also survives a restart; a broadcast shows the users online, asks, and
// reports the users reached; a fleet with a dead server shows the failure and retries it alone.

#include "AwaitReply.h"
#include "PaneHarness.h"
#include "XmppBot.h"
#include "api/AdminRestClient.h"
#include "messaging/BroadcastDialog.h"
#include "messaging/BroadcastTargetsModel.h"
#include "messaging/ComposerDialog.h"
#include "messaging/ComposerPane.h"
#include "messaging/ComposerWidget.h"
#include "messaging/DraftStore.h"
#include "messaging/FleetBroadcast.h"
#include "messaging/MessageOptionsWidget.h"
#include "messaging/MessageSendJob.h"
#include "messaging/RecipientChecker.h"
#include "messaging/RecipientParser.h"
#include "messaging/RecipientsModel.h"
#include "models/UsersModel.h"
#include "profiles/ProfilePasswords.h"
#include "users/UsersPane.h"
#include "widgets/InputHintLabel.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using Outcome = MessageSendJob::Outcome;

class TestComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void sendToUsersSelectedInTheUsersPane();
    void invalidAndUnknownRecipientsAreExplained();
    void failedSendKeepsTheDraftAcrossRestart();
    void groupMembersBecomeRecipients();
    void offScreenItAsksNothingUntilShown();
    void withoutMulticastItSaysSoAndSendsOneByOne();
    void broadcastShowsOnlineCountsAndReached();
    void fleetBroadcastRetriesTheFailedServer();
    void fleetBroadcastFromProfiles();
    void messageTypeSubjectAndPreviewToSelf();
    void announceReachesEveryRegisteredUser();

private:
    QString createUser(const QString& stem);
    std::unique_ptr<XmppBot> startBot(const QString& user);
    static QString cell(const RecipientsModel* model, const QString& jid, int column)
    {
        const int row = model->rowOfKey(jid);
        return row < 0 ? QString() : model->index(row, column).data().toString();
    }
    static bool checked(const RecipientsModel* model)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString account = model->index(row, RecipientsModel::AccountColumn).data().toString();
            if (account.isEmpty() || account == u"Checking…"_s)
                return false;
        }
        return true;
    }

    PaneHarness m_harness{this};
    ServerSession* m_session = nullptr;
    QStringList m_created;
};

void TestComposer::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.start({}, &error), qPrintable(error));
    m_session = new ServerSession(this);
    QVERIFY(m_harness.connectSession(m_session));
}

void TestComposer::cleanupTestCase()
{
    for (const QString& user : std::as_const(m_created))
        awaitReply(m_harness.client->deleteUser(user));
}

void TestComposer::init()
{
    // Every test starts without drafts (test mode: a private AppDataLocation).
    QDir(DraftStore::directory()).removeRecursively();
}

QString TestComposer::createUser(const QString& stem)
{
    const QString user = m_harness.server.uniqueUser(stem);
    const auto created = awaitReply(m_harness.client->createUser(user, u"Secret-pass-1"_s));
    if (!created.ok())
        qWarning() << "could not create" << user << created.describe();
    m_created << user;
    return user;
}

std::unique_ptr<XmppBot> TestComposer::startBot(const QString& user)
{
    auto bot = std::make_unique<XmppBot>();
    bot->start(
        m_harness.bare(user), u"Secret-pass-1"_s, m_harness.server.c2sHost(), m_harness.server.c2sPort(), u"gui"_s);
    return bot;
}

void TestComposer::sendToUsersSelectedInTheUsersPane()
{
    const QString online = createUser(u"cmpon"_s);
    const QString offlineA = createUser(u"cmpoffa"_s);
    const QString offlineB = createUser(u"cmpoffb"_s);
    auto bot = startBot(online);
    QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));

    UsersPane users(m_session);
    users.resize(1000, 650);
    users.show();
    users.refresh();
    const QStringList jids{m_harness.bare(online), m_harness.bare(offlineA), m_harness.bare(offlineB)};
    QTRY_VERIFY_WITH_TIMEOUT(users.model()->containsKey(jids.last()), 20000);
    auto* usersView = PaneHarness::child<QTableView>(&users, "usersView");
    QVERIFY(PaneHarness::selectRows(usersView, UsersModel::JidColumn, jids));

    // The Users pane's context menu: "Send Message…".
    emit usersView->customContextMenuRequested(QPoint(10, 10));
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = users.findChild<QMenu*>()) != nullptr);
    auto* action = PaneHarness::child<QAction>(menu, "sendMessageAction");
    QVERIFY(action->isEnabled());
    action->trigger();
    menu->close();

    auto* dialog = users.findChild<ComposerDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    ComposerWidget* composer = dialog->composer();
    RecipientsModel* model = composer->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(checked(model), 15000);
    QCOMPARE(cell(model, jids[0], RecipientsModel::AccountColumn), u"Online"_s);
    QCOMPARE(cell(model, jids[1], RecipientsModel::AccountColumn), u"Offline"_s);
    auto* sendButton = PaneHarness::child<QPushButton>(dialog, "sendButton");
    QCOMPARE(sendButton->text(), u"&Send to 3 Recipient(s)"_s);

    // Enter in the recipients field adds and nothing else (no default button of the dialog fires).
    auto* recipientEdit = PaneHarness::child<QLineEdit>(dialog, "recipientEdit");
    QTest::keyClicks(recipientEdit, online);
    QTest::keyClick(recipientEdit, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(dialog->isVisible());
    QCOMPARE(PaneHarness::child<InputHintLabel>(dialog, "recipientHint")->kind(), InputHintLabel::Kind::Note);

    const QString text = u"Maintenance tonight at 22:00 %1 — «ünïcode» ✓"_s.arg(online);
    // Typed (QTest types Latin-1 only), then the rest pasted.
    auto* messageEdit = PaneHarness::child<QPlainTextEdit>(dialog, "messageEdit");
    QTest::keyClicks(messageEdit, u"Maintenance tonight at 22:00 %1"_s.arg(online));
    messageEdit->insertPlainText(u" — «ünïcode» ✓"_s);
    QCOMPARE(composer->messageText(), text);
    QSignalSpy finished(composer, &ComposerWidget::sendFinished);
    QTest::mouseClick(sendButton, Qt::LeftButton);
    QVERIFY(finished.wait(20000));

    QCOMPARE(cell(model, jids[0], RecipientsModel::OutcomeColumn), u"Delivered to online sessions"_s);
    QCOMPARE(cell(model, jids[1], RecipientsModel::OutcomeColumn), u"Queued for offline delivery"_s);
    QCOMPARE(cell(model, jids[2], RecipientsModel::OutcomeColumn), u"Queued for offline delivery"_s);
    QCOMPARE(dialog->banner()->type(), MessageBanner::Type::Success);
    QVERIFY2(dialog->banner()->text().startsWith(u"Message sent: delivered to 1 online, queued for 2 offline"_s),
        qPrintable(dialog->banner()->text()));
    QVERIFY(!PaneHarness::child<QPushButton>(dialog, "retryButton")->isVisible());
    // Sent to everyone: the editor is empty for the next message.
    QVERIFY(composer->messageText().isEmpty());
    PaneHarness::screenshot(dialog, u"composer-outcomes"_s);

    // The server state: the online bot has it, the offline user gets it at login.
    QVERIFY(bot->waitForMessage(text));
    auto late = startBot(offlineA);
    QVERIFY2(late->waitOnline(), qPrintable(late->errorText()));
    XmppBot::Message received;
    QVERIFY(late->waitForMessage(text, &received));
    QCOMPARE(received.from, m_harness.server.domain());

    // Opening again from the pane reuses the window with the new selection.
    QVERIFY(PaneHarness::selectRows(usersView, UsersModel::JidColumn, {jids[1]}));
    QCOMPARE(ComposerDialog::openFor(m_session, users.selectedJids(), &users), dialog);
    QCOMPARE(model->jids(), QStringList{jids[1]});
    dialog->close();
}

void TestComposer::invalidAndUnknownRecipientsAreExplained()
{
    const QString known = createUser(u"cmpknown"_s);
    const QString missing = m_harness.server.uniqueUser(u"nosuch"_s);
    ComposerPane pane(m_session);
    pane.resize(900, 700);
    pane.show();
    ComposerWidget* composer = pane.composer();
    RecipientsModel* model = composer->model();
    auto* edit = PaneHarness::child<QLineEdit>(&pane, "recipientEdit");
    auto* hint = PaneHarness::child<InputHintLabel>(&pane, "recipientHint");

    // A host this server does not serve is no user of it either.
    const QString elsewhere = u"someone@unserved.invalid"_s;
    QTest::keyClicks(edit, u"%1, bad/name, %2 , %1 %3"_s.arg(known, missing, elsewhere));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(model->jids(), (QStringList{m_harness.bare(known), m_harness.bare(missing), elsewhere}));
    // The invalid entry stays in the field with the reason.
    QCOMPARE(edit->text(), u"bad/name"_s);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->kind(), InputHintLabel::Kind::Error);
    QVERIFY2(hint->text().contains(u"bad/name"_s), qPrintable(hint->text()));
    edit->clear();

    // A pasted list: one per line, duplicates dropped.
    QGuiApplication::clipboard()->setText(u"%1\n%1@%2\n"_s.arg(known, m_harness.server.domain()));
    QTest::mouseClick(PaneHarness::child<QPushButton>(&pane, "pasteButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 3);
    QVERIFY2(hint->text().contains(u"already listed"_s), qPrintable(hint->text()));

    QTRY_VERIFY_WITH_TIMEOUT(checked(model), 15000);
    QCOMPARE(cell(model, m_harness.bare(missing), RecipientsModel::AccountColumn), u"No such user"_s);
    QCOMPARE(cell(model, elsewhere, RecipientsModel::AccountColumn), u"No such user"_s);
    QVERIFY2(PaneHarness::child<QLabel>(&pane, "recipientsSummary")->text().contains(u"2 unknown"_s),
        qPrintable(PaneHarness::child<QLabel>(&pane, "recipientsSummary")->text()));

    // An empty message is not sent.
    QTest::mouseClick(PaneHarness::child<QPushButton>(&pane, "sendButton"), Qt::LeftButton);
    QCOMPARE(pane.banner()->text(), u"Type the message first."_s);

    const QString text = u"Only to those who exist %1"_s.arg(known);
    composer->setMessageText(text);
    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(true);
    QSignalSpy finished(composer, &ComposerWidget::sendFinished);
    QTest::mouseClick(PaneHarness::child<QPushButton>(&pane, "sendButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    QVERIFY2(MessageBox::lastText().contains(m_harness.bare(missing)), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(elsewhere), qPrintable(MessageBox::lastText()));
    QVERIFY(finished.wait(20000));
    QCOMPARE(cell(model, m_harness.bare(known), RecipientsModel::OutcomeColumn), u"Queued for offline delivery"_s);
    QCOMPARE(cell(model, m_harness.bare(missing), RecipientsModel::OutcomeColumn), u"Not sent: no such user"_s);
    QCOMPARE(cell(model, elsewhere, RecipientsModel::OutcomeColumn), u"Not sent: no such user"_s);
    QVERIFY2(pane.banner()->text().contains(u"2 not sent (no such user)"_s), qPrintable(pane.banner()->text()));
    PaneHarness::screenshot(&pane, u"composer-pane-unknown"_s);

    // Declining the question sends nothing and keeps the text.
    composer->setMessageText(text);
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(PaneHarness::child<QPushButton>(&pane, "sendButton"), Qt::LeftButton);
    QVERIFY(!composer->isSending());
    QCOMPARE(composer->messageText(), text);
}

void TestComposer::failedSendKeepsTheDraftAcrossRestart()
{
    if (TestServer::externalRequested())
        QSKIP("Needs a second sandbox, stopped on purpose.");
    // A server that goes away between composing and sending.
    TestServer down;
    QVERIFY2(down.start({u"--users"_s, u"4"_s, u"--bots"_s, u"1"_s}), qPrintable(down.error()));
    ServerSession session;
    QSignalSpy connected(&session, &ServerSession::connected);
    session.connectTo(u"Doomed"_s, down.settings());
    QVERIFY(connected.wait(30000));
    QStringList recipients;
    for (const QString& user : down.sandbox().users.mid(0, 3))
        recipients << user + u'@' + down.domain();
    const QString text = u"Draft that must not be lost"_s;
    {
        ComposerPane pane(&session);
        pane.resize(900, 700);
        pane.show();
        ComposerWidget* composer = pane.composer();
        composer->addRecipients(recipients);
        composer->setMessageText(text);
        QTRY_VERIFY_WITH_TIMEOUT(checked(composer->model()), 15000);
        QCOMPARE(composer->model()->addressesWith(RecipientChecker::Existence::Exists).size(), 3);
        down.stop();

        QSignalSpy finished(composer, &ComposerWidget::sendFinished);
        QTest::mouseClick(PaneHarness::child<QPushButton>(&pane, "sendButton"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        for (const QString& jid : recipients) {
            const QString outcome = cell(composer->model(), jid, RecipientsModel::OutcomeColumn);
            QVERIFY2(outcome.startsWith(u"Failed: "_s), qPrintable(outcome));
        }
        QCOMPARE(pane.banner()->type(), MessageBanner::Type::Error);
        QVERIFY2(pane.banner()->text().contains(u"3 failed"_s), qPrintable(pane.banner()->text()));
        QVERIFY2(pane.banner()->text().contains(u"draft is kept"_s), qPrintable(pane.banner()->text()));
        // The text stays for a retry, and Retry Failed offers every recipient not reached.
        QCOMPARE(composer->messageText(), text);
        auto* retry = PaneHarness::child<QPushButton>(&pane, "retryButton");
        QVERIFY(retry->isVisible());
        QCOMPARE(retry->text(), u"Re&try Failed (3)"_s);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(composer->job()->retryableRecipients().size(), 3);
        QCOMPARE(composer->messageText(), text);
        PaneHarness::screenshot(&pane, u"composer-failed"_s);
    }
    // "Restart": a new pane finds the draft, text and recipients.
    ComposerPane again(m_session);
    QCOMPARE(again.composer()->messageText(), text);
    QCOMPARE(again.composer()->model()->jids(), recipients);
}

void TestComposer::groupMembersBecomeRecipients()
{
    if (!m_session->capabilities().groupListing)
        QSKIP("This server cannot list groups.");
    const auto groups = awaitReply(m_harness.client->groups());
    QVERIFY2(groups.ok(), groups.describe());
    QVERIFY(!groups.value.isEmpty());
    const auto group = awaitReply(m_harness.client->group(groups.value.first().id));
    QVERIFY2(group.ok(), group.describe());

    ComposerPane pane(m_session);
    pane.show();
    auto* combo = PaneHarness::child<QComboBox>(&pane, "groupCombo");
    QTRY_VERIFY(combo->count() == groups.value.size() && combo->isEnabled());
    combo->setCurrentIndex(combo->findData(groups.value.first().id));
    QSignalSpy inserted(pane.composer()->model(), &QAbstractItemModel::rowsInserted);
    QTest::mouseClick(PaneHarness::child<QPushButton>(&pane, "addGroupButton"), Qt::LeftButton);
    QTRY_COMPARE(pane.composer()->model()->rowCount(), group.value.members.size());
    QVERIFY(!inserted.isEmpty());
}

void TestComposer::offScreenItAsksNothingUntilShown()
{
    // At sign-in and on every auto-refresh the composer is refreshed, on screen or not: off screen
    // it neither lists the groups nor checks its recipients, and does both once when shown.
    if (!m_session->capabilities().groupListing)
        QSKIP("This server cannot list groups.");
    QStringList groupListings;
    ComposerPane pane(m_session); // built on a connected session: it catches up at once
    // What the pane sent from its start on finishes after this connection is made.
    connect(m_session, &ServerSession::requestFinished, &pane, [&groupListings](const RequestRecord& record) {
        if (record.method == "GET" && record.path == u"/groups"_s)
            groupListings.append(record.path);
    });
    auto* combo = PaneHarness::child<QComboBox>(&pane, "groupCombo");
    pane.refresh();
    pane.refresh();
    // Listing the groups sets the control's tooltip at once, before any answer: it has not begun.
    QVERIFY(combo->toolTip().isEmpty());
    QCOMPARE(combo->count(), 0);
    pane.show();
    QVERIFY(!combo->toolTip().isEmpty());
    QTRY_VERIFY(!groupListings.isEmpty() && combo->count() > 0 && combo->isEnabled());
    // On screen, a refresh asks at once.
    pane.refresh();
    QTRY_COMPARE(groupListings.size(), 2);
}

void TestComposer::withoutMulticastItSaysSoAndSendsOneByOne()
{
    PaneHarness published(this);
    if (!published.startEmulating(u"current"_s, 4, 1))
        return;
    const TestServer& current = published.server;
    ServerSession session;
    QVERIFY(published.connectSession(&session));
    QVERIFY(!session.capabilities().multicast);

    ComposerPane pane(&session);
    pane.resize(900, 700);
    pane.show();
    auto* note = PaneHarness::child<QLabel>(&pane, "routeNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"one request per recipient"_s), qPrintable(note->text()));
    // Groups: the published module cannot list them, so the control says so instead of failing.
    auto* combo = PaneHarness::child<QComboBox>(&pane, "groupCombo");
    QVERIFY(!combo->isEnabled());
    QVERIFY(!combo->toolTip().isEmpty());
    // Message type and subject are our module's: off here, and the note says what the server sends.
    QVERIFY(!PaneHarness::child<QComboBox>(&pane, "typeCombo")->isEnabled());
    QVERIFY(!PaneHarness::child<QLineEdit>(&pane, "subjectEdit")->isEnabled());
    QVERIFY(PaneHarness::child<QLabel>(&pane, "typeNote")->text().contains(u"without a subject"_s));

    const QString online = current.sandbox().botJids.first().section(u'/', 0, 0);
    const QString offline = current.sandbox().users.last() + u'@' + current.domain();
    QVERIFY(online != offline);
    pane.composer()->addRecipients({online, offline});
    pane.composer()->setMessageText(u"One by one"_s);
    QTRY_VERIFY_WITH_TIMEOUT(checked(pane.composer()->model()), 15000);
    QSignalSpy finished(pane.composer(), &ComposerWidget::sendFinished);
    QTest::mouseClick(PaneHarness::child<QPushButton>(&pane, "sendButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(cell(pane.composer()->model(), online, RecipientsModel::OutcomeColumn), u"Delivered to online sessions"_s);
    QCOMPARE(cell(pane.composer()->model(), offline, RecipientsModel::OutcomeColumn), u"Queued for offline delivery"_s);
    // Exact answers, not derived from counts: no multicast went out.
    QVERIFY(!pane.composer()->job()->lastMulticastResult().has_value());
    QVERIFY(!pane.composer()->job()->isInferred(RecipientParser::addressFor(online, current.domain())));
    PaneHarness::screenshot(&pane, u"composer-no-multicast"_s);
}

void TestComposer::broadcastShowsOnlineCountsAndReached()
{
    const QString a = createUser(u"bcguia"_s);
    auto bot = startBot(a);
    QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));
    const auto count = awaitReply(m_harness.client->connectedUserCount());
    QVERIFY2(count.ok(), count.describe());

    ComposerPane pane(m_session);
    pane.show();
    auto* button = pane.broadcastButton();
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = pane.findChild<BroadcastDialog*>();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* total = PaneHarness::child<QLabel>(dialog, "totalLabel");
    QTRY_COMPARE(total->text(), u"%1 user(s) online now."_s.arg(count.value));
    QCOMPARE(dialog->model()
                 ->index(0, BroadcastTargetsModel::OnlineColumn)
                 .data(BroadcastTargetsModel::OnlineCountRole)
                 .toInt(),
        count.value);

    const QString text = u"Broadcast from the GUI %1"_s.arg(a);
    QTest::keyClicks(PaneHarness::child<QPlainTextEdit>(dialog, "messageEdit"), text);
    MessageBox::setNextAnswer(true);
    QSignalSpy finished(dialog, &BroadcastDialog::sendFinished);
    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "sendButton"), Qt::LeftButton);
    QVERIFY2(
        MessageBox::lastText().contains(u"%1 user(s) online"_s.arg(count.value)), qPrintable(MessageBox::lastText()));
    QVERIFY(finished.wait(20000));
    auto* banner = PaneHarness::child<MessageBanner>(dialog, "banner");
    QCOMPARE(banner->type(), MessageBanner::Type::Success);
    QCOMPARE(banner->text(), u"Broadcast sent. Reached %1 user(s)."_s.arg(count.value));
    QCOMPARE(dialog->model()->index(0, BroadcastTargetsModel::ReachedColumn).data().toString(),
        u"%1 user(s)"_s.arg(count.value));
    QVERIFY(bot->waitForMessage(text));
    PaneHarness::screenshot(dialog, u"broadcast-single"_s);
    dialog->close();
}

void TestComposer::fleetBroadcastRetriesTheFailedServer()
{
    // Nothing listens on this port: a second "server" of the fleet that fails.
    ConnectionSettings dead = m_harness.server.settings();
    dead.baseUrl.setPort(1);
    dead.timeoutMs = 3000;
    AdminRestClient deadClient(dead);
    QWidget parent;
    BroadcastDialog dialog({{u"Sandbox"_s, m_session->client()}, {u"Backup (down)"_s, &deadClient}}, &parent);
    dialog.show();
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.job()->isCounting(), 10000);
    QVERIFY2(PaneHarness::child<QLabel>(&dialog, "totalLabel")->text().contains(u"Could not count on 1 server(s)"_s),
        qPrintable(PaneHarness::child<QLabel>(&dialog, "totalLabel")->text()));

    dialog.setMessageText(u"Fleet broadcast"_s);
    MessageBox::setNextAnswer(true);
    QSignalSpy finished(&dialog, &BroadcastDialog::sendFinished);
    QTest::mouseClick(PaneHarness::child<QPushButton>(&dialog, "sendButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"2 server(s)"_s));
    QVERIFY(finished.wait(20000));
    auto* banner = PaneHarness::child<MessageBanner>(&dialog, "banner");
    QCOMPARE(banner->type(), MessageBanner::Type::Warning);
    QVERIFY2(banner->text().contains(u"Not sent on Backup (down)"_s), qPrintable(banner->text()));
    QCOMPARE(dialog.job()->status(0).sendState, BroadcastJob::SendState::Sent);
    QCOMPARE(dialog.job()->failedTargets(), QList<int>{1});
    auto* retry = PaneHarness::child<QPushButton>(&dialog, "retryButton");
    QVERIFY(retry->isVisible());
    PaneHarness::screenshot(&dialog, u"broadcast-fleet"_s);

    // The retry goes to the failed server only (it is still down).
    const int reachedBefore = dialog.job()->status(0).reached;
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(dialog.job()->status(0).reached, reachedBefore);
    QCOMPARE(dialog.job()->status(1).sendState, BroadcastJob::SendState::Failed);
}

void TestComposer::fleetBroadcastFromProfiles()
{
    const ConnectionSettings settings = m_harness.server.settings();
    auto profileOf = [&settings](const QString& name) {
        Profile profile;
        profile.id = QUuid::createUuid();
        profile.name = name;
        profile.baseUrl = settings.baseUrl;
        profile.adminJid = settings.jid;
        profile.rememberPassword = false;
        return profile;
    };
    const Profile main = profileOf(u"Main"_s);
    const Profile noPassword = profileOf(u"Unknown password"_s);
    Profile readOnly = profileOf(u"Audit only"_s);
    readOnly.readOnly = true;
    ProfilePasswords passwords(nullptr);
    passwords.setSessionPassword(main.id, settings.password);
    passwords.setSessionPassword(readOnly.id, settings.password);

    QWidget parent;
    BroadcastDialog* dialog = nullptr;
    FleetBroadcast::open({main, noPassword, readOnly}, &passwords, &parent, [&](BroadcastDialog* d) { dialog = d; });
    QTRY_VERIFY(dialog != nullptr);
    QCOMPARE(dialog->job()->targetCount(), 1);
    QCOMPARE(dialog->job()->target(0).name, u"Main"_s);
    auto* banner = PaneHarness::child<MessageBanner>(dialog, "banner");
    QVERIFY2(banner->text().contains(u"Unknown password"_s) && banner->text().contains(u"Audit only"_s),
        qPrintable(banner->text()));
    QTRY_VERIFY(!dialog->job()->isCounting());
    dialog->setMessageText(u"From the fleet"_s);
    MessageBox::setNextAnswer(true);
    QSignalSpy finished(dialog, &BroadcastDialog::sendFinished);
    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "sendButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(dialog->job()->status(0).sendState, BroadcastJob::SendState::Sent);
    QCOMPARE(dialog->job()->status(0).reached, dialog->job()->status(0).online);
    dialog->close();
}

void TestComposer::messageTypeSubjectAndPreviewToSelf()
{
    if (!m_session->capabilities().messageStyle)
        QSKIP("This server has no message types and subjects (our module's extension).");
    const QString user = createUser(u"styled"_s);
    auto bot = startBot(user);
    QVERIFY2(bot->waitOnline(), qPrintable(bot->errorText()));
    QWidget parent;
    ComposerDialog* dialog = ComposerDialog::openFor(m_session, {m_harness.bare(user)}, &parent);
    QVERIFY(dialog);
    ComposerWidget* composer = dialog->composer();
    auto* options = PaneHarness::child<MessageOptionsWidget>(dialog, "optionsWidget");
    auto* type = PaneHarness::child<QComboBox>(options, "typeCombo");
    QVERIFY(type->isEnabled());
    type->setCurrentIndex(type->findText(u"Chat"_s));
    QVERIFY2(PaneHarness::child<QLabel>(options, "typeNote")->text().contains(u"every client shows it"_s),
        qPrintable(PaneHarness::child<QLabel>(options, "typeNote")->text()));
    QTest::keyClicks(PaneHarness::child<QLineEdit>(options, "subjectEdit"), u"Planned maintenance"_s);
    const QString text = u"Typed from the composer %1"_s.arg(user);
    composer->setMessageText(text);

    // Preview to the admin's own account first: the recipients get nothing yet.
    QSignalSpy previewed(options, &MessageOptionsWidget::previewFinished);
    QTest::mouseClick(PaneHarness::child<QPushButton>(options, "previewButton"), Qt::LeftButton);
    QVERIFY(previewed.wait(20000));
    QCOMPARE(previewed.first().first().toBool(), true);
    QVERIFY2(dialog->banner()->text().contains(m_harness.server.settings().jid.section(u'/', 0, 0)),
        qPrintable(dialog->banner()->text()));
    QVERIFY(!bot->waitForMessage(text, nullptr, 500));

    QSignalSpy finished(composer, &ComposerWidget::sendFinished);
    QTRY_VERIFY(checked(composer->model()));
    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "sendButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    XmppBot::Message received;
    QVERIFY(bot->waitForMessage(text, &received));
    QCOMPARE(received.type, u"chat"_s);
    QCOMPARE(received.subject, u"Planned maintenance"_s);
    PaneHarness::screenshot(dialog, u"composer-typed"_s);
    dialog->close();
}

void TestComposer::announceReachesEveryRegisteredUser()
{
    if (!m_session->capabilities().announce)
        QSKIP("This server cannot announce to every registered user (our module's extension).");
    if (m_harness.server.isExternal())
        QSKIP("An announcement goes to every user of the server: never sent to an external server.");
    const QString offline = createUser(u"annoff"_s);
    ComposerPane pane(m_session);
    pane.show();
    QTest::mouseClick(pane.broadcastButton(), Qt::LeftButton);
    auto* dialog = pane.findChild<BroadcastDialog*>();
    QVERIFY(dialog);
    auto* audience = PaneHarness::child<QComboBox>(dialog, "audienceCombo");
    QVERIFY(audience->isEnabled());
    audience->setCurrentIndex(1);
    QCOMPARE(dialog->job()->audience(), BroadcastJob::Audience::Registered);
    const QString text = u"Announced to all %1"_s.arg(offline);
    QTest::keyClicks(PaneHarness::child<QPlainTextEdit>(dialog, "messageEdit"), text);
    QTRY_VERIFY(!dialog->job()->isCounting());
    MessageBox::setNextAnswer(true);
    QSignalSpy finished(dialog, &BroadcastDialog::sendFinished);
    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "sendButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"offline"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->job()->status(0).sendState, BroadcastJob::SendState::Sent);
    QVERIFY(dialog->job()->status(0).queued >= 1);
    QVERIFY2(PaneHarness::child<MessageBanner>(dialog, "banner")->text().contains(u"next sign in"_s),
        qPrintable(PaneHarness::child<MessageBanner>(dialog, "banner")->text()));
    auto late = startBot(offline);
    QVERIFY2(late->waitOnline(), qPrintable(late->errorText()));
    QVERIFY(late->waitForMessage(text));
    dialog->close();
}

QTEST_MAIN(TestComposer)
#include "TestComposer.moc"
