// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"
#include "audit/ActivityLogModel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;

// ActivityLogModel: the console's request log, capped, with failures marked, copyable, and free of
// secrets (checked end to end with a real client against the loopback fake server).
class TestActivityLogModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void appendsRowsInOrder();
    void columnsShowTheRecord();
    void failuresAreMarked_data();
    void failuresAreMarked();
    void capDropsOldestWithRemoveRows();
    void loweringTheCapDropsAtOnce();
    void earlierEntriesGoFirstWithinTheCap();
    void rowTextIsTabSeparatedAndFlat();
    void clearResets();
    void expectedProbeAnswersAreNotFailures();
    void neverHoldsAPassword();

private:
    static RequestRecord record(const QByteArray& method, const QString& path, int status,
        ApiError::Kind kind = ApiError::Kind::None, const QString& message = {})
    {
        RequestRecord r;
        r.started = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 10));
        r.method = method;
        r.path = path;
        r.httpStatus = status;
        r.durationMs = 42;
        r.errorKind = kind;
        r.message = message;
        return r;
    }
    // Every role of every cell and header, as text.
    static QString everything(const QAbstractItemModel& model);

    std::unique_ptr<ActivityLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestActivityLogModel::init()
{
    m_model = std::make_unique<ActivityLogModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestActivityLogModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

QString TestActivityLogModel::everything(const QAbstractItemModel& model)
{
    QString text;
    for (int column = 0; column < model.columnCount(); ++column)
        text += model.headerData(column, Qt::Horizontal).toString() + QLatin1Char('\n');
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole), int(Qt::StatusTipRole),
                     int(Qt::WhatsThisRole), int(Qt::AccessibleTextRole)})
                text += index.data(role).toString() + QLatin1Char('\n');
        }
    }
    return text;
}

void TestActivityLogModel::appendsRowsInOrder()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->append(record("GET", u"/ping"_s, 200));
    m_model->append(record("GET", u"/users"_s, 200));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(m_model->index(1, ActivityLogModel::PathColumn).data().toString(), u"/users"_s);
}

void TestActivityLogModel::columnsShowTheRecord()
{
    m_model->append(record("POST", u"/user/alice"_s, 201, ApiError::Kind::None, u"User registered: alice@x"_s));
    m_model->append(record("GET", u"/users"_s, 0, ApiError::Kind::Timeout, u"The server did not answer."_s));
    QCOMPARE(m_model->index(0, ActivityLogModel::MethodColumn).data().toString(), u"POST"_s);
    QCOMPARE(m_model->index(0, ActivityLogModel::StatusColumn).data().toString(), u"201"_s);
    QCOMPARE(m_model->index(0, ActivityLogModel::DurationColumn).data().toString(), u"42 ms"_s);
    QCOMPARE(m_model->index(0, ActivityLogModel::MessageColumn).data().toString(), u"User registered: alice@x"_s);
    QVERIFY(m_model->index(0, ActivityLogModel::TimeColumn).data().toString().contains(u":09.010"_s));
    // No HTTP answer: the status column names the kind of failure.
    QCOMPARE(m_model->index(1, ActivityLogModel::StatusColumn).data().toString(),
        ApiError::make(ApiError::Kind::Timeout).title());
    QCOMPARE(m_model->index(1, 0).data(ActivityLogModel::HttpStatusRole).toInt(), 0);
}

void TestActivityLogModel::failuresAreMarked_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("failed");
    QTest::newRow("ok") << 200 << ApiError::Kind::None << false;
    // GET /user/<u>/connected answers 404 {"connected":false}: a value, not an error.
    QTest::newRow("404 as a value") << 404 << ApiError::Kind::None << false;
    QTest::newRow("not found") << 404 << ApiError::Kind::NotFound << true;
    QTest::newRow("server error") << 500 << ApiError::Kind::ServerError << true;
    QTest::newRow("refused") << 0 << ApiError::Kind::ConnectionRefused << true;
    QTest::newRow("invalid input") << 0 << ApiError::Kind::InvalidInput << true;
    QTest::newRow("cancelled by the console") << 0 << ApiError::Kind::Cancelled << false;
}

void TestActivityLogModel::failuresAreMarked()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, failed);
    m_model->append(record("GET", u"/x"_s, status, kind));
    QCOMPARE(m_model->index(0, 0).data(ActivityLogModel::FailedRole).toBool(), failed);
    QCOMPARE(m_model->failureCount(), failed ? 1 : 0);
}

void TestActivityLogModel::capDropsOldestWithRemoveRows()
{
    m_model->setMaximumEntries(3);
    for (int i = 0; i < 3; ++i)
        m_model->append(record(
            "GET", u"/r%1"_s.arg(i), i == 1 ? 500 : 200, i == 1 ? ApiError::Kind::ServerError : ApiError::Kind::None));
    QCOMPARE(m_model->failureCount(), 1);
    const QPersistentModelIndex newest(m_model->index(2, ActivityLogModel::PathColumn));
    const QPersistentModelIndex oldest(m_model->index(0, ActivityLogModel::PathColumn));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->append(record("GET", u"/r3"_s, 200));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!oldest.isValid());
    QVERIFY(newest.isValid());
    QCOMPARE(newest.data().toString(), u"/r2"_s);
    QCOMPARE(m_model->index(0, ActivityLogModel::PathColumn).data().toString(), u"/r1"_s);

    // The dropped failure is no longer counted.
    m_model->append(record("GET", u"/r4"_s, 200));
    QCOMPARE(m_model->failureCount(), 0);
}

void TestActivityLogModel::loweringTheCapDropsAtOnce()
{
    QCOMPARE(m_model->maximumEntries(), int(ActivityLogModel::DefaultMaximumEntries));
    for (int i = 0; i < 10; ++i)
        m_model->append(record("GET", u"/r%1"_s.arg(i), 200));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setMaximumEntries(4);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(0, ActivityLogModel::PathColumn).data().toString(), u"/r6"_s);
}

void TestActivityLogModel::earlierEntriesGoFirstWithinTheCap()
{
    // An audit trail read while this session's requests were already being listed.
    m_model->setMaximumEntries(4);
    m_model->append(record("GET", u"/now"_s, 200));
    const QPersistentModelIndex now(m_model->index(0, ActivityLogModel::PathColumn));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QList<LoggedRequest> earlier;
    for (int i = 0; i < 5; ++i)
        earlier.append({record("GET", u"/e%1"_s.arg(i), i == 4 ? 500 : 200,
                            i == 4 ? ApiError::Kind::ServerError : ApiError::Kind::None),
            false});
    m_model->prependEarlier(earlier);
    // Room for three: the newest three of the earlier ones, before what was there.
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(0, ActivityLogModel::PathColumn).data().toString(), u"/e2"_s);
    QCOMPARE(m_model->index(2, ActivityLogModel::PathColumn).data().toString(), u"/e4"_s);
    QCOMPARE(now.row(), 3);
    QCOMPARE(m_model->failureCount(), 1);
    // Full: nothing more goes in before.
    m_model->prependEarlier(earlier);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(inserted.count(), 1);
}

void TestActivityLogModel::rowTextIsTabSeparatedAndFlat()
{
    m_model->append(record("PUT", u"/vcards/alice"_s, 500, ApiError::Kind::ServerError, u"line one\nline\ttwo"_s));
    const QStringList fields = m_model->rowText(0).split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), int(ActivityLogModel::ColumnCount));
    QCOMPARE(fields.at(ActivityLogModel::MethodColumn), u"PUT"_s);
    QCOMPARE(fields.at(ActivityLogModel::PathColumn), u"/vcards/alice"_s);
    QCOMPARE(fields.at(ActivityLogModel::StatusColumn), u"500"_s);
    QCOMPARE(fields.at(ActivityLogModel::MessageColumn), u"line one line two"_s);
    QCOMPARE(m_model->headerText().split(QLatin1Char('\t')).size(), int(ActivityLogModel::ColumnCount));
}

void TestActivityLogModel::clearResets()
{
    m_model->append(record("GET", u"/x"_s, 500, ApiError::Kind::ServerError));
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->failureCount(), 0);
}

void TestActivityLogModel::expectedProbeAnswersAreNotFailures()
{
    m_model->append(record("GET", u"/groups"_s, 404, ApiError::Kind::NotSupported), true);
    m_model->append(record("GET", u"/vcards/admin"_s, 404, ApiError::Kind::NotFound), true);
    m_model->append(record("GET", u"/ping"_s, 401, ApiError::Kind::AuthenticationFailed), true);
    m_model->append(record("GET", u"/groups"_s, 404, ApiError::Kind::NotSupported), false);
    QCOMPARE(m_model->failureCount(), 2);
    QVERIFY(!m_model->isFailure(0));
    QVERIFY(m_model->index(0, 0).data(ActivityLogModel::ExpectedProbeAnswerRole).toBool());
    QVERIFY(m_model->index(0, ActivityLogModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"Capability probe"_s));
    QVERIFY(!m_model->isFailure(1));
    // The probe's authentication failure is a real one, and so is a 404 outside the probe.
    QVERIFY(m_model->isFailure(2));
    QVERIFY(m_model->index(2, 0).data(ActivityLogModel::ProbeRole).toBool());
    QVERIFY(!m_model->index(2, 0).data(ActivityLogModel::ExpectedProbeAnswerRole).toBool());
    QVERIFY(m_model->isFailure(3));
}

void TestActivityLogModel::neverHoldsAPassword()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    const QString userPassword = u"Wh1sper-Of-The-User"_s;
    const QString newPassword = u"N3w-Secret-Of-Alice"_s;
    server.setRoute("POST /user/alice", Response::message(201, u"User registered: alice@example.org"_s));
    server.setRoute("PATCH /user/alice/password", Response::message(200, u"User modified: alice@example.org"_s));
    // A server that echoes what it got must not get it into the log either.
    server.setRoute("PATCH /user/bob/password",
        Response::message(400, u"Body does not exist or is malformed: %1"_s.arg(u"nothing"_s)));
    server.setRoute("GET /user/alice", Response::json(200, R"({"user":{"connected":false,"sessions":{}}})"));

    const ConnectionSettings settings = settingsFor(server.url());
    AdminRestClient client(settings);
    connect(&client, &AdminRestClient::requestFinished, m_model.get(),
        [this](const RequestRecord& record) { m_model->append(record); });

    QVERIFY2(await(client.createUser(u"alice"_s, userPassword, u"192.0.2.9"_s)).first.ok(), "create");
    QVERIFY(await(client.changePassword(u"alice"_s, newPassword)).first.ok());
    QVERIFY(!await(client.changePassword(u"bob"_s, userPassword)).first.ok());
    QVERIFY(await(client.user(u"alice"_s)).first.ok());
    // Refused before sending: recorded too.
    QVERIFY(!await(client.changePassword(u"a/b"_s, userPassword)).first.ok());

    QTRY_COMPARE(m_model->rowCount(), 5);
    // The passwords went over the wire …
    QVERIFY(server.requests().at(0).body.contains(userPassword.toUtf8()));
    // … but nothing of them, nor the admin's password or its Basic credential, is in the log.
    QString text = everything(*m_model);
    for (int row = 0; row < m_model->rowCount(); ++row)
        text += m_model->rowText(row) + QLatin1Char('\n');
    QVERIFY(text.contains(u"/user/alice/password"_s));
    for (const QString& secret : {userPassword, newPassword, settings.password,
             QString::fromLatin1(expectedAuthorization()), QString::fromLatin1(expectedAuthorization().mid(6))})
        QVERIFY2(!text.contains(secret), qPrintable(u"the log shows %1"_s.arg(secret)));
}

QTEST_GUILESS_MAIN(TestActivityLogModel)
#include "TestActivityLogModel.moc"
