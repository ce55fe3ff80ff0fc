// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// Bulk import and export of users through the Users pane against the sandbox: a CSV of 200 users
// imported through the dialog (preview, progress, outcomes), checked on the server with one listing
// call and deleted again; stop and retry send nothing twice; closing mid-import asks first and what
// succeeded is reported as succeeded; the table shown (filtered) is exported as CSV.

#include "AwaitReply.h"
#include "EmulatedPane.h"
#include "PaneHarness.h"
#include "TestServer.h"
#include "api/AdminRestClient.h"
#include "bulk/BulkJob.h"
#include "bulk/BulkOutcomeModel.h"
#include "bulk/CsvReader.h"
#include "bulk/UserImportPlan.h"
#include "bulk/UserImportPlanModel.h"
#include "models/UsersModel.h"
#include "session/ServerSession.h"
#include "users/ImportUsersDialog.h"
#include "users/UsersPane.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestImportUsersDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void importTwoHundredUsers();
    void stopThenRetrySendsNothingTwice();
    void closingWhileRunningAsksAndKeepsExactOutcomes();
    void exportsTheFilteredTable();
    void rowsWithoutPasswordGetInvitationsToExport();
    void classicServerChecksUserByUser();

private:
    // Writes `lines` (after a header) to a file in the temporary directory.
    QString writeCsv(const QString& name, const QStringList& lines);
    // Opens the import dialog from the pane's action and chooses `path` in its file dialog.
    ImportUsersDialog* openAndChoose(const QString& path) { return openAndChoose(m_pane, path); }
    ImportUsersDialog* openAndChoose(UsersPane* pane, const QString& path);
    // Writes a CSV of `count` new users named after `stem` (in `users`, remembered for clean-up), opens it in
    // the import dialog and, once its plan holds them all, starts the import `concurrency` at a time. The
    // dialog, or null (with a warning saying which step failed).
    ImportUsersDialog* startImportOfNewUsers(const QString& stem, int count, int concurrency, QStringList* users);
    // Every registered user of the host, from one GET /all-users.
    QSet<QString> registeredUsers();
    // Deletes the users on the server, a few at a time (a BulkJob, as the console would).
    void deleteUsers(const QStringList& localparts);
    // Deletes users a test created, which then need no deleting at the end.
    void deleteCreatedUsers(const QStringList& localparts);

    TestServer m_server;
    AdminRestClient* m_client = nullptr;
    ServerSession* m_session = nullptr;
    UsersPane* m_pane = nullptr;
    QTemporaryDir m_dir;
    QStringList m_created; // every user a test may have created, deleted at the end
};

void TestImportUsersDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_client = new AdminRestClient(m_server.settings(), this);
    m_session = new ServerSession(this);
    m_pane = new UsersPane(m_session);
    m_pane->resize(1000, 700);
    m_pane->show();
    QSignalSpy connected(m_session, &ServerSession::connected);
    m_session->connectTo(u"Sandbox"_s, m_server.settings());
    QVERIFY(connected.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowCount() > 0, 20000);
}

void TestImportUsersDialog::cleanupTestCase()
{
    delete m_pane;
    if (!m_created.isEmpty())
        deleteUsers(m_created);
}

QString TestImportUsersDialog::writeCsv(const QString& name, const QStringList& lines)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    // As a spreadsheet saves "CSV UTF-8": a byte order mark and CRLF.
    file.write("\xEF\xBB\xBFuser,password,role\r\n");
    for (const QString& line : lines)
        file.write(line.toUtf8() + "\r\n");
    return path;
}

ImportUsersDialog* TestImportUsersDialog::openAndChoose(UsersPane* pane, const QString& path)
{
    auto* action = pane->findChild<QAction*>(u"importUsersAction"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto* dialog = pane->findChild<ImportUsersDialog*>();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "browseButton"), Qt::LeftButton);
    auto* files = dialog->findChild<QFileDialog*>(u"importFileDialog"_s);
    if (!files || !files->isVisible())
        return nullptr;
    files->selectFile(path);
    static_cast<QDialog*>(files)->accept(); // QFileDialog::accept() is protected
    return dialog;
}

ImportUsersDialog* TestImportUsersDialog::startImportOfNewUsers(
    const QString& stem, int count, int concurrency, QStringList* users)
{
    const QString prefix = m_server.uniqueUser(stem);
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        users->append(u"%1-%2"_s.arg(prefix).arg(i));
        lines.append(u"%1,pw%2,"_s.arg(users->last()).arg(i));
    }
    m_created += *users;
    ImportUsersDialog* dialog = openAndChoose(writeCsv(stem + u".csv"_s, lines));
    if (!dialog) {
        qWarning("the import dialog did not open on %s.csv", qPrintable(stem));
        return nullptr;
    }
    if (!QTest::qWaitFor([&] { return dialog->plan().count(UserImportPlan::Status::New) == count; }, 20000)) {
        qWarning("the import plan did not list %d new users", count);
        return nullptr;
    }
    PaneHarness::child<QSpinBox>(dialog, "concurrencySpin")->setValue(concurrency);
    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    return dialog;
}

QSet<QString> TestImportUsersDialog::registeredUsers()
{
    const auto all = awaitReply(m_client->allUsers());
    if (!all.ok())
        qFatal("all-users: %s", all.describe().constData());
    QSet<QString> jids;
    for (const RegisteredUser& user : all.value)
        jids.insert(user.jid);
    return jids;
}

void TestImportUsersDialog::deleteUsers(const QStringList& localparts)
{
    BulkJob job;
    for (const QString& user : localparts)
        job.addItem(user, [this, user] { return m_client->deleteUser(user); });
    QSignalSpy finished(&job, &BulkJob::finished);
    job.start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(job.count(BulkJob::Status::Succeeded), int(localparts.size()));
}

void TestImportUsersDialog::deleteCreatedUsers(const QStringList& localparts)
{
    deleteUsers(localparts);
    for (const QString& user : localparts)
        m_created.removeOne(user);
}

void TestImportUsersDialog::importTwoHundredUsers()
{
    constexpr int Users = 200;
    const QString stem = m_server.uniqueUser(u"bulk"_s);
    QStringList lines;
    QStringList users;
    // A role this server has that is not an administrator's: prosody:member on 13, prosody:user on 0.12.
    const QStringList roles = m_session->capabilities().availableRoles;
    const QString role = roles.contains(u"prosody:member"_s) ? u"prosody:member"_s : u"prosody:user"_s;
    QVERIFY2(roles.contains(role), qPrintable(roles.join(u',')));
    for (int i = 0; i < Users; ++i) {
        const QString user = u"%1-%2"_s.arg(stem).arg(i, 3, 10, QLatin1Char('0'));
        users.append(user);
        // A password with a comma and a quote, and a role on every 50th line.
        lines.append(u"%1,\"pw,%2\"\"x\",%3"_s.arg(user).arg(i).arg(i % 50 == 0 ? role : QString()));
    }
    m_created += users;
    const QString existing = m_server.sandbox().users.value(0);
    QVERIFY(!existing.isEmpty());
    lines.insert(10, u"%1,new-password,"_s.arg(existing)); // exists: skipped, its password untouched
    lines.insert(20, u"has space,pw,"_s); // invalid
    const QString path = writeCsv(u"users.csv"_s, lines);

    ImportUsersDialog* dialog = openAndChoose(path);
    QVERIFY(dialog);
    QCOMPARE(PaneHarness::child<QLineEdit>(dialog, "fileEdit")->text(), QDir::toNativeSeparators(path));

    // The preview: what will happen to each line, before anything is sent.
    auto* preview = PaneHarness::child<QTableView>(dialog, "previewView");
    QTRY_COMPARE_WITH_TIMEOUT(preview->model()->rowCount(), Users + 2, 20000);
    QVERIFY(!dialog->isChecking());
    QCOMPARE(dialog->plan().count(UserImportPlan::Status::New), Users);
    QCOMPARE(dialog->plan().count(UserImportPlan::Status::Exists), 1);
    QCOMPARE(dialog->plan().count(UserImportPlan::Status::Invalid), 1);
    const QString summary = PaneHarness::child<QLabel>(dialog, "summaryLabel")->text();
    QVERIFY2(summary.contains(u"200 new user"_s) && summary.contains(u"1 existing user"_s), qPrintable(summary));
    // The two lines that will not be imported, on their own.
    auto* skippedOnly = PaneHarness::child<QCheckBox>(dialog, "skippedOnlyCheck");
    skippedOnly->setChecked(true);
    QCOMPARE(preview->model()->rowCount(), 2);
    QCOMPARE(preview->model()->index(0, UserImportPlanModel::LineColumn).data().toInt(), 12);
    QCOMPARE(preview->model()->index(1, UserImportPlanModel::StatusColumn).data().toString(), u"Invalid"_s);
    QVERIFY(preview->model()->index(1, UserImportPlanModel::ReasonColumn).data().toString().contains(u"spaces"_s));
    PaneHarness::screenshot(dialog, u"import-preview-skipped"_s);
    skippedOnly->setChecked(false);
    QCOMPARE(preview->model()->rowCount(), Users + 2);
    auto* start = PaneHarness::child<QPushButton>(dialog, "startButton");
    QVERIFY(start->isEnabled());
    QVERIFY2(start->text().contains(u"200"_s), qPrintable(start->text()));
    PaneHarness::screenshot(dialog, u"import-preview"_s);

    // Import: progress and one outcome per line.
    QTest::mouseClick(start, Qt::LeftButton);
    QPointer<BulkJob> job = dialog->job();
    QVERIFY(job);
    auto* outcome = PaneHarness::child<QTableView>(dialog, "outcomeView");
    auto* progress = PaneHarness::child<QProgressBar>(dialog, "progressBar");
    QVERIFY(outcome->isVisible());
    QCOMPARE(outcome->model()->rowCount(), Users + 2);
    QTRY_VERIFY_WITH_TIMEOUT(job->done() >= 60 || !job->isRunning(), 60000);
    QVERIFY(PaneHarness::child<QPushButton>(dialog, "stopButton")->isVisible());
    QVERIFY(job->peakInFlight() <= BulkJob::DefaultConcurrency);
    PaneHarness::screenshot(dialog, u"import-running"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 120000);

    QCOMPARE(job->count(BulkJob::Status::Succeeded), Users);
    QCOMPARE(job->count(BulkJob::Status::Skipped), 2);
    QCOMPARE(progress->value(), Users);
    QCOMPARE(progress->maximum(), Users);
    QCOMPARE(job->peakInFlight(), BulkJob::DefaultConcurrency);
    int succeededRows = 0;
    for (int row = 0; row < outcome->model()->rowCount(); ++row) {
        const QString status = outcome->model()->index(row, BulkOutcomeModel::StatusColumn).data().toString();
        const QString message = outcome->model()->index(row, BulkOutcomeModel::MessageColumn).data().toString();
        if (status == u"Succeeded"_s) {
            ++succeededRows;
            QVERIFY2(message.startsWith(u"User registered: "_s), qPrintable(message));
        }
    }
    QCOMPARE(succeededRows, Users);
    QCOMPARE(dialog->banner()->type(), MessageBanner::Type::Success);
    QVERIFY(!PaneHarness::child<QPushButton>(dialog, "retryButton")->isEnabled());
    PaneHarness::screenshot(dialog, u"import-finished"_s);

    // The server has every one of them (one listing call), with the role where the file gave one.
    const QSet<QString> registered = registeredUsers();
    for (const QString& user : std::as_const(users))
        QVERIFY2(registered.contains(u"%1@%2"_s.arg(user, m_server.domain())), qPrintable(user));
    // The first user logs in with the password from the file, quotes and comma included: the
    // server checks it when we change nothing but ask for the user with its own credentials.
    ConnectionSettings asUser = m_server.settings();
    asUser.jid = u"%1@%2"_s.arg(users.first(), m_server.domain());
    asUser.password = u"pw,0\"x"_s;
    AdminRestClient userClient(asUser);
    const auto ping = awaitReply(userClient.ping());
    // Not an admin, but authenticated: a wrong password would be AuthenticationFailed.
    QVERIFY2(ping.error.kind == ApiError::Kind::NotAdmin, ping.describe().constData());

    // The pane refreshed after the import.
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOfKey(u"%1@%2"_s.arg(users.last(), m_server.domain())) >= 0, 20000);

    // Closing a finished import asks nothing.
    const int questions = MessageBox::questionsAsked();
    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_pane->findChild<ImportUsersDialog*>());
    QCOMPARE(MessageBox::questionsAsked(), questions);

    deleteUsers(users);
    const QSet<QString> after = registeredUsers();
    for (const QString& user : std::as_const(users))
        QVERIFY(!after.contains(u"%1@%2"_s.arg(user, m_server.domain())));
    for (const QString& user : std::as_const(users))
        m_created.removeOne(user);
}

void TestImportUsersDialog::stopThenRetrySendsNothingTwice()
{
    constexpr int Users = 40;
    QStringList users;
    ImportUsersDialog* dialog = startImportOfNewUsers(u"retry"_s, Users, 1, &users);
    QVERIFY(dialog);
    QPointer<BulkJob> job = dialog->job();
    QTRY_VERIFY_WITH_TIMEOUT(job->done() >= 5, 30000);
    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "stopButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 30000);
    const int first = job->count(BulkJob::Status::Succeeded);
    QVERIFY(first < Users);
    QCOMPARE(job->count(BulkJob::Status::NotStarted), Users - first);
    QCOMPARE(job->peakInFlight(), 1);
    auto* retry = PaneHarness::child<QPushButton>(dialog, "retryButton");
    QVERIFY(retry->isEnabled());
    PaneHarness::screenshot(dialog, u"import-stopped"_s);

    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 60000);
    QCOMPARE(job->count(BulkJob::Status::Succeeded), Users);
    // Nothing was created twice: a second POST would have answered "already existed, password updated".
    for (int i = 0; i < Users; ++i)
        QVERIFY2(job->outcome(i).message.startsWith(u"User registered: "_s), qPrintable(job->outcome(i).message));
    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_pane->findChild<ImportUsersDialog*>());

    deleteCreatedUsers(users);
}

void TestImportUsersDialog::closingWhileRunningAsksAndKeepsExactOutcomes()
{
    // What the outcome table says, row by row, as it changes (the job goes with the dialog).
    QHash<QString, BulkJob::Status> seen;
    // Enough users that some are not started yet when it closes, also in batches of ten (our module).
    constexpr int Users = 200;
    QStringList users;
    ImportUsersDialog* dialog = startImportOfNewUsers(u"close"_s, Users, 2, &users);
    QVERIFY(dialog);
    QPointer<BulkJob> job = dialog->job();
    connect(job, &BulkJob::itemChanged, this,
        [&seen, job](int index) { seen.insert(job->outcome(index).label, job->outcome(index).status); });
    QTRY_VERIFY_WITH_TIMEOUT(job->done() >= 4, 30000);

    // Asked, and "no": the import goes on.
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"still running"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(job->isRunning());

    // Asked, and "yes": stopped and closed, and the pane learns what was created.
    MessageBox::setNextAnswer(true);
    QSignalSpy usersChanged(dialog, &ImportUsersDialog::usersChanged);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCOMPARE(usersChanged.size(), 1);
    QTRY_VERIFY(!m_pane->findChild<ImportUsersDialog*>());
    QVERIFY(job.isNull());

    // Every user reported as succeeded exists; every one never started does not.
    const QSet<QString> registered = registeredUsers();
    int succeeded = 0;
    int notStarted = 0;
    for (const QString& user : std::as_const(users)) {
        const QString jid = u"%1@%2"_s.arg(user, m_server.domain());
        const BulkJob::Status status = seen.value(jid, BulkJob::Status::NotStarted);
        if (status == BulkJob::Status::Succeeded) {
            ++succeeded;
            QVERIFY2(registered.contains(jid), qPrintable(jid));
        } else if (status == BulkJob::Status::NotStarted) {
            ++notStarted;
            QVERIFY2(!registered.contains(jid), qPrintable(jid));
        }
    }
    QVERIFY(succeeded >= 4);
    QVERIFY(notStarted > 0);

    deleteCreatedUsers(users);
}

void TestImportUsersDialog::exportsTheFilteredTable()
{
    const QString demo = m_server.sandbox().users.value(1);
    QVERIFY(!demo.isEmpty());
    auto* filter = m_pane->findChild<QLineEdit*>(u"filterEdit"_s);
    QVERIFY(filter);
    filter->setText(demo);
    auto* view = m_pane->findChild<QTableView*>(u"usersView"_s);
    QVERIFY(view);
    QTRY_VERIFY(view->model()->rowCount() >= 1);
    const int shown = view->model()->rowCount();

    auto* action = m_pane->findChild<QAction*>(u"exportUsersAction"_s);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto* files = m_pane->findChild<QFileDialog*>(u"exportFileDialog"_s);
    QVERIFY(files);
    const QString path = m_dir.filePath(u"export.csv"_s);
    files->selectFile(path);
    static_cast<QDialog*>(files)->accept(); // QFileDialog::accept() is protected

    QFile file(path);
    QTRY_VERIFY(file.exists());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvDocument document = CsvReader::parse(file.readAll());
    QVERIFY(document.errors.isEmpty());
    QCOMPARE(document.rows.size(), shown + 1); // the header and what the table shows
    QCOMPARE(document.rows.first().fields.first(), u"JID"_s);
    QVERIFY(document.rows.at(1).fields.first().contains(demo));
    QCOMPARE(m_pane->banner()->type(), MessageBanner::Type::Success);
    PaneHarness::screenshot(m_pane, u"users-pane-exported"_s);
    filter->clear();
}

// Where the server makes invitations (the sandbox loads mod_invites), a row without a password gets
// an invitation instead, and "Export Invitations…" saves (user, link, expiry) for a mail merge.
void TestImportUsersDialog::rowsWithoutPasswordGetInvitationsToExport()
{
    QVERIFY(m_session->capabilities().invitations);
    const QString stem = m_server.uniqueUser(u"inv"_s);
    const QStringList invited{stem + u"-a"_s, stem + u"-b"_s};
    const QString withPassword = stem + u"-c"_s;
    m_created << withPassword;
    ImportUsersDialog* dialog = openAndChoose(
        writeCsv(u"invite.csv"_s, {invited.at(0) + u",,"_s, withPassword + u",pw-c,"_s, invited.at(1) + u",,"_s}));
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->plan().count(UserImportPlan::Action::Invite), 2, 20000);
    QCOMPARE(dialog->plan().count(UserImportPlan::Action::Create), 1);
    const QString summary = PaneHarness::child<QLabel>(dialog, "summaryLabel")->text();
    QVERIFY2(summary.contains(u"2 new user"_s) && summary.contains(u"invitation instead of a password"_s),
        qPrintable(summary));
    auto* exportButton = PaneHarness::child<QPushButton>(dialog, "exportInvitationsButton");
    QVERIFY(!exportButton->isVisible());

    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->job() && !dialog->job()->isRunning(), 30000);
    QCOMPARE(dialog->job()->count(BulkJob::Status::Succeeded), 3);
    QVERIFY(exportButton->isVisible() && exportButton->isEnabled());
    QVERIFY2(dialog->banner()->text().contains(u"2 invitation"_s), qPrintable(dialog->banner()->text()));
    // An invited row's Message is the server's sentence, as a created user's is.
    for (int row : {0, 2}) {
        const QString message = dialog->job()->outcome(row).message;
        QVERIFY2(message.startsWith(
                     u"Invitation created for %1@%2, valid until "_s.arg(invited.at(row / 2), m_server.domain())),
            qPrintable(message));
    }
    PaneHarness::screenshot(dialog, u"import-invitations"_s);

    // The export: the header and one line per invitation, each a link that the server lists as pending.
    const QString path = m_dir.filePath(u"invitations.csv"_s);
    QVERIFY(dialog->writeInvitations(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvDocument document = CsvReader::parse(file.readAll());
    QVERIFY(document.errors.isEmpty());
    QCOMPARE(document.rows.size(), 3);
    QCOMPARE(document.rows.first().fields, (QStringList{u"user"_s, u"link"_s, u"expires"_s}));
    const auto pending = awaitReply(m_client->invitations());
    QVERIFY2(pending.ok(), pending.describe().constData());
    for (int i = 0; i < 2; ++i) {
        const QStringList fields = document.rows.at(i + 1).fields;
        QCOMPARE(fields.value(0), u"%1@%2"_s.arg(invited.at(i), m_server.domain()));
        QVERIFY2(fields.value(1).contains(u"preauth="_s) || fields.value(1).startsWith(u"http"_s),
            qPrintable(fields.value(1)));
        bool listed = false;
        for (const Invitation& invitation : pending.value) {
            if (invitation.jid == fields.value(0) && fields.value(1).contains(invitation.token)) {
                listed = true;
                QVERIFY(awaitReply(m_client->revokeInvitation(invitation.token)).ok());
            }
        }
        QVERIFY2(listed, qPrintable(fields.value(0)));
    }
    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_pane->findChild<ImportUsersDialog*>());
    deleteCreatedUsers({withPassword});
}

// The published classic module cannot list users nor set roles: existence is checked user by user,
// rows with a role cannot be imported, and overwriting a password goes through PATCH …/password.
void TestImportUsersDialog::classicServerChecksUserByUser()
{
    EmulatedPane<UsersPane> emulated(this);
    if (!emulated.start(u"classic"_s, 4, 0, {900, 500}))
        return;
    TestServer& classic = emulated.harness.server;
    AdminRestClient* client = emulated.harness.client;
    QVERIFY(emulated.connectSession());
    QVERIFY(!emulated.session.capabilities().canListRegisteredUsers());
    QVERIFY(!emulated.session.capabilities().roles);

    const QString existing = classic.sandbox().users.value(0);
    QStringList users;
    QStringList lines;
    for (int i = 0; i < 10; ++i) {
        users.append(classic.uniqueUser(u"classic"_s));
        lines.append(users.last() + u",pw,"_s);
    }
    lines.append(existing + u",changed-password,"_s);
    lines.append(classic.uniqueUser(u"admin"_s) + u",pw,prosody:admin"_s);
    ImportUsersDialog* dialog = openAndChoose(emulated.pane.get(), writeCsv(u"classic.csv"_s, lines));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking() && dialog->plan().entries().size() == 12, 20000);
    QCOMPARE(dialog->plan().count(UserImportPlan::Status::New), 10);
    QCOMPARE(dialog->plan().count(UserImportPlan::Status::Exists), 1);
    QCOMPARE(dialog->plan().count(UserImportPlan::Status::Invalid), 1);
    QVERIFY(dialog->plan().entries().last().reason.contains(u"cannot set roles"_s));

    // Overwriting the existing user's password is asked for, then sent as PATCH …/password.
    PaneHarness::child<QCheckBox>(dialog, "overwriteCheck")->setChecked(true);
    QCOMPARE(dialog->plan().count(UserImportPlan::Action::OverwritePassword), 1);
    MessageBox::setNextAnswer(true);
    const int questions = MessageBox::questionsAsked();
    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::questionsAsked(), questions + 1);
    QVERIFY2(MessageBox::lastText().contains(u"replaced"_s), qPrintable(MessageBox::lastText()));
    QPointer<BulkJob> job = dialog->job();
    QVERIFY(job);
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 60000);
    QCOMPARE(job->count(BulkJob::Status::Succeeded), 11);
    QCOMPARE(job->count(BulkJob::Status::Skipped), 1);
    QVERIFY2(job->outcome(10).message.startsWith(u"User modified"_s), qPrintable(job->outcome(10).message));

    for (const QString& user : std::as_const(users))
        QVERIFY2(awaitReply(client->user(user)).ok(), qPrintable(user));
    ConnectionSettings asUser = classic.settings();
    asUser.jid = existing + QLatin1Char('@') + classic.domain();
    asUser.password = u"changed-password"_s;
    AdminRestClient userClient(asUser);
    const auto ping = awaitReply(userClient.ping());
    QVERIFY2(ping.error.kind == ApiError::Kind::NotAdmin, ping.describe().constData());

    QTest::mouseClick(PaneHarness::child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    for (const QString& user : std::as_const(users))
        QVERIFY(awaitReply(client->deleteUser(user)).ok());
}

QTEST_MAIN(TestImportUsersDialog)
#include "TestImportUsersDialog.moc"
