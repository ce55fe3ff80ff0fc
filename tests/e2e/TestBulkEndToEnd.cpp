// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The bulk operations against a real Prosody (0.12 and 13, our module): an import and a deletion of a
// mix of good, bad (a host the server does not serve) and existing users run once one by one (the
// path of the published modules) and once over the batch routes (POST /batch/create-users,
// /batch/delete-users), and give item for item the same outcomes; the server has what they did.

#include "AwaitReply.h"
#include "TestServer.h"
#include "api/AdminRestClient.h"
#include "bulk/CsvReader.h"
#include "operations/DeleteUsers.h"
#include "operations/ImportUsers.h"
#include "session/ServerSession.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int Good = 40;
constexpr int Existing = 5;
constexpr int Bad = 3;

struct Seen
{
    Operation::Status status;
    QString message;
    ApiError::Kind kind;
    bool operator==(const Seen&) const = default;
};

// Each item's outcome, with the run's own user names written as STEM.
QList<Seen> outcomesOf(const Operation& operation, const QString& stem)
{
    QList<Seen> seen;
    for (int i = 0; i < operation.itemCount(); ++i) {
        const Operation::Outcome& outcome = operation.outcome(i);
        seen.append({outcome.status, QString(outcome.message).replace(stem, u"STEM"_s), outcome.error.kind});
    }
    return seen;
}

bool run(Operation& operation)
{
    QSignalSpy finished(&operation, &Operation::finished);
    operation.start();
    return finished.wait(120000) && finished.size() == 1;
}

QByteArray describe(const QList<Seen>& seen)
{
    QStringList lines;
    for (const Seen& each : seen)
        lines << u"%1 %2 %3"_s.arg(int(each.status)).arg(int(each.kind)).arg(each.message);
    return lines.join(u'\n').toUtf8();
}

} // namespace

namespace QTest {
template <> char* toString(const Seen& seen)
{
    return qstrdup(describe({seen}).constData()); // QTest deletes it
}
} // namespace QTest

class TestBulkEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void batchRoutesMatchOneByOneItemForItem();

private:
    // Imports the mix under `stem` and deletes it again; the outcomes of both, STEM for the stem.
    void runBoth(const QString& stem, bool oneByOne, QList<Seen>* imported, QList<Seen>* deleted);

    TestServer m_server;
    AdminRestClient* m_client = nullptr;
    ServerSession* m_session = nullptr;
};

void TestBulkEndToEnd::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_client = new AdminRestClient(m_server.settings(), this);
    m_session = new ServerSession(this);
    QSignalSpy connected(m_session, &ServerSession::connected);
    m_session->connectTo(u"Sandbox"_s, m_server.settings());
    QVERIFY(connected.wait(30000));
    QVERIFY2(m_session->capabilities().batch, "our module lists the batch extension");
}

void TestBulkEndToEnd::cleanupTestCase()
{
    m_server.stop();
}

void TestBulkEndToEnd::runBoth(const QString& stem, bool oneByOne, QList<Seen>* imported, QList<Seen>* deleted)
{
    // Existing users: created first, then in the file as new (their password is replaced, as POST does).
    QStringList jids;
    QByteArray csv = "user,password,role\n";
    for (int i = 0; i < Existing; ++i) {
        const QString user = u"%1-old%2"_s.arg(stem).arg(i);
        QVERIFY(awaitReply(m_client->createUser(user, u"first-pass"_s)).ok());
        csv += (user + u",second-pass,\n"_s).toUtf8();
        jids << user + u'@' + m_server.domain();
    }
    for (int i = 0; i < Good + Bad; ++i) {
        // Every 15th a user of a host the server does not serve: refused item by item.
        const QString user
            = i % 15 == 7 ? u"%1-bad%2@elsewhere.invalid"_s.arg(stem).arg(i) : u"%1-new%2"_s.arg(stem).arg(i);
        csv += (user + u",pass-%1,\n"_s.arg(i)).toUtf8();
        jids << (user.contains(u'@') ? user : user + u'@' + m_server.domain());
    }
    UserImportPlan::Options options;
    options.domain = m_server.domain();
    const UserImportPlan plan
        = UserImportPlan::build(CsvReader::parse(csv, UserImportPlan::csvOptions()), {}, {}, options);
    QCOMPARE(plan.count(UserImportPlan::Action::Create), Existing + Good + Bad);

    ImportUsers import(m_session, plan);
    import.setOneByOne(oneByOne);
    QCOMPARE(import.usesBatches(), !oneByOne);
    QVERIFY(run(import));
    *imported = outcomesOf(import, stem);
    if (!oneByOne)
        QVERIFY(import.job()->batchesSent() >= 1);

    // The second password works for an existing user: the import really replaced it.
    ConnectionSettings asUser = m_server.settings();
    asUser.jid = jids.first();
    asUser.password = u"second-pass"_s;
    AdminRestClient userClient(asUser);
    QCOMPARE(awaitReply(userClient.ping()).error.kind, ApiError::Kind::NotAdmin);

    // Deleting them all, and one that never existed, immediately (the sandbox has no grace period).
    jids << u"%1-never@%2"_s.arg(stem, m_server.domain());
    DeleteUsers deletion(m_session, jids);
    deletion.setOneByOne(oneByOne);
    QVERIFY(run(deletion));
    *deleted = outcomesOf(deletion, stem);
    QCOMPARE(deletion.deleted().size(), Existing + Good);
    QCOMPARE(deletion.alreadyGone().size(), 1);
    for (const QString& jid : std::as_const(jids))
        QVERIFY(awaitReply(m_client->user(jid.section(u'@', 0, 0))).error.kind == ApiError::Kind::NotFound
            || jid.contains(u"elsewhere"_s));
}

void TestBulkEndToEnd::batchRoutesMatchOneByOneItemForItem()
{
    QList<Seen> importedOne, deletedOne, importedBatch, deletedBatch;
    runBoth(m_server.uniqueUser(u"one"_s), true, &importedOne, &deletedOne);
    if (QTest::currentTestFailed())
        return;
    runBoth(m_server.uniqueUser(u"bat"_s), false, &importedBatch, &deletedBatch);
    if (QTest::currentTestFailed())
        return;
    // The mix is what it should be: the existing ones updated, the good ones created, the bad refused.
    QCOMPARE(importedOne.size(), Existing + Good + Bad);
    QVERIFY2(importedOne.first().status == Operation::Status::Succeeded, describe(importedOne).constData());
    int failed = 0;
    for (const Seen& seen : std::as_const(importedOne))
        failed += seen.status == Operation::Status::Failed ? 1 : 0;
    QCOMPARE(failed, Bad);
    for (qsizetype i = 0; i < importedOne.size(); ++i)
        QCOMPARE(importedBatch.at(i), importedOne.at(i));
    QCOMPARE(deletedBatch.size(), deletedOne.size());
    for (qsizetype i = 0; i < deletedOne.size(); ++i)
        QCOMPARE(deletedBatch.at(i), deletedOne.at(i));
}

QTEST_GUILESS_MAIN(TestBulkEndToEnd)
#include "TestBulkEndToEnd.moc"
