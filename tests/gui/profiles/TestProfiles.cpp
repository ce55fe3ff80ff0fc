// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "AwaitReply.h"
#include "FakeCredentialStore.h"
#include "ProfileTestFixture.h"
#include "ProfileUi.h"
#include "TestServer.h"
#include "app/ConsoleApplication.h"
#include "app/MainWindow.h"
#include "audit/AuditTrail.h"
#include "bulk/UserImportPlan.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileFile.h"
#include "profiles/ProfileListDialog.h"
#include "profiles/ProfilePasswordDialog.h"
#include "profiles/ProfilePasswords.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileSwitcher.h"
#include "profiles/UiSettings.h"
#include "sandbox/SandboxProcess.h"
#include "session/ServerSession.h"
#include "users/ImportUsersDialog.h"
#include "widgets/InputHintLabel.h"
#include "widgets/MessageBox.h"
#include "widgets/Pane.h"

#include <QColor>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ProfileUi;

// Creating, editing, duplicating, deleting, exporting and importing profiles through the dialogs;
// switching between them (password from the keychain, or asked without blocking); the command line.
class TestProfiles : public QObject, private ProfileTestFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void dialogSaysWhatIsWrong();
    void listDialog();
    void switcherFollowsTheStore();
    void switchingProfiles();
    void refusedPasswordIsAskedAgain();
    void commandLine();
    void sandboxIsTheDefault();
    void noPasswordLeftAfterAFullSession();

private:
};

void TestProfiles::initTestCase()
{
    QVERIFY2(startSandbox(), qPrintable(m_server.error()));
}

void TestProfiles::init()
{
    freshProfileStore();
}

void TestProfiles::dialogSaysWhatIsWrong()
{
    QVERIFY(m_store->save(profileFor(m_server.settings(), u"Production"_s)));
    ProfilePasswords passwords(m_keychain.get());
    ProfileDialog dialog(m_store.get(), &passwords, Profile{});
    dialog.show();
    QSignalSpy saved(&dialog, &ProfileDialog::saved);
    auto hint = [&dialog](const char* name) { return child<InputHintLabel>(&dialog, name)->text(); };

    click(button(&dialog, QDialogButtonBox::Save));
    QVERIFY(hint("nameHint").contains(u"name"_s));
    QVERIFY(hint("urlHint").contains(u"Enter the address"_s));
    QVERIFY(hint("jidHint").contains(u"admin@example.org"_s));

    Profile typed;
    typed.name = u"production"_s; // taken, in another case
    typed.baseUrl = QUrl(u"xmpp.example.org:5281/admin_rest"_s);
    typed.adminJid = u"admin"_s;
    typed.pinnedCertificateSha256 = "12:34";
    typed.caCertificatesFile = m_dir->filePath(u"missing-ca.pem"_s);
    fill(&dialog, typed, u"pw"_s);
    // The pin field shows what was typed; set it again in the form an operator pastes.
    type(child<QLineEdit>(&dialog, "pinEdit"), u"12:34"_s);
    type(child<QLineEdit>(&dialog, "urlEdit"), u"xmpp.example.org:5281/admin_rest"_s);
    click(button(&dialog, QDialogButtonBox::Save));
    QVERIFY(hint("nameHint").contains(u"Another profile"_s));
    QVERIFY(hint("urlHint").contains(u"https://"_s));
    QVERIFY(hint("jidHint").contains(u"full JID"_s));
    QVERIFY(hint("pinHint").contains(u"64 hexadecimal"_s));
    QVERIFY(hint("caHint").contains(u"missing-ca.pem"_s));
    screenshot(&dialog, u"profile-dialog-problems"_s);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_store->profiles().size(), 1);
    // Nothing typed is lost.
    QCOMPARE(child<QLineEdit>(&dialog, "jidEdit")->text(), u"admin"_s);
    QCOMPARE(child<QLineEdit>(&dialog, "passwordEdit")->text(), u"pw"_s);

    Profile good = profileFor(m_server.settings(), u"Staging"_s);
    good.timeoutSeconds = 30;
    fill(&dialog, good, u"s3cret"_s);
    child<QSpinBox>(&dialog, "refreshSpin")->setValue(60);
    child<QCheckBox>(&dialog, "readOnlyCheck")->setChecked(true);
    type(child<QLineEdit>(&dialog, "folderEdit"), u"Customers/Acme"_s);
    type(child<QLineEdit>(&dialog, "markingEdit"), u"staging"_s);
    auto* colors = child<QComboBox>(&dialog, "markingColorCombo");
    colors->setCurrentIndex(colors->findText(u"Orange"_s));
    screenshot(&dialog, u"profile-dialog"_s);
    click(button(&dialog, QDialogButtonBox::Save));
    QTRY_COMPARE(saved.count(), 1);
    const std::optional<Profile> stored = m_store->findByName(u"Staging"_s);
    QVERIFY(stored);
    QCOMPARE(stored->timeoutSeconds, 30);
    QCOMPARE(stored->autoRefreshSeconds, 60);
    QVERIFY(stored->readOnly);
    QCOMPARE(stored->folder, u"Customers/Acme"_s);
    QCOMPARE(stored->marking, u"staging"_s);
    QCOMPARE(stored->markingColor, u"#ef6c00"_s);
    QCOMPARE(m_keychain->secrets.value(key(*stored)), u"s3cret"_s);
    QTRY_VERIFY(!dialog.isVisible());
}

void TestProfiles::listDialog()
{
    ProfilePasswords passwords(m_keychain.get());
    ProfileListDialog list(m_store.get(), &passwords);
    list.show();
    auto* view = child<QListWidget>(&list, "profilesList");
    QCOMPARE(view->count(), 0);
    QVERIFY(child<QLabel>(&list, "detailsLabel")->text().contains(u"No profiles yet"_s));

    // New.
    list.newProfile();
    fill(list.profileDialog(), profileFor(m_server.settings(), u"Production"_s), u"s3cret"_s);
    click(button(list.profileDialog(), QDialogButtonBox::Save));
    QTRY_COMPARE(view->count(), 1);
    const Profile production = *m_store->findByName(u"Production"_s);
    QTRY_COMPARE(list.selectedId(), production.id);

    // Duplicate: a new id, the password not copied.
    click(child<QPushButton>(&list, "duplicateButton"));
    QCOMPARE(view->count(), 2);
    const Profile copy = *m_store->findByName(u"Production (copy)"_s);
    QCOMPARE(list.selectedId(), copy.id);
    QVERIFY(bannerText(&list).contains(u"not copied"_s));
    QVERIFY(!m_keychain->secrets.contains(key(copy)));

    // Edit: rename the copy.
    QTRY_VERIFY(!list.profileDialog());
    list.editSelected();
    type(child<QLineEdit>(list.profileDialog(), "nameEdit"), u"Backup"_s);
    click(button(list.profileDialog(), QDialogButtonBox::Save));
    QTRY_COMPARE(view->item(0)->text(), u"Backup"_s); // sorted
    QCOMPARE(m_store->profile(copy.id)->name, u"Backup"_s);
    screenshot(&list, u"profile-list"_s);

    // Export without passwords, import elsewhere.
    const QString file = m_dir->filePath(u"profiles.json"_s);
    ProfileListDialog::setNextFileName(file);
    click(child<QPushButton>(&list, "exportButton"));
    QVERIFY(bannerText(&list).contains(u"without passwords"_s));
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(!exported.readAll().contains("s3cret"));

    QTemporaryDir otherDir;
    ProfileStore other(otherDir.filePath(u"profiles.ini"_s));
    ProfileListDialog otherList(&other, &passwords);
    ProfileListDialog::setNextFileName(file);
    otherList.importProfiles();
    QCOMPARE(child<QListWidget>(&otherList, "profilesList")->count(), 2);
    QVERIFY(bannerText(&otherList).contains(u"Imported 2 profile"_s));
    QCOMPARE(other.profile(production.id)->baseUrl, production.baseUrl);

    // A file that is not an export: said inline, nothing imported.
    ProfileListDialog::setNextFileName(m_dir->filePath(u"profiles.ini"_s));
    otherList.importProfiles();
    QVERIFY(bannerText(&otherList).contains(u"not a profiles file"_s));
    QCOMPARE(other.profiles().size(), 2);

    // Delete asks first; declining keeps it.
    list.select(production.id);
    MessageBox::setNextAnswer(false);
    click(child<QPushButton>(&list, "deleteButton"));
    QVERIFY(MessageBox::lastText().contains(u"keychain"_s));
    QVERIFY(m_store->profile(production.id));
    MessageBox::setNextAnswer(true);
    click(child<QPushButton>(&list, "deleteButton"));
    QCOMPARE(view->count(), 1);
    QTRY_VERIFY(!m_keychain->secrets.contains(key(production)));

    // Connect.
    QSignalSpy connectRequested(&list, &ProfileListDialog::connectRequested);
    list.select(copy.id);
    click(list.connectButton());
    QCOMPARE(connectRequested.count(), 1);
    QCOMPARE(connectRequested.first().first().toUuid(), copy.id);
}

void TestProfiles::switcherFollowsTheStore()
{
    ProfileSwitcher switcher(m_store.get());
    QCOMPARE(switcher.count(), 1);
    QCOMPARE(switcher.itemText(0), u"Sandbox"_s);
    const Profile b = *m_store->save(profileFor(m_server.settings(), u"B"_s));
    Profile c = *m_store->save(profileFor(m_server.settings(), u"C"_s));
    const Profile a = *m_store->save(profileFor(m_server.settings(), u"a"_s));
    QCOMPARE(switcher.itemText(1), u"a"_s);
    QCOMPARE(switcher.itemText(2), u"B"_s);
    QCOMPARE(switcher.itemText(3), u"C"_s);
    switcher.setCurrentProfile(c.id);
    QSignalSpy chosen(&switcher, &ProfileSwitcher::profileChosen);
    c.name = u"0 first"_s;
    m_store->save(c);
    QCOMPARE(switcher.itemText(1), u"0 first"_s);
    QCOMPARE(switcher.currentProfileId(), c.id); // the selection follows the rename
    m_store->remove(b.id);
    QCOMPARE(switcher.count(), 3);
    QCOMPARE(chosen.count(), 0); // only the operator's choices are signalled
    emit switcher.activated(switcher.indexOfProfile(a.id));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toUuid(), a.id);
}

void TestProfiles::switchingProfiles()
{
    const Profile remembered = *m_store->save(profileFor(m_server.settings(), u"Remembered"_s));
    m_keychain->secrets.insert(key(remembered), m_server.settings().password);
    Profile sessionOnly = profileFor(m_server.settings(), u"Session only"_s, false);
    sessionOnly.readOnly = true;
    sessionOnly = *m_store->save(sessionOnly);

    ProfilePasswords passwords(m_keychain.get());
    ServerSession session;
    MainWindow window(&session);
    ProfileController controller(m_store.get(), &passwords, &session, &window);
    window.setProfileControls(controller.switcher(), controller.actions());
    window.show();
    QSignalSpy connected(&session, &ServerSession::connected);

    // From the keychain, without asking.
    controller.connectToProfile(remembered.id);
    QVERIFY(connected.wait(30000));
    QVERIFY(!controller.passwordDialog());
    QCOMPARE(controller.switcher()->currentProfileId(), remembered.id);
    QVERIFY(window.windowTitle().contains(u"Remembered"_s));
    QVERIFY(!session.isReadOnly());
    QCOMPARE(m_store->lastUsed(), remembered.id);

    // Chosen in the switcher: asked for, without blocking; read-only as the profile says.
    emit controller.switcher()->activated(controller.switcher()->indexOfProfile(sessionOnly.id));
    QTRY_VERIFY(controller.passwordDialog());
    ProfilePasswordDialog* prompt = controller.passwordDialog();
    QVERIFY(prompt->isVisible());
    QVERIFY(prompt->windowModality() != Qt::NonModal);
    // An empty password is not accepted; the prompt stays.
    click(button(prompt, QDialogButtonBox::Ok));
    QVERIFY(child<InputHintLabel>(prompt, "passwordHint")->isVisible());
    screenshot(prompt, u"password-prompt"_s);
    type(child<QLineEdit>(prompt, "passwordEdit"), m_server.settings().password);
    click(button(prompt, QDialogButtonBox::Ok));
    QVERIFY(connected.wait(30000));
    QVERIFY(session.isReadOnly());
    QVERIFY(!m_keychain->secrets.contains(key(sessionOnly)));
    QCOMPARE(passwords.sessionPassword(sessionOnly.id), m_server.settings().password);

    // Back and forth: the session remembers it, nothing is asked.
    controller.connectToProfile(remembered.id);
    QVERIFY(connected.wait(30000));
    controller.connectToProfile(sessionOnly.id);
    QVERIFY(connected.wait(30000));
    QTRY_VERIFY(!controller.passwordDialog()); // the one answered before is gone, no other came

    // Editing the current profile's address reconnects; a changed refresh interval does not.
    Profile edited = *m_store->profile(sessionOnly.id);
    edited.autoRefreshSeconds = 30;
    QSignalSpy states(&session, &ServerSession::stateChanged);
    m_store->save(edited);
    QCOMPARE(states.count(), 0);
    // A marking shows at once in the title and across the window, without reconnecting.
    auto* markingBar = child<QLabel>(&window, "markingBar");
    QVERIFY(!markingBar->isVisible());
    edited.marking = u"production"_s;
    edited.markingColor = u"#c62828"_s;
    m_store->save(edited);
    QCOMPARE(states.count(), 0);
    QVERIFY2(window.windowTitle().startsWith(u"[PRODUCTION] Session only"_s), qPrintable(window.windowTitle()));
    QVERIFY(markingBar->isVisible());
    QCOMPARE(markingBar->text(), u"PRODUCTION"_s);
    QCOMPARE(markingBar->palette().color(QPalette::Window), QColor(u"#c62828"_s));
    screenshot(&window, u"marked-profile"_s);
    edited.timeoutSeconds = 10;
    m_store->save(edited);
    QVERIFY(connected.wait(30000));

    // Deleting it disconnects.
    m_store->remove(sessionOnly.id);
    QCOMPARE(session.state(), ServerSession::State::Disconnected);
    QCOMPARE(controller.switcher()->currentIndex(), -1);
}

void TestProfiles::refusedPasswordIsAskedAgain()
{
    const Profile profile = *m_store->save(profileFor(m_server.settings(), u"Stale"_s));
    m_keychain->secrets.insert(key(profile), u"an old password"_s);
    ProfilePasswords passwords(m_keychain.get());
    ServerSession session;
    MainWindow window(&session);
    ProfileController controller(m_store.get(), &passwords, &session, &window);
    window.show();
    QSignalSpy connected(&session, &ServerSession::connected);
    controller.connectToProfile(profile.id);
    QTRY_VERIFY(controller.passwordDialog());
    ProfilePasswordDialog* prompt = controller.passwordDialog();
    QCOMPARE(session.state(), ServerSession::State::Failed);
    QVERIFY2(bannerText(prompt).contains(u"refused the password"_s), qPrintable(bannerText(prompt)));
    QVERIFY(child<QCheckBox>(prompt, "rememberCheck")->isChecked());
    type(child<QLineEdit>(prompt, "passwordEdit"), m_server.settings().password);
    click(button(prompt, QDialogButtonBox::Ok));
    QVERIFY(connected.wait(30000));
    QTRY_COMPARE(m_keychain->secrets.value(key(profile)), m_server.settings().password);
}

void TestProfiles::commandLine()
{
    const Profile first = *m_store->save(profileFor(m_server.settings(), u"First"_s));
    const Profile second = *m_store->save(profileFor(m_server.settings(), u"Second"_s));
    m_keychain->secrets.insert(key(first), m_server.settings().password);
    m_keychain->secrets.insert(key(second), m_server.settings().password);
    int exitCode = -1;
    {
        ConsoleApplication console(m_store.get(), m_keychain.get());
        QVERIFY(!console.start({u"console"_s, u"--profile"_s, u"Third"_s}, &exitCode));
        QCOMPARE(exitCode, 2);
        QVERIFY(!console.window());
    }
    {
        ConsoleApplication console(m_store.get(), m_keychain.get());
        QVERIFY(console.start({u"console"_s, u"--profile"_s, u"second"_s}, &exitCode));
        QCOMPARE(exitCode, 0);
        QCOMPARE(console.profiles()->currentProfile()->id, second.id);
        QSignalSpy connected(console.session(), &ServerSession::connected);
        QVERIFY(connected.wait(30000));
        QVERIFY(console.window()->windowTitle().contains(u"Second"_s));
        QVERIFY(console.window()->findChild<ProfileSwitcher*>());
        screenshot(console.window(), u"main-window-profile"_s);
    }
    {
        // Without options: the profile used last.
        ConsoleApplication console(m_store.get(), m_keychain.get());
        QVERIFY(console.start({u"console"_s}, &exitCode));
        QCOMPARE(console.profiles()->currentProfile()->id, second.id);
    }
}

void TestProfiles::sandboxIsTheDefault()
{
    // No profile at all: the built-in sandbox, started on demand, its password in memory only.
    int exitCode = -1;
    ConsoleApplication console(m_store.get(), m_keychain.get());
    QVERIFY(console.start({u"console"_s}, &exitCode));
    QVERIFY(console.profiles()->currentProfile()->isSandbox());
    QSignalSpy connected(console.session(), &ServerSession::connected);
    QVERIFY(connected.wait(60000));
    QVERIFY(console.profiles()->sandbox()->isReady());
    QVERIFY(console.window()->windowTitle().contains(u"Sandbox"_s));
    QCOMPARE(m_keychain->writes, 0);
    QVERIFY(m_store->isEmpty());
}

namespace {
QStringList s_messages;
QSet<QString> s_categories;
void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    s_messages.append(message);
    s_categories.insert(QString::fromLatin1(context.category));
}
} // namespace

void TestProfiles::noPasswordLeftAfterAFullSession()
{
    // A whole session: every pane loaded, the writes that carry a password (a user added, a password
    // changed, a user imported from CSV), a request refused, the activity log kept on disk; then the
    // settings files, the audit trail and everything the process logged hold no password.
    const Profile profile = *m_store->save(profileFor(m_server.settings(), u"Full session"_s));
    const QString password = m_server.settings().password;
    m_keychain->secrets.insert(key(profile), password);
    UiSettings ui(m_dir->filePath(u"console.ini"_s));
    const QString added = m_server.uniqueUser(u"secret-added"_s);
    const QString imported = m_server.uniqueUser(u"secret-imported"_s);
    const QString missingUser = m_server.uniqueUser(u"missing"_s);
    const QString addedPassword = u"Added-Pw-7c41e9"_s;
    const QString changedPassword = u"Changed-Pw-2b8d05"_s;
    const QString importedPassword = u"Imported-Pw-93fa6e"_s;
    const QString csv = m_dir->filePath(u"import.csv"_s);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((imported + u',' + importedPassword + u",\n").toUtf8());
    }
    s_messages.clear();
    s_categories.clear();
    // Every logging category of the console on, as an operator would with QT_LOGGING_RULES.
    QLoggingCategory::setFilterRules(u"pac.*=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    {
        int exitCode = -1;
        ConsoleApplication console(m_store.get(), m_keychain.get(), &ui);
        QVERIFY(console.start({u"console"_s, u"--profile"_s, u"Full session"_s}, &exitCode));
        // The session's state, not its connected() signal: start() may already have connected.
        ServerSession* session = console.session();
        QTRY_VERIFY2_WITH_TIMEOUT(session->state() == ServerSession::State::Connected,
            qPrintable(u"%1: %2"_s.arg(QVariant::fromValue(session->state()).toString(), session->lastError().title())),
            30000);
        bool usersListed = false;
        connect(console.session(), &ServerSession::requestFinished, this, [&](const RequestRecord& record) {
            usersListed
                = usersListed || record.path.contains(u"/all-users"_s) || record.path.contains(u"/registered-users"_s);
        });
        for (Pane* pane : console.window()->panes()) {
            console.window()->setCurrentPane(pane);
            pane->refresh();
        }
        // The users listing the trail is checked for below has been answered.
        QTRY_VERIFY_WITH_TIMEOUT(usersListed, 20000);
        AdminRestClient* client = console.session()->client();
        const auto create = awaitReply(client->createUser(added, addedPassword));
        QVERIFY2(create.ok(), create.describe().constData());
        const auto change = awaitReply(client->changePassword(added, changedPassword));
        QVERIFY2(change.ok(), change.describe().constData());
        {
            ImportUsersDialog import(console.session(), console.window());
            QSignalSpy usersChanged(&import, &ImportUsersDialog::usersChanged);
            import.loadFile(csv);
            QTRY_COMPARE_WITH_TIMEOUT(import.plan().count(UserImportPlan::Status::New), 1, 20000);
            QTest::mouseClick(child<QPushButton>(&import, "startButton"), Qt::LeftButton);
            QVERIFY(usersChanged.wait(20000));
        }
        QVERIFY(awaitReply(client->user(imported)).ok());
        // A refused call is logged too (with its sentence), still without the password.
        const auto refused = awaitReply(client->user(u"no/such"_s));
        QCOMPARE(refused.error.kind, ApiError::Kind::InvalidInput);
        // And so is one the server refuses.
        const auto missing = awaitReply(client->user(missingUser));
        QVERIFY(missing.finished && missing.error.isError());
        QVERIFY(awaitReply(client->deleteUser(added)).ok());
        QVERIFY(awaitReply(client->deleteUser(imported)).ok());
        console.window()->close();
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    // The categories did log: requests and the audit trail.
    QVERIFY2(s_categories.contains(u"pac.http"_s), qPrintable(s_categories.values().join(u", "_s)));
    QVERIFY2(s_categories.contains(u"pac.audit"_s), qPrintable(s_categories.values().join(u", "_s)));

    const QByteArray credential = (m_server.settings().jid + u':' + password).toUtf8().toBase64();
    auto readAll = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray trail = readAll(AuditTrail::fileForProfile(profile.id));
    QVERIFY2(trail.contains("/all-users") || trail.contains("/registered-users"), trail.left(200).constData());
    // The writes and the refused call are in the trail, the refusal with its status.
    const QList<LoggedRequest> entries
        = AuditTrail::read(AuditTrail::fileForProfile(profile.id), AuditTrail::DefaultMaximumEntries).entries;
    // status 0: any success (2xx).
    auto logged = [&](const QByteArray& method, const QString& path, int status) {
        return std::any_of(entries.cbegin(), entries.cend(), [&](const LoggedRequest& entry) {
            return entry.record.method == method && entry.record.path.endsWith(path)
                && (status == 0 ? entry.record.httpStatus / 100 == 2 : entry.record.httpStatus == status);
        });
    };
    QVERIFY2(logged("POST", u"/user/"_s + added, 0), trail.right(2000).constData());
    QVERIFY2(logged("PATCH", u"/user/"_s + added + u"/password"_s, 0), trail.right(2000).constData());
    QVERIFY2(logged("POST", u"/user/"_s + imported, 0), trail.right(2000).constData());
    const bool refusedLogged = std::any_of(entries.cbegin(), entries.cend(), [](const LoggedRequest& entry) {
        return entry.record.errorKind == ApiError::Kind::InvalidInput && !entry.record.message.isEmpty();
    });
    QVERIFY2(refusedLogged, trail.right(2000).constData());
    QVERIFY2(logged("GET", u"/user/"_s + missingUser, 404), trail.right(2000).constData());
    const QList<std::pair<QString, QByteArray>> places{
        {u"profiles file"_s, readAll(m_store->fileName())},
        {u"console settings"_s, readAll(ui.fileName())},
        {u"audit trail"_s, trail},
        {u"process output"_s, s_messages.join(u'\n').toUtf8()},
    };
    for (const auto& [place, content] : places) {
        QVERIFY2(!content.contains(password.toUtf8()), qPrintable(place));
        QVERIFY2(!content.contains(credential), qPrintable(place));
        for (const QString& secret : {addedPassword, changedPassword, importedPassword})
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(place + u": "_s + secret));
    }
}

QTEST_MAIN(TestProfiles)
#include "TestProfiles.moc"
