// SessionsPane against the sandbox: every connected session with its real resource and details,
// the connected-user count, filtering as you type, bounded detail requests, stale refreshes ignored.

#include "AwaitReply.h"
#include "EmulatedPane.h"
#include "sessions/KickDialog.h"
#include "PaneHarness.h"
#include "models/SessionsModel.h"
#include "sessions/SessionsPane.h"
#include "XmppBot.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

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
    QSignalSpy loaded(m_pane, &SessionsPane::loaded);
    QSignalSpy reset(m_pane->model(), &QAbstractItemModel::modelReset);
    const int rows = m_pane->model()->rowCount();
    for (int i = 0; i < 5; ++i)
        m_pane->refresh();
    QVERIFY(loaded.wait(20000));
    // Only the last refresh finishes; the earlier ones were superseded.
    QTest::qWait(0);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!m_pane->isLoading());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_pane->model()->rowCount(), rows);
    QVERIFY(m_pane->peakDetailsInFlight() <= SessionsPane::DetailConcurrency);
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
