// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "audit/AuditTrail.h"
#include "messaging/DraftStore.h"
#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"
#include "storage/AppFolders.h"
#include "storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// The console's folders (XDG, moved over from the old ones once) and the private modes of what it
// keeps there, in a home folder of the test's own (HOME and QStandardPaths' test mode).
class TestAppFolders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void foldersAreLowerCaseXdg();
    void legacyFilesMovedOnce();
    void existingFileInTheNewFolderWins();
    void existingFilesTightened();
    void newAuditTrailIsPrivate();
    void newDraftIsPrivate();
    void savedProfilesArePrivate();

private:
    static int mode(const QString& path);
    static void write(const QString& path, const QByteArray& content, int mode);
    static QByteArray read(const QString& path);

    QTemporaryDir m_home;
};

int TestAppFolders::mode(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

void TestAppFolders::write(const QString& path, const QByteArray& content, int fileMode)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(fileMode)) == 0);
    QVERIFY(::chmod(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), 0755) == 0);
}

QByteArray TestAppFolders::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void TestAppFolders::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(u"prosody-admin-console"_s);
    ::umask(022); // as on a desktop: new files 0644 unless the console says otherwise
}

void TestAppFolders::init()
{
    QDir(m_home.path() + u"/.qttest"_s).removeRecursively();
}

void TestAppFolders::foldersAreLowerCaseXdg()
{
    QVERIFY2(AppFolders::configDir().endsWith(u"/config/prosody-admin-console"_s), qPrintable(AppFolders::configDir()));
    QVERIFY2(AppFolders::dataDir().endsWith(u"/share/prosody-admin-console"_s), qPrintable(AppFolders::dataDir()));
    QVERIFY(AppFolders::configDir().startsWith(m_home.path()));
    QVERIFY(AppFolders::legacyConfigDir().endsWith(u"/config/ProsodyAdmin/Prosody Admin Console"_s));
    QVERIFY(AppFolders::legacyDataDir().endsWith(u"/share/ProsodyAdmin/Prosody Admin Console"_s));
    QCOMPARE(ProfileStore::defaultFileName(), AppFolders::configDir() + u"/profiles.ini"_s);
    QCOMPARE(DraftStore::directory(), AppFolders::dataDir() + u"/drafts"_s);
    QVERIFY(AuditTrail::fileForProfile(Profile::sandboxId()).startsWith(AppFolders::dataDir() + u"/audit/"_s));
}

void TestAppFolders::legacyFilesMovedOnce()
{
    const QString oldConfig = AppFolders::legacyConfigDir();
    const QString oldData = AppFolders::legacyDataDir();
    write(oldConfig + u"/profiles.ini"_s, "[Profiles]\n", 0644);
    write(oldConfig + u"/console.ini"_s, "[ui]\nlanguage=de\n", 0644);
    write(oldData + u"/audit/a.jsonl"_s, "{\"path\":\"/user/alice\"}\n", 0644);
    write(oldData + u"/drafts/default.json"_s, "{\"text\":\"hello\"}", 0644);

    AppFolders::prepare();

    QCOMPARE(read(AppFolders::configDir() + u"/profiles.ini"_s), QByteArray("[Profiles]\n"));
    QCOMPARE(read(AppFolders::configDir() + u"/console.ini"_s), QByteArray("[ui]\nlanguage=de\n"));
    QCOMPARE(read(AppFolders::dataDir() + u"/audit/a.jsonl"_s), QByteArray("{\"path\":\"/user/alice\"}\n"));
    QCOMPARE(read(AppFolders::dataDir() + u"/drafts/default.json"_s), QByteArray("{\"text\":\"hello\"}"));
    // The old folders are gone, "ProsodyAdmin" with them.
    QVERIFY(!QFileInfo::exists(oldConfig));
    QVERIFY(!QFileInfo::exists(oldData));
    QVERIFY(!QFileInfo::exists(QFileInfo(oldConfig).absolutePath()));
    // Moved files are private.
    QCOMPARE(mode(AppFolders::dataDir() + u"/audit/a.jsonl"_s), 0600);
    QCOMPARE(mode(AppFolders::dataDir() + u"/audit"_s), 0700);
    QCOMPARE(mode(AppFolders::configDir()), 0700);

    // Once: a second start finds nothing to move and changes nothing.
    write(AppFolders::configDir() + u"/console.ini"_s, "[ui]\nlanguage=fr\n", 0600);
    AppFolders::prepare();
    QCOMPARE(read(AppFolders::configDir() + u"/console.ini"_s), QByteArray("[ui]\nlanguage=fr\n"));
}

void TestAppFolders::existingFileInTheNewFolderWins()
{
    write(AppFolders::configDir() + u"/profiles.ini"_s, "new", 0600);
    write(AppFolders::legacyConfigDir() + u"/profiles.ini"_s, "old", 0644);
    write(AppFolders::legacyConfigDir() + u"/console.ini"_s, "moved", 0644);
    AppFolders::prepare();
    QCOMPARE(read(AppFolders::configDir() + u"/profiles.ini"_s), QByteArray("new"));
    QCOMPARE(read(AppFolders::configDir() + u"/console.ini"_s), QByteArray("moved"));
    // The old one stays where it was, for the operator to look at.
    QCOMPARE(read(AppFolders::legacyConfigDir() + u"/profiles.ini"_s), QByteArray("old"));
}

void TestAppFolders::existingFilesTightened()
{
    // Files an older version left readable by everyone.
    const QString trail = AppFolders::dataDir() + u"/audit/b.jsonl"_s;
    write(trail, "{}\n", 0644);
    write(AppFolders::configDir() + u"/profiles.ini"_s, "[Profiles]\n", 0664);
    QCOMPARE(mode(AppFolders::dataDir() + u"/audit"_s), 0755);
    AppFolders::prepare();
    QCOMPARE(mode(trail), 0600);
    QCOMPARE(mode(AppFolders::dataDir() + u"/audit"_s), 0700);
    QCOMPARE(mode(AppFolders::dataDir()), 0700);
    QCOMPARE(mode(AppFolders::configDir() + u"/profiles.ini"_s), 0600);
    QCOMPARE(mode(AppFolders::configDir()), 0700);
}

void TestAppFolders::newAuditTrailIsPrivate()
{
    const QString path = AuditTrail::fileForProfile(Profile::sandboxId());
    AuditTrail trail;
    trail.open(path);
    QVERIFY2(trail.errorString().isEmpty(), qPrintable(trail.errorString()));
    QCOMPARE(mode(path), 0600);
    QCOMPARE(mode(QFileInfo(path).absolutePath()), 0700);
}

void TestAppFolders::newDraftIsPrivate()
{
    DraftStore store(u"private"_s);
    store.setDraft({u"hello"_s, {u"alice@example.org"_s}});
    store.flush();
    QVERIFY(QFileInfo::exists(store.filePath()));
    QCOMPARE(mode(store.filePath()), 0600);
    QCOMPARE(mode(DraftStore::directory()), 0700);
}

void TestAppFolders::savedProfilesArePrivate()
{
    AppFolders::prepare(); // creates the folder, as at start
    ProfileStore store(ProfileStore::defaultFileName());
    Profile profile;
    profile.name = u"Private"_s;
    profile.baseUrl = QUrl(u"https://xmpp.example.org:5281/admin_rest"_s);
    profile.adminJid = u"admin@example.org"_s;
    QVERIFY(store.save(profile));
    QCOMPARE(mode(ProfileStore::defaultFileName()), 0600);
    QCOMPARE(mode(AppFolders::configDir()), 0700);
}

QTEST_GUILESS_MAIN(TestAppFolders)
#include "TestAppFolders.moc"
