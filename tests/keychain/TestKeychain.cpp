// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "ProfileUi.h"
#include "TestServer.h"
#include "api/AdminRestClient.h"
#include "app/MainWindow.h"
#include "audit/ActivityLogModel.h"
#include "profiles/KeychainCredentialStore.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileListDialog.h"
#include "profiles/ProfilePasswordDialog.h"
#include "profiles/ProfilePasswords.h"
#include "profiles/ProfileStore.h"
#include "session/ServerSession.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using namespace ProfileUi;

namespace {

const QString NoSecretServiceArgument = u"--without-secret-service"_s;

struct ToolResult
{
    QString status;
    QString secret;
};

// What a fresh process finds in the keychain under the console's service.
ToolResult runTool(const QStringList& arguments)
{
    QProcess tool;
    tool.start(QStringLiteral(PAC_KEYCHAIN_TOOL), arguments);
    if (!tool.waitForFinished(30000))
        return {u"no answer"_s, {}};
    ToolResult result;
    for (const QString& line : QString::fromUtf8(tool.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith("status="_L1))
            result.status = line.mid(7);
        else if (line.startsWith("secret="_L1))
            result.secret = line.mid(7);
    }
    return result;
}

ToolResult readFromFreshProcess(const QUuid& id)
{
    return runTool({u"read"_s, id.toString(QUuid::WithoutBraces)});
}

QByteArray readFile(const QString& fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Files below `directory` holding the password, or the Basic credentials made from it.
QStringList filesContaining(const QString& directory, const QString& jid, const QString& password)
{
    const QList<QByteArray> needles{password.toUtf8(), (jid + u':' + password).toUtf8().toBase64()};
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QByteArray content = readFile(file);
        for (const QByteArray& needle : needles) {
            if (content.contains(needle))
                found.append(file);
        }
    }
    return found;
}

// Creates a profile through the profile list and dialog, as an operator does; returns its id.
QUuid createThroughDialog(ProfileListDialog& list, ProfileStore& store, const Profile& profile, const QString& password)
{
    list.newProfile();
    ProfileDialog* dialog = list.profileDialog();
    if (!dialog)
        return {};
    fill(dialog, profile, password);
    QSignalSpy saved(dialog, &ProfileDialog::saved);
    click(button(dialog, QDialogButtonBox::Save));
    if (saved.isEmpty() && !saved.wait(10000))
        return {};
    const std::optional<Profile> stored = store.findByName(profile.name);
    return stored ? stored->id : QUuid();
}

} // namespace

// The profiles' passwords in the OS keychain: the real Secret Service that scripts/run-tests.sh starts
// (gnome-keyring inside dbus-run-session), read back by a separate process, removed with the profile;
// never in the settings file or the activity log; and without a Secret Service, for the session only.
class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rememberedPassword();
    void sessionOnlyPassword();
    void rememberTurnedOff();
    void sessionKeepsThePasswordInTheKeychainOnly();
    void withoutSecretService();
    void jobOutlivesItsStore();

private:
    TestServer m_server;
    QTemporaryDir m_home;
    QString m_settingsFile;
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    m_settingsFile = m_home.filePath(u"profiles.ini"_s);
    const ToolResult probe
        = runTool({u"write"_s, u"probe-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces), u"x"_s});
    QVERIFY2(probe.status == "Ok"_L1,
        qPrintable(u"no usable Secret Service on the session bus (%1): run this test through scripts/run-tests.sh, "
                   "which starts dbus-run-session with an unlocked gnome-keyring"_s.arg(probe.status)));
    QVERIFY2(m_server.start({u"--users"_s, u"3"_s, u"--bots"_s, u"0"_s, u"--count-password-checks"_s}),
        qPrintable(m_server.error()));
}

void TestKeychain::rememberedPassword()
{
    const QString password = m_server.settings().password;
    QUuid id;
    {
        ProfileStore store(m_settingsFile);
        KeychainCredentialStore keychain;
        QCOMPARE(keychain.service(), u"org.prosodyadmin.Console"_s);
        ProfilePasswords passwords(&keychain);
        ProfileListDialog list(&store, &passwords);
        list.show();
        id = createThroughDialog(list, store, profileFor(m_server.settings(), u"Keychain"_s, true), password);
        QVERIFY(!id.isNull());
        QTRY_VERIFY(!list.profileDialog()); // saved without a keychain problem: the dialog closed
    }

    // Another process finds it under service = the application id, key = the profile's uuid.
    const ToolResult stored = readFromFreshProcess(id);
    QCOMPARE(stored.status, u"Ok"_s);
    QCOMPARE(stored.secret, password);
    QVERIFY(!readFile(m_settingsFile).isEmpty());
    QVERIFY(!readFile(m_settingsFile).contains(password.toUtf8()));

    // A new session connects with the keychain's password, without asking; the activity log of the
    // connection never shows it.
    ProfileStore store(m_settingsFile);
    KeychainCredentialStore keychain;
    ProfilePasswords passwords(&keychain);
    ServerSession session;
    MainWindow window(&session);
    ProfileController controller(&store, &passwords, &session, &window);
    ActivityLogModel log;
    connect(
        &session, &ServerSession::requestFinished, &log, [&log](const RequestRecord& record) { log.append(record); });
    QSignalSpy connected(&session, &ServerSession::connected);
    controller.connectToProfile(id);
    QVERIFY(connected.wait(30000));
    QVERIFY(!controller.passwordDialog());
    QVERIFY(log.rowCount() > 0);
    const QByteArray basic = (m_server.settings().jid + u':' + password).toUtf8().toBase64();
    for (int row = 0; row < log.rowCount(); ++row) {
        const QString text = log.rowText(row);
        QVERIFY2(!text.contains(password) && !text.contains(QString::fromLatin1(basic)), qPrintable(text));
    }

    // Renaming keeps the secret.
    ProfileListDialog list(&store, &passwords);
    list.show();
    list.select(id);
    list.editSelected();
    QVERIFY(list.profileDialog());
    type(child<QLineEdit>(list.profileDialog(), "nameEdit"), u"Keychain renamed"_s);
    click(button(list.profileDialog(), QDialogButtonBox::Save));
    QTRY_COMPARE(store.profile(id)->name, u"Keychain renamed"_s);
    QTRY_VERIFY(!list.profileDialog());
    QCOMPARE(readFromFreshProcess(id).secret, password);

    // Deleting the profile deletes its secret.
    MessageBox::setNextAnswer(true);
    list.select(id);
    list.deleteSelected();
    QVERIFY(!store.profile(id));
    QTRY_COMPARE(readFromFreshProcess(id).status, u"NotFound"_s);
    QVERIFY(!readFile(m_settingsFile).contains(password.toUtf8()));
    QVERIFY(list.findChild<MessageBanner*>(u"banner"_s)->isHidden());
}

void TestKeychain::sessionOnlyPassword()
{
    ProfileStore store(m_settingsFile);
    KeychainCredentialStore keychain;
    ProfilePasswords passwords(&keychain);
    ProfileListDialog list(&store, &passwords);
    list.show();
    const QUuid id
        = createThroughDialog(list, store, profileFor(m_server.settings(), u"Session only"_s, false), u"typed-once"_s);
    QVERIFY(!id.isNull());
    QCOMPARE(passwords.sessionPassword(id), u"typed-once"_s);
    QCOMPARE(readFromFreshProcess(id).status, u"NotFound"_s);
    QVERIFY(!readFile(m_settingsFile).contains("typed-once"));
    QVERIFY(store.remove(id));
}

void TestKeychain::rememberTurnedOff()
{
    ProfileStore store(m_settingsFile);
    KeychainCredentialStore keychain;
    ProfilePasswords passwords(&keychain);
    ProfileListDialog list(&store, &passwords);
    list.show();
    const QUuid id
        = createThroughDialog(list, store, profileFor(m_server.settings(), u"Forgetful"_s, true), u"remembered"_s);
    QVERIFY(!id.isNull());
    QTRY_COMPARE(readFromFreshProcess(id).secret, u"remembered"_s);

    QTRY_VERIFY(!list.profileDialog());
    list.select(id);
    list.editSelected();
    child<QCheckBox>(list.profileDialog(), "rememberCheck")->setChecked(false);
    click(button(list.profileDialog(), QDialogButtonBox::Save));
    QTRY_COMPARE(readFromFreshProcess(id).status, u"NotFound"_s);
    QCOMPARE(passwords.sessionPassword(id), u"remembered"_s); // still usable in this session
    MessageBox::setNextAnswer(true);
    QTRY_VERIFY(!list.profileDialog());
    list.deleteSelected();
}

void TestKeychain::sessionKeepsThePasswordInTheKeychainOnly()
{
    // Our module has tokens: the console signs in once with the keychain's password, then holds only
    // the token; a token revoked on the server is renewed with the password read from the keychain
    // again, and without it in the keychain nothing is sent.
    const QString password = m_server.settings().password;
    const QByteArray checked = "Password checked for " + m_server.settings().jid.toUtf8();
    auto checks = [this, &checked] {
        QFile log(QDir::cleanPath(m_server.sandbox().dataDir + u"/../prosody.log"_s));
        return log.open(QIODevice::ReadOnly) ? int(log.readAll().count(checked)) : -1;
    };
    ProfileStore store(m_settingsFile);
    const std::optional<Profile> profile = store.save(profileFor(m_server.settings(), u"Signs in once"_s, true));
    QVERIFY(profile);
    const QUuid id = profile->id;
    QCOMPARE(runTool({u"write"_s, id.toString(QUuid::WithoutBraces), password}).status, u"Ok"_s);

    KeychainCredentialStore keychain;
    ProfilePasswords passwords(&keychain);
    ServerSession session;
    MainWindow window(&session);
    ProfileController controller(&store, &passwords, &session, &window);
    const int before = checks();
    QSignalSpy connected(&session, &ServerSession::connected);
    controller.connectToProfile(id);
    QVERIFY(connected.wait(30000));
    QVERIFY(session.capabilities().tokens);
    QCOMPARE(session.client()->tokenSignIns(), 1);
    QCOMPARE(checks() - before, 1); // the probe's requests after the sign-in carried the token
    // The password is in the keychain only: not in the client, not in the session's passwords.
    QVERIFY(session.client()->settings().password.isEmpty());
    QVERIFY(!passwords.hasSessionPassword(id));

    // Revoked on the server (every token of the account, with the password): renewed from the keychain.
    AdminRestClient other(m_server.settings());
    QSignalSpy revoked(other.revokeToken(), &ApiReply::finished);
    QVERIFY(revoked.wait(10000));
    std::optional<ApiError> read;
    auto readInfo = [&session, &read] {
        read.reset();
        auto* reply = session.serverInfo();
        QObject::connect(reply, &ApiReply::finished, reply, [&read, reply] { read = reply->error(); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 15000);
    };
    readInfo();
    QVERIFY2(!read->isError(), qPrintable(read->userMessage()));
    QCOMPARE(session.client()->tokenSignIns(), 2);
    QCOMPARE(checks() - before, 3); // the revocation's and the renewal's
    QVERIFY(session.client()->settings().password.isEmpty());
    QVERIFY(!passwords.hasSessionPassword(id));

    // Gone from the keychain (another program removed it) and the token revoked: the renewal has no
    // password, and nothing goes to the server.
    QCOMPARE(runTool({u"remove"_s, id.toString(QUuid::WithoutBraces)}).status, u"Ok"_s);
    QSignalSpy revokedAgain(other.revokeToken(), &ApiReply::finished);
    QVERIFY(revokedAgain.wait(10000));
    const int beforeRenewal = checks();
    readInfo();
    QCOMPARE(read->kind, ApiError::Kind::AuthenticationFailed);
    QVERIFY2(read->detail.contains(u"keychain"_s), qPrintable(read->detail));
    QCOMPARE(checks(), beforeRenewal);
    QVERIFY(store.remove(id));
}

void TestKeychain::withoutSecretService()
{
    // A process whose session bus leads nowhere: QtKeychain finds no Secret Service.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {NoSecretServiceArgument});
    QVERIFY(child.waitForFinished(240000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));

    QString secret;
    QString jid;
    QUuid id;
    for (const QString& line : output.split(u'\n')) {
        if (line.startsWith("PAC_SECRET="_L1))
            secret = line.mid(11);
        else if (line.startsWith("PAC_JID="_L1))
            jid = line.mid(8);
        else if (line.startsWith("PAC_PROFILE="_L1))
            id = QUuid(line.mid(12));
    }
    QVERIFY2(!secret.isEmpty() && !id.isNull(), qPrintable(output));
    // Nothing under the child's home holds the password: no file fallback anywhere.
    QVERIFY(QFile::exists(home.filePath(u"profiles.ini"_s)));
    const QStringList leaks = filesContaining(home.path(), jid, secret);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
    // And the real keychain did not get it either.
    QCOMPARE(readFromFreshProcess(id).status, u"NotFound"_s);
}

// A store deleted while its job's D-Bus call is under way (a dialog closed, a test function ending):
// the job finishes on its own and reports to its context. Deleted with the store, it left the Secret
// Service's reply to a freed job (a rare crash at the end of sessionOnlyPassword under ASan).
void TestKeychain::jobOutlivesItsStore()
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QObject context;
    std::optional<CredentialStore::Result> written;
    auto* store = new KeychainCredentialStore;
    store->write(key, u"outlived"_s, &context, [&written](const CredentialStore::Result& result) { written = result; });
    delete store;
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    QVERIFY2(written->ok(), qPrintable(written->detail));
    const ToolResult stored = runTool({u"read"_s, key});
    QCOMPARE(stored.status, u"Ok"_s);
    QCOMPARE(stored.secret, u"outlived"_s);
    std::optional<CredentialStore::Result> removed;
    KeychainCredentialStore().remove(
        key, &context, [&removed](const CredentialStore::Result& result) { removed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    QVERIFY(removed->ok());
}

// Runs in the child process of withoutSecretService(), with no Secret Service on the bus.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private slots:
    void sessionOnly();
};

void TestKeychainUnavailable::sessionOnly()
{
    TestServer server;
    QVERIFY2(server.start({u"--users"_s, u"3"_s, u"--bots"_s, u"0"_s}), qPrintable(server.error()));
    const QString home = qEnvironmentVariable("HOME");
    ProfileStore store(home + u"/profiles.ini"_s);
    KeychainCredentialStore keychain;
    ProfilePasswords passwords(&keychain);

    // The operator asks to remember the password: the dialog saves the profile and says plainly that the
    // password is kept for this session only.
    const Profile profile = profileFor(server.settings(), u"No keychain"_s);
    const QString password = server.settings().password;
    ProfileListDialog list(&store, &passwords);
    list.show();
    const QUuid id = createThroughDialog(list, store, profile, password);
    QVERIFY(!id.isNull());
    ProfileDialog* dialog = list.profileDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(bannerText(dialog).contains(u"No system keychain is available"_s));
    QVERIFY2(bannerText(dialog).contains(u"session only"_s), qPrintable(bannerText(dialog)));
    ProfileUi::screenshot(dialog, u"profile-dialog-no-keychain"_s);
    click(button(dialog, QDialogButtonBox::Save)); // now "Close"
    QTRY_VERIFY(!list.profileDialog());
    QVERIFY(!passwords.keychainAvailable());

    // This session connects with it.
    ServerSession session;
    MainWindow window(&session);
    ProfileController controller(&store, &passwords, &session, &window);
    QSignalSpy connected(&session, &ServerSession::connected);
    controller.connectToProfile(id);
    QVERIFY(connected.wait(30000));

    // Forgotten for the session (as after a restart): the console asks, says why, and cannot remember.
    passwords.forgetForSession(id);
    session.disconnectFromServer();
    controller.connectToProfile(id);
    QTRY_VERIFY(controller.passwordDialog());
    ProfilePasswordDialog* prompt = controller.passwordDialog();
    QVERIFY(bannerText(prompt).contains(u"session only"_s));
    QVERIFY(!child<QCheckBox>(prompt, "rememberCheck")->isEnabled());
    type(child<QLineEdit>(prompt, "passwordEdit"), password);
    click(button(prompt, QDialogButtonBox::Ok));
    QVERIFY(connected.wait(30000));
    QCOMPARE(store.profile(id)->rememberPassword, true); // the profile's choice is kept for when a keychain is there

    std::printf("PAC_SECRET=%s\nPAC_JID=%s\nPAC_PROFILE=%s\n", qPrintable(password), qPrintable(server.settings().jid),
        qPrintable(id.toString(QUuid::WithoutBraces)));
    std::fflush(stdout);
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStringList arguments = app.arguments();
    if (arguments.removeAll(NoSecretServiceArgument) > 0) {
        // Quiet: the parent reads this process's stdout.
        TestKeychainUnavailable test;
        return QTest::qExec(&test, QStringList{arguments.first(), u"-o"_s, u"-,tap"_s});
    }
    TestKeychain test;
    return QTest::qExec(&test, arguments);
}

#include "TestKeychain.moc"
