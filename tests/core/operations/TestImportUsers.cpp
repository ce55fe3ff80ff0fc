// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// ImportUsers against the fake HTTP server: the exact requests of each kind of row one by one
// (create, role, overwrite, invite, skip), a failure half-way resumed at the step that failed, and the
// same import over our module's batch routes (POST /batch/create-users) with item-for-item the same
// outcomes, a batch that fails as a whole, and batches sized to the job and to the time they take.

#include "OperationFixture.h"
#include "bulk/CsvReader.h"
#include "bulk/InvitationCsvExport.h"
#include "operations/ImportUsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

namespace {

constexpr QByteArrayView Batches = R"("extensions":["batch"],"batch_max":50)";

UserImportPlan planOf(
    const QByteArray& csv, const QSet<QString>& existing = {}, bool overwrite = false, bool invitations = false)
{
    UserImportPlan::Options options;
    options.domain = u"example.org"_s;
    options.overwriteExisting = overwrite;
    options.invitations = invitations;
    return UserImportPlan::build(CsvReader::parse(csv, UserImportPlan::csvOptions()), existing, {}, options);
}

// What our module answers to POST /invites: an account invitation for `jid`, made an hour before it
// expires, with its sentence; `landingPage` is JSON (a quoted URL, or null where the server serves none).
FakeHttpServer::Response inviteAnswer(
    const QByteArray& token, const QByteArray& jid, const QByteArray& username, const QByteArray& landingPage)
{
    const QByteArray domain = jid.mid(jid.indexOf('@') + 1);
    return FakeHttpServer::Response::json(201,
        R"({"invite":{"token":")" + token + R"(","kind":"account","jid":")" + jid + R"(","username":")" + username
            + R"(","uri":"xmpp:)" + domain + "?register;preauth=" + token + R"(","landing_page":)" + landingPage
            + R"(,"created":1796217277,"expires":1796220877,"expired":false,"reusable":false,)"
              R"("creator":"admin@example.org","role":null,"groups":[]},)"
              R"("message":"Invitation created for )"
            + jid + R"(, valid until 2026-12-02 13:34 UTC"})");
}

// What our module answers to POST /batch/create-users: each user as its own POST /user/<u> would,
// "bad…" refused, "old…" existing (its password replaced, as POST /user does).
FakeHttpServer::Response batchAnswer(const QByteArray& body)
{
    QJsonArray results;
    for (const QJsonValue& item : QJsonDocument::fromJson(body).object().value("users"_L1).toArray()) {
        const QString user = item.toObject().value("user"_L1).toString();
        QJsonObject result{{u"user"_s, user}};
        if (user.startsWith("bad"_L1)) {
            result.insert(u"status"_s, 500);
            result.insert(u"result"_s, u"Internal server error"_s);
        } else if (user.startsWith("old"_L1)) {
            result.insert(u"status"_s, 200);
            result.insert(u"result"_s, u"User already existed, password updated: %1@example.org"_s.arg(user));
        } else {
            result.insert(u"status"_s, 201);
            result.insert(u"result"_s, u"User registered: %1@example.org"_s.arg(user));
        }
        results.append(result);
    }
    const QJsonObject answer{{u"results"_s, results}, {u"count"_s, results.size()}, {u"succeeded"_s, 0}};
    return Response::json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

// The same users as one POST /user/<u> each would be answered.
std::optional<FakeHttpServer::Response> oneByOneAnswer(const FakeHttpServer::Request& request)
{
    if (request.method == "POST" && request.path.startsWith("/admin_rest/batch/create-users"))
        return batchAnswer(request.body);
    if (request.method != "POST" || !request.path.startsWith("/admin_rest/user/"))
        return std::nullopt;
    const QString user = QString::fromUtf8(request.path.mid(int(qstrlen("/admin_rest/user/"))));
    if (user.startsWith("bad"_L1))
        return Response::message(500, u"Internal server error"_s);
    if (user.startsWith("old"_L1))
        return Response::message(200, u"User already existed, password updated: %1@example.org"_s.arg(user));
    return Response::message(201, u"User registered: %1@example.org"_s.arg(user));
}

struct Seen
{
    Status status;
    QString label;
    QString message;
    ApiError::Kind kind;
    bool operator==(const Seen&) const = default;
};

QList<Seen> outcomesOf(const Operation& operation)
{
    QList<Seen> seen;
    for (int i = 0; i < operation.itemCount(); ++i) {
        const Operation::Outcome& outcome = operation.outcome(i);
        seen.append({outcome.status, outcome.label, outcome.message, outcome.error.kind});
    }
    return seen;
}

} // namespace

class TestImportUsers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachKindOfRowOneByOne();
    void failureHalfWayResumesAtTheFailedStep();
    void rowsWithoutPasswordAreInvitedAndExported();
    void aUserOfAnotherHostIsInvitedOnThatHost();
    void batchRoutesGiveTheSameOutcomes();
    void batchFailingAsAWholeIsRetriedAlone();
    void batchesAreSizedToTheJobAndTheirTime();

private:
    OperationFixture m_fixture;
};

void TestImportUsers::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestImportUsers::cleanup()
{
    m_fixture.tearDown();
}

void TestImportUsers::eachKindOfRowOneByOne()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /user/new1", Response::message(201, u"User registered: new1@example.org"_s));
    m_fixture.server()->setRoute("POST /user/new2", Response::message(201, u"User registered: new2@example.org"_s));
    m_fixture.server()->setRoute("PATCH /user/new2/role", Response::message(200, u"Role set"_s));
    m_fixture.server()->setRoute("PATCH /user/alice/password", Response::message(200, u"Password changed"_s));
    const UserImportPlan plan = planOf("new1,pw1\nalice,pw2\nbad name,pw\nnew2,pw3,admin\nbob,pw4\n",
        {u"alice@example.org"_s, u"bob@example.org"_s}, true);
    ImportUsers import(m_fixture.session(), plan);
    QVERIFY(!import.usesBatches());
    import.setConcurrency(1);
    QVERIFY(OperationFixture::run(import));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"POST /admin_rest/user/new1 {\"password\":\"pw1\"}"_s,
            u"PATCH /admin_rest/user/alice/password {\"password\":\"pw2\"}"_s,
            u"POST /admin_rest/user/new2 {\"password\":\"pw3\"}"_s,
            u"PATCH /admin_rest/user/new2/role {\"role\":\"prosody:admin\"}"_s,
            u"PATCH /admin_rest/user/bob/password {\"password\":\"pw4\"}"_s}));
    QCOMPARE(import.itemCount(), 5);
    QCOMPARE(import.labels(Status::Succeeded),
        (QStringList{u"new1@example.org"_s, u"alice@example.org"_s, u"new2@example.org"_s}));
    QCOMPARE(import.outcome(0).message, u"User registered: new1@example.org"_s);
    QCOMPARE(import.outcome(2).status, Status::Skipped);
    QCOMPARE(import.outcome(2).label, u"line 3"_s);
    QCOMPARE(import.outcome(3).message, u"User registered: new2@example.org; Role set"_s);
    // No route for bob's password: the server's 404 is bob's outcome, the others stand.
    QCOMPARE(import.labels(Status::Failed), QStringList{u"bob@example.org"_s});
    QCOMPARE(import.total(), 4);
    QVERIFY(import.invitations().isEmpty());
}

void TestImportUsers::failureHalfWayResumesAtTheFailedStep()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /user/new1", Response::message(201, u"User registered: new1@example.org"_s));
    m_fixture.server()->setRoute("POST /user/new2", Response::message(201, u"User registered: new2@example.org"_s));
    m_fixture.server()->setRoute("PATCH /user/new2/role", Response::message(500, u"Internal server error"_s));
    m_fixture.server()->setRoute("POST /user/new3", Response::message(201, u"User registered: new3@example.org"_s));
    ImportUsers import(m_fixture.session(), planOf("new1,pw1\nnew2,pw2,admin\nnew3,pw3\n"));
    import.setConcurrency(1);
    QVERIFY(OperationFixture::run(import));
    QCOMPARE(import.labels(Status::Failed), QStringList{u"new2@example.org"_s});
    QCOMPARE(import.outcome(1).stepsDone, 1);
    QCOMPARE(import.outcome(1).error.kind, ApiError::Kind::ServerError);
    QCOMPARE(import.count(Status::Succeeded), 2);

    // The retry sends only the role: new2 exists already and is not created twice.
    m_fixture.server()->clearRequests();
    m_fixture.server()->setRoute("PATCH /user/new2/role", Response::message(200, u"Role set"_s));
    QSignalSpy finished(&import, &Operation::finished);
    QVERIFY(import.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_fixture.requests(), QStringList{u"PATCH /admin_rest/user/new2/role {\"role\":\"prosody:admin\"}"_s});
    QCOMPARE(import.count(Status::Succeeded), 3);
}

void TestImportUsers::rowsWithoutPasswordAreInvitedAndExported()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /invites",
        inviteAnswer("T0k3n", "newbie@example.org", "newbie", R"("https://example.org/invite?T0k3n")"));
    m_fixture.server()->setRoute("POST /user/new1", Response::message(201, u"User registered: new1@example.org"_s));
    ImportUsers import(m_fixture.session(), planOf("newbie,\nnew1,pw1\n", {}, false, true));
    import.setConcurrency(1);
    QVERIFY(OperationFixture::run(import));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"POST /admin_rest/invites {\"username\":\"newbie\"}"_s,
            u"POST /admin_rest/user/new1 {\"password\":\"pw1\"}"_s}));
    QCOMPARE(import.count(Status::Succeeded), 2);
    // The row's Message is the server's sentence, as for a created user.
    QCOMPARE(
        import.outcome(0).message, u"Invitation created for newbie@example.org, valid until 2026-12-02 13:34 UTC"_s);
    const QList<Invitation> invitations = import.invitations();
    QCOMPARE(invitations.size(), 1);
    QCOMPARE(invitations.first().token, u"T0k3n"_s);
    const QByteArray csv = InvitationCsvExport::write(invitations);
    QVERIFY2(csv.contains("newbie@example.org,https://example.org/invite?T0k3n,2026-"), csv.constData());
}

void TestImportUsers::aUserOfAnotherHostIsInvitedOnThatHost()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("POST /invites", inviteAnswer("H0st", "guest@other.org", "guest", "null"));
    ImportUsers import(m_fixture.session(), planOf("guest@other.org,\nlocal,\n", {}, false, true));
    import.setConcurrency(1);
    QVERIFY(OperationFixture::run(import));
    // The session's own host is the default; another host is named in the query, the user by localpart.
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"POST /admin_rest/invites?host=other.org {\"username\":\"guest\"}"_s,
            u"POST /admin_rest/invites {\"username\":\"local\"}"_s}));
    QCOMPARE(import.count(Status::Succeeded), 2);
    QCOMPARE(import.invitations().first().jid, u"guest@other.org"_s);
}

void TestImportUsers::batchRoutesGiveTheSameOutcomes()
{
    // The same rows one by one (the published modules) and over the batch route (ours): the
    // requests differ, each item's outcome does not. An item past its batch step (new2's role) goes
    // on before the next item starts.
    const QByteArray csv = "new1,pw1\nbad1,pw2\nold1,pw3\nnew2,pw4,admin\nalice,pw5\nbad name,pw\n";
    const QSet<QString> existing{u"alice@example.org"_s};
    QList<Seen> oneByOne;
    {
        QVERIFY(m_fixture.connectAs());
        m_fixture.server()->setResponder(oneByOneAnswer);
        m_fixture.server()->setRoute("PATCH /user/new2/role", Response::message(200, u"Role set"_s));
        ImportUsers import(m_fixture.session(), planOf(csv, existing, true));
        import.setConcurrency(1);
        QVERIFY(OperationFixture::run(import));
        QCOMPARE(m_fixture.requests().size(), 6);
        oneByOne = outcomesOf(import);
    }
    cleanup();
    init();
    QVERIFY(m_fixture.connectAs(OperationFixture::Module::Ours, Batches.toByteArray()));
    m_fixture.server()->setResponder(oneByOneAnswer);
    m_fixture.server()->setRoute("PATCH /user/new2/role", Response::message(200, u"Role set"_s));
    m_fixture.server()->setRoute("PATCH /user/alice/password", Response::message(404, u"Invalid request path"_s));
    ImportUsers import(m_fixture.session(), planOf(csv, existing, true));
    QVERIFY(import.usesBatches());
    import.setConcurrency(1);
    QVERIFY(OperationFixture::run(import));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"POST /admin_rest/batch/create-users {\"users\":[{\"password\":\"pw1\",\"user\":\"new1\"},"
                     u"{\"password\":\"pw2\",\"user\":\"bad1\"},{\"password\":\"pw3\",\"user\":\"old1\"},"
                     u"{\"password\":\"pw4\",\"user\":\"new2\"}]}"_s,
            u"PATCH /admin_rest/user/new2/role {\"role\":\"prosody:admin\"}"_s,
            u"PATCH /admin_rest/user/alice/password {\"password\":\"pw5\"}"_s}));
    QCOMPARE(outcomesOf(import), oneByOne);
    QCOMPARE(import.labels(Status::Failed), (QStringList{u"bad1@example.org"_s, u"alice@example.org"_s}));
    QCOMPARE(import.outcome(3).message, u"User registered: new2@example.org; Role set"_s);
    QCOMPARE(import.job()->batchesSent(), 1);
}

void TestImportUsers::batchFailingAsAWholeIsRetriedAlone()
{
    QVERIFY(m_fixture.connectAs(OperationFixture::Module::Ours, Batches.toByteArray()));
    m_fixture.server()->setRoute("POST /batch/create-users", Response::message(500, u"Internal server error"_s));
    ImportUsers import(m_fixture.session(), planOf("new1,pw1\nnew2,pw2\n"));
    QVERIFY(OperationFixture::run(import));
    QCOMPARE(import.labels(Status::Failed), (QStringList{u"new1@example.org"_s, u"new2@example.org"_s}));
    QCOMPARE(import.outcome(1).error.kind, ApiError::Kind::ServerError);

    // The retry sends both again in one batch; nothing else.
    m_fixture.server()->clearRequests();
    m_fixture.server()->setRoute("POST /batch/create-users",
        Response::json(200,
            R"({"results":[{"user":"new1","status":201,"result":"User registered: new1@example.org"},)"
            R"({"user":"new2","status":201,"result":"User registered: new2@example.org"}],"count":2,"succeeded":2})"));
    QSignalSpy finished(&import, &Operation::finished);
    QVERIFY(import.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_fixture.requests(),
        QStringList{u"POST /admin_rest/batch/create-users {\"users\":[{\"password\":\"pw1\",\"user\":\"new1\"},"
                    u"{\"password\":\"pw2\",\"user\":\"new2\"}]}"_s});
    QCOMPARE(import.count(Status::Succeeded), 2);
    QCOMPARE(import.outcome(1).message, u"User registered: new2@example.org"_s);
}

void TestImportUsers::batchesAreSizedToTheJobAndTheirTime()
{
    QVERIFY(m_fixture.connectAs(OperationFixture::Module::Ours, Batches.toByteArray()));
    // 400 users: at most a twentieth (20) in one request; the first holds BulkJob::FirstBatchSize.
    // It takes 1.5 s for its 10 users (150 ms each): the next holds what fits in TargetBatchMs.
    bool first = true;
    QList<int> sizes;
    m_fixture.server()->setResponder([&](const FakeHttpServer::Request& request) {
        const QJsonArray users = QJsonDocument::fromJson(request.body).object().value("users"_L1).toArray();
        sizes.append(int(users.size()));
        FakeHttpServer::Response answer = batchAnswer(request.body);
        answer.delayMs = first ? 1500 : 0;
        first = false;
        return std::optional<FakeHttpServer::Response>(answer);
    });
    QByteArray csv;
    for (int i = 0; i < 400; ++i)
        csv += "user" + QByteArray::number(i) + ",pw\n";
    ImportUsers import(m_fixture.session(), planOf(csv));
    import.setConcurrency(1);
    QVERIFY(OperationFixture::run(import));
    QCOMPARE(import.count(Status::Succeeded), 400);
    QCOMPARE(sizes.value(0), BulkJob::FirstBatchSize);
    QVERIFY2(sizes.value(1) <= BulkJob::TargetBatchMs / 150, qPrintable(QString::number(sizes.value(1))));
    QCOMPARE(*std::max_element(sizes.cbegin(), sizes.cend()), 20);
    int sum = 0;
    for (int size : std::as_const(sizes))
        sum += size;
    QCOMPARE(sum, 400);
    QCOMPARE(import.job()->batchesSent(), int(sizes.size()));
}

QTEST_GUILESS_MAIN(TestImportUsers)
#include "TestImportUsers.moc"
