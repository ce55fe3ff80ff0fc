// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ProfileFile.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// ProfileStore (the typed facade over the settings file) and ProfileFile (export/import).
class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void saveAndReadBack();
    void layoutOfTheSettingsFile();
    void sortedByName();
    void names();
    void renameKeepsId();
    void duplicate();
    void remove();
    void lastUsed();
    void sandboxIsNeverStored();
    void unwritableFile();
    void exportAndImport();
    void importCollisions();
    void importRefusesOtherFiles_data();
    void importRefusesOtherFiles();
    void exportIsAtomic();

private:
    static Profile sample(const QString& name);
    QString settingsFile() const { return m_dir->filePath(u"profiles.ini"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

Profile TestProfileStore::sample(const QString& name)
{
    Profile profile;
    profile.name = name;
    profile.baseUrl = QUrl(u"https://%1.example.org:5281/admin_rest"_s.arg(name.toLower()));
    profile.adminJid = u"admin@example.org"_s;
    profile.pinnedCertificateSha256 = QByteArray("cd").repeated(32);
    return profile;
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::saveAndReadBack()
{
    QUuid id;
    {
        ProfileStore store(settingsFile());
        QSignalSpy saved(&store, &ProfileStore::profileSaved);
        const std::optional<Profile> stored = store.save(sample(u"Production"_s));
        QVERIFY(stored);
        QVERIFY(!stored->id.isNull());
        QCOMPARE(saved.count(), 1);
        id = stored->id;
    }
    // Another store on the same file, as after a restart.
    ProfileStore again(settingsFile());
    const std::optional<Profile> read = again.profile(id);
    QVERIFY(read);
    Profile expected = sample(u"Production"_s);
    expected.id = id;
    QCOMPARE(*read, expected);
    QCOMPARE(again.profiles().size(), 1);
}

void TestProfileStore::layoutOfTheSettingsFile()
{
    ProfileStore store(settingsFile());
    const Profile stored = *store.save(sample(u"Production"_s));
    QSettings settings(settingsFile(), QSettings::IniFormat);
    const QString group = u"Profiles/"_s + stored.id.toString(QUuid::WithoutBraces);
    QCOMPARE(settings.value(group + u"/name"_s).toString(), u"Production"_s);
    QCOMPARE(settings.value(group + u"/baseUrl"_s).toString(), u"https://production.example.org:5281/admin_rest"_s);
    QCOMPARE(settings.value(group + u"/adminJid"_s).toString(), u"admin@example.org"_s);
    settings.beginGroup(group);
    QVERIFY(!settings.childKeys().contains(u"password"_s));
}

void TestProfileStore::sortedByName()
{
    ProfileStore store(settingsFile());
    for (const QString& name : {u"staging"_s, u"Backup"_s, u"production"_s})
        QVERIFY(store.save(sample(name)));
    QStringList names;
    for (const Profile& profile : store.profiles())
        names << profile.name;
    QCOMPARE(names, (QStringList{u"Backup"_s, u"production"_s, u"staging"_s}));
}

void TestProfileStore::names()
{
    ProfileStore store(settingsFile());
    const Profile production = *store.save(sample(u"Production"_s));
    QVERIFY(store.findByName(u" production "_s));
    QCOMPARE(store.findByName(u"PRODUCTION"_s)->id, production.id);
    QVERIFY(!store.findByName(u"Staging"_s));
    QCOMPARE(store.uniqueName(u"Production"_s), u"Production (2)"_s);
    QCOMPARE(store.uniqueName(u"Production"_s, production.id), u"Production"_s);
    QCOMPARE(store.uniqueName(u"Sandbox"_s), u"Sandbox (2)"_s);
    QVERIFY(store.nameProblem(u"production"_s, QUuid::createUuid()).contains(u"already"_s));
    QVERIFY(store.nameProblem(u"Production"_s, production.id).isEmpty());
    QVERIFY(!store.nameProblem(u"  "_s, {}).isEmpty());
    QVERIFY(store.nameProblem(u"sandbox"_s, {}).contains(u"sandbox"_s));
}

void TestProfileStore::renameKeepsId()
{
    ProfileStore store(settingsFile());
    Profile profile = *store.save(sample(u"Production"_s));
    profile.name = u"Production EU"_s;
    const std::optional<Profile> renamed = store.save(profile);
    QVERIFY(renamed);
    QCOMPARE(renamed->id, profile.id);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profile(profile.id)->name, u"Production EU"_s);
}

void TestProfileStore::duplicate()
{
    ProfileStore store(settingsFile());
    const Profile original = *store.save(sample(u"Production"_s));
    const std::optional<Profile> copy = store.duplicate(original.id);
    QVERIFY(copy);
    QVERIFY(copy->id != original.id);
    QCOMPARE(copy->name, u"Production (copy)"_s);
    QCOMPARE(copy->baseUrl, original.baseUrl);
    QCOMPARE(copy->pinnedCertificateSha256, original.pinnedCertificateSha256);
    QCOMPARE(store.duplicate(original.id)->name, u"Production (copy) (2)"_s);
    QVERIFY(!store.duplicate(QUuid::createUuid()));
}

void TestProfileStore::remove()
{
    ProfileStore store(settingsFile());
    const Profile production = *store.save(sample(u"Production"_s));
    const Profile staging = *store.save(sample(u"Staging"_s));
    store.setLastUsed(production.id);
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QVERIFY(store.remove(production.id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toUuid(), production.id);
    QVERIFY(!store.profile(production.id));
    QVERIFY(store.profile(staging.id));
    QVERIFY(store.lastUsed().isNull());
    QVERIFY(store.remove(production.id)); // gone already: nothing to do
    QCOMPARE(removed.count(), 1);
}

void TestProfileStore::lastUsed()
{
    const QUuid id = QUuid::createUuid();
    {
        ProfileStore store(settingsFile());
        QVERIFY(store.lastUsed().isNull());
        store.setLastUsed(id);
    }
    QCOMPARE(ProfileStore(settingsFile()).lastUsed(), id);
}

void TestProfileStore::sandboxIsNeverStored()
{
    ProfileStore store(settingsFile());
    Profile sandbox = sample(u"Sandbox"_s);
    sandbox.id = Profile::sandboxId();
    QVERIFY(!store.save(sandbox));
    QVERIFY(!store.errorString().isEmpty());
    QVERIFY(store.isEmpty());
}

void TestProfileStore::unwritableFile()
{
    // A directory where the file should be: nothing can be written, and the store says so.
    QVERIFY(QDir(m_dir->path()).mkdir(u"profiles.ini"_s));
    ProfileStore store(settingsFile());
    QVERIFY(!store.save(sample(u"Production"_s)));
    QVERIFY2(store.errorString().contains(settingsFile()), qPrintable(store.errorString()));
}

void TestProfileStore::exportAndImport()
{
    ProfileStore store(settingsFile());
    const Profile production = *store.save(sample(u"Production"_s));
    Profile unsafe = sample(u"Lab"_s);
    unsafe.baseUrl = QUrl(u"http://192.0.2.10:5280/admin_rest"_s);
    unsafe.allowInsecureRemote = true;
    unsafe.rememberPassword = false;
    unsafe = *store.save(unsafe);
    const QString file = m_dir->filePath(u"export.json"_s);
    QString error;
    QVERIFY2(ProfileFile::write(file, store.profiles(), &error), qPrintable(error));

    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray json = written.readAll();
    QVERIFY(!json.contains("password\""));
    QCOMPARE(QJsonDocument::fromJson(json).object().value(u"format"_s).toString(), u"prosody-admin-console-profiles"_s);

    // Into an empty store (another computer): ids and every setting survive.
    QTemporaryDir other;
    ProfileStore target(other.filePath(u"profiles.ini"_s));
    const std::optional<QList<Profile>> read = ProfileFile::read(file, &error);
    QVERIFY2(read, qPrintable(error));
    const QList<Profile> imported = target.importProfiles(*read);
    QCOMPARE(imported.size(), 2);
    QCOMPARE(target.profile(production.id), production);
    QCOMPARE(target.profile(unsafe.id), unsafe);
}

void TestProfileStore::importCollisions()
{
    ProfileStore store(settingsFile());
    const Profile production = *store.save(sample(u"Production"_s));
    const QString file = m_dir->filePath(u"export.json"_s);
    QVERIFY(ProfileFile::write(file, store.profiles(), nullptr));
    // Importing into the same store: nothing is overwritten, the copy gets a new id and name.
    const QList<Profile> imported = store.importProfiles(*ProfileFile::read(file, nullptr));
    QCOMPARE(imported.size(), 1);
    QVERIFY(imported.first().id != production.id);
    QCOMPARE(imported.first().name, u"Production (2)"_s);
    QCOMPARE(store.profile(production.id), production);
    QCOMPARE(store.profiles().size(), 2);
}

void TestProfileStore::importRefusesOtherFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not JSON") << QByteArray("[General]\nx=1\n") << u"not a profiles file"_s;
    QTest::newRow("other JSON") << QByteArray(R"({"profiles":[]})") << u"not a profiles file"_s;
    QTest::newRow("newer version") << QByteArray(R"({"format":"prosody-admin-console-profiles","version":99})")
                                   << u"newer version"_s;
}

void TestProfileStore::importRefusesOtherFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    const QString file = m_dir->filePath(u"other.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(content);
    out.close();
    QString error;
    QVERIFY(!ProfileFile::read(file, &error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY(!ProfileFile::read(m_dir->filePath(u"missing.json"_s), &error));
    QVERIFY(error.contains(u"missing.json"_s));
}

void TestProfileStore::exportIsAtomic()
{
    // Writing into a folder that does not exist fails and leaves nothing behind.
    const QString file = m_dir->filePath(u"no/such/folder/export.json"_s);
    QString error;
    QVERIFY(!ProfileFile::write(file, {sample(u"Production"_s)}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
