// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// SessionsPane against the sandbox: every connected session with its real resource and details,
// the connected-user count, filtering as you type, bounded detail requests, stale refreshes ignored.

#include "AwaitReply.h"
#include "EmulatedPane.h"
#include "FakeHttpServer.h"
#include "PaneHarness.h"
#include "XmppBot.h"
#include "models/SessionsModel.h"
#include "sessions/KickDialog.h"
#include "sessions/SessionsPane.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;

class TestSessionsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listsTheSandboxBots();
    void showsTheConnectedUserCount();
    void newSessionAppearsAndLeaves();
    void filterAsYouType();
    void refreshesInARowKeepOnlyTheNewest();
    void classicServerWithoutAddresses();
    void disconnectThroughTheDialog();

private:
    bool reload();
    // A new user online with two sessions (bot and resource each); its bare JID, empty on failure.
    QString userWithTwoSessions(
        const QString& stem, std::pair<XmppBot*, QString> first, std::pair<XmppBot*, QString> second);

    PaneHarness m_harness{this};
    ServerSession* m_session = nullptr;
    SessionsPane* m_pane = nullptr;
    QStringList m_created;
    QList<RequestRecord> m_requests;
};

void TestSessionsPane::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.start({}, &error), qPrintable(error));
    m_session = new ServerSession(this);
    connect(m_session, &ServerSession::requestFinished, this,
        [this](const RequestRecord& record) { m_requests.append(record); });
    m_pane = new SessionsPane(m_session);
    m_pane->resize(900, 500);
    m_pane->show();
    QSignalSpy loaded(m_pane, &SessionsPane::loaded);
    QVERIFY(m_harness.connectSession(m_session));
    QVERIFY(loaded.count() > 0 || loaded.wait(20000));
}

void TestSessionsPane::cleanupTestCase()
{
    delete m_pane;
    for (const QString& user : std::as_const(m_created))
        awaitReply(m_harness.client->deleteUser(user));
}

bool TestSessionsPane::reload()
{
    QSignalSpy loaded(m_pane, &SessionsPane::loaded);
    m_pane->refresh();
    return loaded.wait(20000);
}

QString TestSessionsPane::userWithTwoSessions(
    const QString& stem, std::pair<XmppBot*, QString> first, std::pair<XmppBot*, QString> second)
{
    const QString user = m_harness.server.uniqueUser(stem);
    m_created << user;
    const QString password = u"Two-sessions-1"_s;
    if (!awaitReply(m_harness.client->createUser(user, password)).ok())
        return {};
    const QString bare = m_harness.bare(user);
    for (const auto& [bot, resource] : {first, second})
        bot->start(bare, password, m_harness.server.c2sHost(), m_harness.server.c2sPort(), resource);
    return first.first->waitOnline() && second.first->waitOnline() ? bare : QString();
}

void TestSessionsPane::listsTheSandboxBots()
{
    const QStringList bots = m_harness.server.sandbox().botJids;
    if (bots.isEmpty())
        QSKIP("no bots on this server");
    auto* view = PaneHarness::child<QTableView>(m_pane, "sessionsView");
    for (const QString& full : bots) {
        const QString bare = full.section(QLatin1Char('/'), 0, 0);
        const QString resource = full.section(QLatin1Char('/'), 1);
        const int row = m_pane->model()->rowOfKey(bare + QLatin1Char('/') + resource);
        QVERIFY2(row >= 0, qPrintable(full));
        const QModelIndex index = m_pane->model()->index(row, SessionsModel::ResourceColumn);
        QCOMPARE(index.data().toString(), resource);
        // Details filled from GET /user/<u>.
        QVERIFY2(!m_pane->model()->index(row, SessionsModel::IdColumn).data().toString().isEmpty(), qPrintable(full));
        const bool shown = QTest::qWaitFor([&] {
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                if (view->model()->index(r, SessionsModel::UserColumn).data().toString() == bare
                    && view->model()->index(r, SessionsModel::ResourceColumn).data().toString() == resource)
                    return true;
            }
            return false;
        });
        QVERIFY2(shown, qPrintable(full));
    }
    // The detail requests were bounded.
    QVERIFY(m_pane->peakDetailsInFlight() >= 1);
    QVERIFY(m_pane->peakDetailsInFlight() <= SessionsPane::DetailConcurrency);
    PaneHarness::screenshot(m_pane, u"sessions"_s);
}

void TestSessionsPane::showsTheConnectedUserCount()
{
    const auto count = awaitReply(m_harness.client->connectedUserCount());
    QVERIFY2(count.ok(), count.describe());
    auto* label = PaneHarness::child<QLabel>(m_pane, "countLabel");
    QVERIFY2(label->text().startsWith(QString::number(count.value) + QLatin1Char(' ')), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QString::number(m_pane->model()->rowCount())), qPrintable(label->text()));
    bool counted = false;
    for (const RequestRecord& record : std::as_const(m_requests))
        counted |= record.method == "GET" && record.path.endsWith(u"/users/count"_s);
    QVERIFY(counted);
}

void TestSessionsPane::newSessionAppearsAndLeaves()
{
    XmppBot first;
    XmppBot second;
    const QString bare = userWithTwoSessions(u"online"_s, {&first, u"res-one"_s}, {&second, u"res-two"_s});
    QVERIFY(!bare.isEmpty());

    QVERIFY(reload());
    QVERIFY(m_pane->model()->rowOfKey(bare + u"/res-one"_s) >= 0);
    QVERIFY(m_pane->model()->rowOfKey(bare + u"/res-two"_s) >= 0);
    const QPersistentModelIndex one(
        m_pane->model()->index(m_pane->model()->rowOfKey(bare + u"/res-one"_s), SessionsModel::ResourceColumn));

    second.stop();
    QVERIFY(second.waitDisconnected());
    // The server notices the closed stream shortly after.
    QVERIFY(QTest::qWaitFor([&] { return reload() && m_pane->model()->rowOfKey(bare + u"/res-two"_s) < 0; }, 20000));
    QVERIFY(one.isValid());
    QCOMPARE(one.data().toString(), u"res-one"_s);
    first.stop();
    QVERIFY(first.waitDisconnected());
    QVERIFY(QTest::qWaitFor([&] { return reload() && m_pane->model()->rowOfKey(bare + u"/res-one"_s) < 0; }, 20000));
}

void TestSessionsPane::filterAsYouType()
{
    const QStringList bots = m_harness.server.sandbox().botJids;
    if (bots.isEmpty())
        QSKIP("no bots on this server");
    const QString full = bots.first();
    const QString bare = full.section(QLatin1Char('/'), 0, 0);
    auto* view = PaneHarness::child<QTableView>(m_pane, "sessionsView");
    auto* filter = PaneHarness::child<QLineEdit>(m_pane, "filterEdit");
    QTest::keyClicks(filter, bare.left(bare.indexOf(QLatin1Char('@'))).toUpper());
    QVERIFY(view->model()->rowCount() >= 1);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        bool matches = false;
        for (int column = 0; column < SessionsModel::ColumnCount; ++column)
            matches |= view->model()
                           ->index(row, column)
                           .data()
                           .toString()
                           .contains(bare.left(bare.indexOf(QLatin1Char('@'))), Qt::CaseInsensitive);
        QVERIFY(matches);
    }
    QVERIFY2(PaneHarness::child<QLabel>(m_pane, "countLabel")->text().contains(u"shown"_s),
        qPrintable(PaneHarness::child<QLabel>(m_pane, "countLabel")->text()));
    filter->clear();
    QCOMPARE(view->model()->rowCount(), m_pane->model()->rowCount());
    QTest::keyClicks(filter, u"no-such-session-anywhere"_s);
    QCOMPARE(view->model()->rowCount(), 0);
    filter->clear();
}

void TestSessionsPane::refreshesInARowKeepOnlyTheNewest()
{
    // A fake server whose listing changes with every refresh once `serving` is set: refresh n sees
    // "user<n>" online (one session, resource r<n>, address 127.0.0.<n>) and a count of n. The
    // server numbers what it receives, so refresh n+1 starts only once both requests of refresh n
    // have arrived (from the responder, before it answers them): the numbers are those of the
    // refreshes whatever connections the requests take. The answers of refreshes 2 to 4 are thus
    // written only once a newer refresh is out; those of the first are held back so that they
    // arrive after the newest ones. A pane that applied any of them would show an older user.
    using Response = FakeHttpServer::Response;
    constexpr int Refreshes = 5;
    constexpr int StaleDelayMs = 1500;
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setRoute("GET /ping", Response::json(200, R"("PONG")"));
    server.setRoute("GET /all-users", Response::json(200, R"({"users":{},"count":0})"));
    server.setDefaultResponse(Response::message(404, u"Invalid request path"_s));
    bool serving = false;
    int listings = 0;
    int counts = 0;
    int refreshes = 0;
    std::function<void()> nextRefresh;
    // Called when a listing or count of the current refresh has arrived: starts the next refresh
    // once both have.
    const auto arrived = [&] {
        if (listings == refreshes && counts == refreshes && refreshes < Refreshes)
            nextRefresh();
    };
    server.setResponder([&](const FakeHttpServer::Request& request) -> std::optional<Response> {
        const QByteArray path = request.path.mid(qsizetype(qstrlen("/admin_rest")));
        if (path == "/users") {
            if (!serving)
                return Response::json(200, R"({"users":[],"count":0})");
            const QByteArray n = QByteArray::number(++listings);
            Response response = Response::json(
                200, R"({"users":[{"username":"user)" + n + R"(","resource":"r)" + n + R"("}],"count":1})");
            response.delayMs = listings == 1 ? StaleDelayMs : 0;
            arrived();
            return response;
        }
        if (path == "/users/count") {
            if (!serving)
                return Response::json(200, R"({"count":0})");
            Response response = Response::json(200, R"({"count":)" + QByteArray::number(++counts) + '}');
            response.delayMs = counts == 1 ? StaleDelayMs : 0;
            arrived();
            return response;
        }
        if (path.startsWith("/user/user")) {
            const QByteArray n = path.mid(qsizetype(qstrlen("/user/user")));
            return Response::json(200,
                R"({"user":{"connected":true,"sessions":[{"resource":"r)" + n + R"(","id":"id)" + n
                    + R"(","ip":"127.0.0.)" + n + R"(","port":5222,"secure":true}],"roster":{}}})");
        }
        return std::nullopt;
    });
    ServerSession session;
    ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.jid = u"admin@example.org"_s;
    settings.password = u"secret"_s;
    settings.timeoutMs = 20000;
    SessionsPane pane(&session);
    pane.resize(900, 300);
    pane.show();
    QSignalSpy initial(&pane, &SessionsPane::loaded);
    QSignalSpy connected(&session, &ServerSession::connected);
    session.connectTo(u"fake"_s, settings);
    QVERIFY(connected.wait(10000));
    QVERIFY(initial.count() > 0 || initial.wait(10000));
    QCOMPARE(pane.model()->rowCount(), 0);

    int finishedListings = 0;
    int finishedCounts = 0;
    connect(&session, &ServerSession::requestFinished, this, [&](const RequestRecord& record) {
        if (record.path.endsWith(u"/users/count"_s))
            ++finishedCounts;
        else if (record.path.endsWith(u"/users"_s))
            ++finishedListings;
    });
    QSignalSpy loaded(&pane, &SessionsPane::loaded);
    QSignalSpy reset(pane.model(), &QAbstractItemModel::modelReset);
    serving = true;
    nextRefresh = [&] {
        ++refreshes;
        pane.refresh();
    };
    nextRefresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(refreshes, Refreshes);
    // Every answer, the held-back first ones included, has arrived and been handled.
    QTRY_COMPARE_WITH_TIMEOUT(finishedListings, Refreshes, StaleDelayMs + 10000);
    QTRY_COMPARE_WITH_TIMEOUT(finishedCounts, Refreshes, 10000);
    QCOMPARE(listings, Refreshes);
    QCOMPARE(counts, Refreshes);

    // Only the last refresh finished, and what it read is what the pane shows.
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!pane.isLoading());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->index(0, SessionsModel::UserColumn).data().toString(), u"user5@example.org"_s);
    QCOMPARE(pane.model()->index(0, SessionsModel::ResourceColumn).data().toString(), u"r5"_s);
    QCOMPARE(pane.model()->index(0, SessionsModel::IpColumn).data().toString(), u"127.0.0.5"_s);
    const QString countText = PaneHarness::child<QLabel>(&pane, "countLabel")->text();
    QVERIFY2(countText.startsWith(u"5 connected user"_s), qPrintable(countText));
    QVERIFY(pane.peakDetailsInFlight() <= SessionsPane::DetailConcurrency);
}

void TestSessionsPane::classicServerWithoutAddresses()
{
    EmulatedPane<SessionsPane> classic(this);
    if (!classic.start(u"classic"_s, 4, 2, {900, 300}))
        return;
    SessionsPane& pane = *classic.pane;
    QSignalSpy loaded(&pane, &SessionsPane::loaded);
    QVERIFY(classic.connectSession());
    QVERIFY(loaded.count() > 0 || loaded.wait(20000));
    QCOMPARE(pane.model()->rowCount(), 2);
    for (const QString& full : classic.harness.server.sandbox().botJids) {
        const int row = pane.model()->rowOfKey(full);
        QVERIFY2(row >= 0, qPrintable(full));
        // The published module reports resource and id only: the other columns stay empty.
        QVERIFY(!pane.model()->index(row, SessionsModel::IdColumn).data().toString().isEmpty());
        QVERIFY(pane.model()->index(row, SessionsModel::IpColumn).data().toString().isEmpty());
        QVERIFY(!pane.model()->index(row, SessionsModel::PortColumn).data().isValid());
    }
    QVERIFY(!pane.banner()->isVisible() || pane.banner()->type() != MessageBanner::Type::Error);
    // No kick on the published module: the action is off and says why.
    pane.findChild<QTableView*>(u"sessionsView"_s)->selectRow(0);
    auto* kick = pane.findChild<QToolButton*>(u"kickButton"_s);
    QVERIFY(!kick->isEnabled());
    QVERIFY2(kick->toolTip().contains(u"cannot close sessions"_s), qPrintable(kick->toolTip()));
    PaneHarness::screenshot(&pane, u"sessions-classic"_s);
}

void TestSessionsPane::disconnectThroughTheDialog()
{
    if (!m_session->capabilities().kick)
        QSKIP("This server cannot close sessions (our module's kick extension).");
    XmppBot phone;
    XmppBot laptop;
    const QString bare = userWithTwoSessions(u"kicked"_s, {&phone, u"phone"_s}, {&laptop, u"laptop"_s});
    QVERIFY(!bare.isEmpty());
    QVERIFY(reload());

    auto* view = PaneHarness::child<QTableView>(m_pane, "sessionsView");
    PaneHarness::child<QLineEdit>(m_pane, "filterEdit")->setText(bare);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QVERIFY(PaneHarness::selectRows(view, SessionsModel::ResourceColumn, {u"phone"_s}));
    auto* kick = PaneHarness::child<QToolButton>(m_pane, "kickButton");
    QVERIFY2(kick->isEnabled(), qPrintable(kick->toolTip()));
    QTest::mouseClick(kick, Qt::LeftButton);
    KickDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_pane->findChild<KickDialog*>()) != nullptr);
    // The confirmation names the session it closes.
    auto* list = dialog->findChild<QListWidget*>(u"sessionsList"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), bare + u"/phone"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"reasonEdit"_s), u"Server moves at noon"_s);
    PaneHarness::screenshot(dialog, u"kick-dialog"_s);
    QSignalSpy kicked(m_pane, &SessionsPane::kicked);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"disconnectButton"_s), Qt::LeftButton);
    QVERIFY(kicked.wait(20000));
    QVERIFY(phone.waitDisconnected());
    QVERIFY2(phone.disconnectReason().contains(u"Server moves at noon"_s), qPrintable(phone.disconnectReason()));
    QVERIFY(laptop.isOnline());
    QVERIFY2(m_pane->banner()->text().contains(u"Disconnected 1 session"_s), qPrintable(m_pane->banner()->text()));
    PaneHarness::child<QLineEdit>(m_pane, "filterEdit")->clear();
    laptop.stop();
}

QTEST_MAIN(TestSessionsPane)
#include "TestSessionsPane.moc"
