// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "AwaitReply.h"
#include "TestServer.h"
#include "api/AdminRestClient.h"
#include "bulk/BulkJob.h"
#include "bulk/CsvReader.h"
#include "bulk/UserImportPlan.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using Status = BulkJob::Status;
using Kind = ApiError::Kind;

// A real sandbox Prosody killed (SIGKILL) in the middle of importing 500 users: every item the job
// reports as succeeded is on the server's disk, every other one failed with an error that says so
// and is retryable; once the same Prosody is started again on the same data, retrying completes
// the import without sending anything that had succeeded a second time.
class TestServerKilledMidBulkJob : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedMidImportThenRetried();

private:
    // The user names stored on disk for the sandbox's domain (Prosody's internal storage).
    QSet<QString> accountsOnDisk() const;

    TestServer m_server;
    SandboxInfo m_info;
    QProcess m_restarted;
};

namespace {

constexpr int ItemCount = 500;
constexpr int KillAfter = 150;

// Prosody's data file names: every byte that is not an ASCII letter or digit as %xx.
QString encodedForDisk(const QString& name)
{
    QString encoded;
    for (const char byte : name.toUtf8()) {
        if (QChar::isLetterOrNumber(uchar(byte)) && uchar(byte) < 0x80)
            encoded += QLatin1Char(byte);
        else
            encoded += u'%' + QString::number(uchar(byte), 16).rightJustified(2, u'0');
    }
    return encoded;
}

QString userOf(const QString& path)
{
    // "/user/bulk042" → "bulk042"
    return path.section(u'/', 2, 2);
}

} // namespace

void TestServerKilledMidBulkJob::initTestCase()
{
    if (TestServer::externalRequested())
        QSKIP("kills the server: needs the sandbox (ADMIN_REST_URL names an external server)");
    // --keep: the data outlives the killed Prosody, which this test starts again on it.
    QVERIFY2(m_server.start({u"--users"_s, u"2"_s, u"--bots"_s, u"0"_s, u"--keep"_s}), qPrintable(m_server.error()));
    m_info = m_server.sandbox();
    QVERIFY(m_info.pid > 0);
    // The variant's Prosody runs (.prosody13: PAC_PROSODY=13).
    QVERIFY2(m_info.prosodyVersion.startsWith(qEnvironmentVariable("PAC_PROSODY", u"0.12"_s) + u'.'),
        qPrintable(m_info.prosodyVersion));
    QVERIFY(QDir(m_info.dataDir).exists());
}

void TestServerKilledMidBulkJob::cleanupTestCase()
{
    if (m_restarted.state() != QProcess::NotRunning) {
        m_restarted.terminate();
        if (!m_restarted.waitForFinished(10000))
            m_restarted.kill();
        m_restarted.waitForFinished(5000);
    }
    m_server.stop();
    if (!m_info.dataDir.isEmpty()) {
        QDir sandboxDir(m_info.dataDir);
        if (sandboxDir.cdUp() && sandboxDir.dirName().startsWith(u"prosody-sandbox-"_s))
            sandboxDir.removeRecursively();
    }
}

QSet<QString> TestServerKilledMidBulkJob::accountsOnDisk() const
{
    QSet<QString> users;
    const QDir accounts(m_info.dataDir + u'/' + encodedForDisk(m_info.domain) + u"/accounts"_s);
    for (const QString& file : accounts.entryList({u"*.dat"_s}, QDir::Files))
        users.insert(file.chopped(4));
    return users;
}

void TestServerKilledMidBulkJob::killedMidImportThenRetried()
{
    QByteArray csv = "user,password\n";
    for (int i = 1; i <= ItemCount; ++i)
        csv += "bulk" + QByteArray::number(i).rightJustified(3, '0') + ",Secret-" + QByteArray::number(i) + '\n';
    const CsvDocument document = CsvReader::parse(csv, UserImportPlan::csvOptions());
    QCOMPARE(document.rows.size(), ItemCount);
    UserImportPlan::Options options;
    options.domain = m_info.domain;
    const UserImportPlan plan = UserImportPlan::build(document, {}, {}, options);
    QCOMPARE(plan.count(UserImportPlan::Action::Create), ItemCount);

    ConnectionSettings settings = m_server.settings();
    settings.timeoutMs = 5000;
    AdminRestClient client(settings);
    QHash<QString, int> postsPerUser;
    connect(&client, &AdminRestClient::requestFinished, this, [&postsPerUser](const RequestRecord& record) {
        if (record.method == "POST")
            ++postsPerUser[userOf(record.path)];
    });

    const QSet<QString> storedBefore = accountsOnDisk();
    // One POST /user/<u> per user (the one-by-one path ImportUsers takes on the published modules).
    BulkJob job;
    for (const UserImportPlan::Entry& entry : plan.entries())
        job.addItem(
            entry.jid, [&client, entry]() -> ApiReply* { return client.createUser(entry.target, entry.password); });
    QCOMPARE(job.total(), ItemCount);
    int inFlightAtKill = -1;
    connect(&job, &BulkJob::progress, this, [&](int done, int) {
        // Answers come in batches: kill while other calls of the job are still on their way.
        if (done >= KillAfter && inFlightAtKill < 0 && job.inFlight() > 0) {
            inFlightAtKill = job.inFlight();
            QCOMPARE(::kill(pid_t(m_info.pid), SIGKILL), 0);
        }
    });
    QSignalSpy finished(&job, &BulkJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(inFlightAtKill > 0, "the server was not killed while calls were in flight");

    // What the job says against what the dead server stored.
    const QSet<QString> stored = accountsOnDisk();
    QSet<QString> succeededUsers;
    for (int i = 0; i < job.itemCount(); ++i) {
        const BulkJob::Outcome& outcome = job.outcome(i);
        const QString user = outcome.label.section(u'@', 0, 0);
        if (outcome.status == Status::Succeeded) {
            succeededUsers.insert(user);
            QVERIFY2(stored.contains(user), qPrintable(user + u" reported created, but not on the server"_s));
        } else {
            QVERIFY2(outcome.status == Status::Failed, qPrintable(user + u": "_s + outcome.message));
            QVERIFY2(outcome.error.kind == Kind::Network || outcome.error.kind == Kind::ConnectionRefused,
                qPrintable(user + u": "_s + outcome.error.title()));
            QCOMPARE(outcome.message, outcome.error.userMessage());
        }
    }
    const int succeeded = int(succeededUsers.size());
    QVERIFY2(succeeded >= KillAfter - inFlightAtKill && succeeded < ItemCount, qPrintable(QString::number(succeeded)));
    QCOMPARE(job.count(Status::Failed), ItemCount - succeeded);
    // Only the calls in flight at the kill can have reached the server without an answer.
    const qsizetype storedUnanswered = stored.size() - storedBefore.size() - succeeded;
    QVERIFY2(
        storedUnanswered >= 0 && storedUnanswered <= inFlightAtKill, qPrintable(QString::number(storedUnanswered)));

    // The same Prosody, started again on the same data and ports.
    QDir sandboxDir(m_info.dataDir);
    QVERIFY(sandboxDir.cdUp());
    m_restarted.setWorkingDirectory(sandboxDir.path());
    m_restarted.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_restarted.start(u"/usr/bin/prosody"_s, {u"--config"_s, sandboxDir.filePath(u"prosody.cfg.lua"_s), u"-F"_s});
    QVERIFY(m_restarted.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(awaitReply(client.ping(), 1000).ok(), 15000);

    QVERIFY(job.retryFailed());
    QVERIFY(finished.wait(60000));
    QCOMPARE(job.count(Status::Succeeded), ItemCount);
    const QSet<QString> storedAfter = accountsOnDisk();
    for (int i = 1; i <= ItemCount; ++i) {
        const QString user = u"bulk"_s + QString::number(i).rightJustified(3, u'0');
        QVERIFY2(storedAfter.contains(user), qPrintable(user));
        QVERIFY2(postsPerUser.value(user) >= 1, qPrintable(user));
    }
    // Nothing that had succeeded was sent again.
    for (const QString& user : std::as_const(succeededUsers))
        QVERIFY2(postsPerUser.value(user) == 1, qPrintable(user));

    // And the server's own listing agrees.
    const auto listed = awaitReply(client.registeredUsers(0, 1000));
    QVERIFY2(listed.ok(), listed.describe().constData());
    int bulkListed = 0;
    for (const RegisteredUser& user : listed.value.users)
        bulkListed += user.jid.startsWith(u"bulk"_s) ? 1 : 0;
    QCOMPARE(bulkListed, ItemCount);
}

QTEST_GUILESS_MAIN(TestServerKilledMidBulkJob)
#include "TestServerKilledMidBulkJob.moc"
