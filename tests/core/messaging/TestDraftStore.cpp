#include "messaging/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDraftStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void survivesAnotherInstance();
    void writesAreDebounced();
    void destructionWritesPendingChange();
    void clearRemovesTheFile();
    void emptyDraftLeavesNoFile();
    void namesAreSanitised();
    void unwritableDirectoryIsReported();
};

void TestDraftStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"pac-test-draftstore"_s);
}

void TestDraftStore::init()
{
    QDir(DraftStore::directory()).removeRecursively();
}

void TestDraftStore::survivesAnotherInstance()
{
    const DraftStore::Draft draft{
        u"Maintenance at 22:00 — «ünïcode»\nline two"_s, {u"alice@example.org"_s, u"bob@other.example"_s}};
    {
        DraftStore store(u"composer"_s);
        QVERIFY(store.load().isEmpty());
        store.setDraft(draft);
        QSignalSpy saved(&store, &DraftStore::saved);
        QVERIFY(saved.wait(5000));
    }
    DraftStore again(u"composer"_s);
    QCOMPARE(again.load(), draft);
    QCOMPARE(again.draft(), draft);
    // Another name is another draft.
    DraftStore other(u"broadcast"_s);
    QVERIFY(other.load().isEmpty());
}

void TestDraftStore::writesAreDebounced()
{
    DraftStore store(u"composer"_s);
    store.setDebounceMs(100);
    QSignalSpy saved(&store, &DraftStore::saved);
    for (int i = 0; i < 20; ++i)
        store.setDraft({u"typing %1"_s.arg(i), {}});
    QVERIFY(!QFile::exists(store.filePath()));
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(store.load().text, u"typing 19"_s);
}

void TestDraftStore::destructionWritesPendingChange()
{
    {
        DraftStore store(u"composer"_s);
        store.setDebounceMs(60000);
        store.setDraft({u"closing the app now"_s, {u"alice@example.org"_s}});
    }
    QCOMPARE(DraftStore(u"composer"_s).load().text, u"closing the app now"_s);
}

void TestDraftStore::clearRemovesTheFile()
{
    DraftStore store(u"composer"_s);
    store.setDraft({u"sent"_s, {}});
    store.flush();
    QVERIFY(QFile::exists(store.filePath()));
    store.clear();
    QVERIFY(!QFile::exists(store.filePath()));
    QVERIFY(store.draft().isEmpty());
}

void TestDraftStore::emptyDraftLeavesNoFile()
{
    DraftStore store(u"composer"_s);
    store.setDraft({u"x"_s, {}});
    store.flush();
    store.setDraft({});
    store.flush();
    QVERIFY(!QFile::exists(store.filePath()));
}

void TestDraftStore::namesAreSanitised()
{
    DraftStore store(u"../../etc/passwd x"_s);
    QCOMPARE(QFileInfo(store.filePath()).dir().absolutePath(), QDir(DraftStore::directory()).absolutePath());
    QCOMPARE(QFileInfo(store.filePath()).fileName(), u"______etc_passwd_x.json"_s);
}

void TestDraftStore::unwritableDirectoryIsReported()
{
    // A file where the drafts folder should be: nothing can be written, the draft stays in memory.
    QDir().mkpath(QFileInfo(DraftStore::directory()).absolutePath());
    QFile blocker(DraftStore::directory());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    {
        DraftStore store(u"composer"_s);
        QSignalSpy failed(&store, &DraftStore::saveFailed);
        store.setDraft({u"kept in memory"_s, {}});
        store.flush();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(store.draft().text, u"kept in memory"_s);
    }
    QFile::remove(DraftStore::directory());
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "TestDraftStore.moc"
