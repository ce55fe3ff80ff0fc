// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

class TestDraftStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    // First: before this process has saved a draft of its own.
    void anotherProcessKeepsTheDrafts();
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

void TestDraftStore::anotherProcessKeepsTheDrafts()
{
    // Another console process (this executable, see main()) saves a draft first and keeps running.
    QProcess holder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PAC_TEST_HOLD_DRAFTS"_s, u"1"_s);
    holder.setProcessEnvironment(environment);
    holder.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(holder.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(holder.canReadLine() || holder.state() == QProcess::NotRunning, 20000);
    QCOMPARE(holder.readLine(), QByteArray("held\n"));
    {
        DraftStore store(u"composer"_s);
        QSignalSpy failed(&store, &DraftStore::saveFailed);
        store.setDraft({u"from the second console"_s, {}});
        store.flush();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QString::number(holder.processId())),
            qPrintable(failed.first().first().toString()));
        QVERIFY(!QFile::exists(store.filePath()));
        store.clear();
    }
    // The holder's draft is untouched; once it has exited, this process keeps the drafts.
    QVERIFY(QFile::exists(DraftStore::directory() + u"/holder.json"_s));
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(20000));
    QCOMPARE(holder.exitCode(), 0);
    DraftStore store(u"composer"_s);
    QSignalSpy saved(&store, &DraftStore::saved);
    store.setDraft({u"now saved"_s, {}});
    store.flush();
    QCOMPARE(saved.size(), 1);
    QVERIFY(QFile::exists(store.filePath()));
    store.clear();
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

// With PAC_TEST_HOLD_DRAFTS set: the other console of anotherProcessKeepsTheDrafts, which saves a
// draft, says "held" and runs until its standard input closes.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("PAC_TEST_HOLD_DRAFTS")) {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"pac-test-draftstore"_s);
        DraftStore store(u"holder"_s);
        store.setDraft({u"held"_s, {}});
        store.flush();
        std::fputs("held\n", stdout);
        std::fflush(stdout);
        while (std::getchar() != EOF) { }
        return 0;
    }
    TestDraftStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestDraftStore.moc"
