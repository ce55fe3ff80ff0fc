// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// FederationPane against two real sandboxes federated over loopback (east.localhost in one,
// west.localhost in the other, each reaching the other's s2s port on 127.0.0.1; see the sandbox's
// --s2s-domain and --s2s-peer): a message from east's bot to west's makes an outgoing connection
// that the pane lists with its direction and security; closing it through the pane's confirmation
// takes it off the pane and off both servers' listings.

#include "AwaitReply.h"
#include "PaneHarness.h"
#include "XmppBot.h"
#include "federation/FederationPane.h"
#include "models/S2sModel.h"
#include "widgets/MessageBox.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString East = u"east.localhost"_s;
const QString West = u"west.localhost"_s;
const QString Password = u"Federated-pass-1"_s;

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// The row of the pane's view showing the connection to or from `remote` in that direction, or -1
// (west verifies east's dialback key over a connection of its own: east also lists one from west).
int rowOf(const QAbstractItemView* view, const QString& remote, const QString& direction)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, S2sModel::RemoteColumn).data().toString() == remote
            && model->index(row, S2sModel::DirectionColumn).data().toString() == direction)
            return row;
    }
    return -1;
}

// The row showing the connection with that id, or -1.
int rowOfId(const QAbstractItemView* view, const QString& id)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, S2sModel::RemoteColumn).data(S2sModel::IdRole).toString() == id)
            return row;
    }
    return -1;
}

// The connections a server lists between `local` and `remote` in that direction.
QList<S2sConnection> listed(AdminRestClient* client, const QString& local, const QString& remote, bool incoming)
{
    const auto reply = awaitReply(client->s2sConnections());
    QList<S2sConnection> found;
    for (const S2sConnection& c : reply.value) {
        if (c.localHost == local && c.remoteHost == remote && c.incoming == incoming)
            found.append(c);
    }
    return found;
}
} // namespace

class TestFederationPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsTheConnectionAMessageMade();
    void closingRemovesItFromThePaneAndBothServers();

private:
    XmppBot* onlineBot(TestServer& server, AdminRestClient* client, const QString& jid);

    PaneHarness m_east{this};
    TestServer m_west;
    AdminRestClient* m_westClient = nullptr;
    ServerSession* m_session = nullptr;
    FederationPane* m_pane = nullptr;
    XmppBot* m_ann = nullptr;
    XmppBot* m_ben = nullptr;
    QString m_connectionId;
};

void TestFederationPane::initTestCase()
{
    if (TestServer::externalRequested())
        QSKIP("needs two sandboxes federated over loopback: an external server's peers are not known");
    const QString eastPort = QString::number(freePort());
    const QString westPort = QString::number(freePort());
    QString error;
    QVERIFY2(m_east.start({u"--users"_s, u"1"_s, u"--bots"_s, u"0"_s, u"--s2s-domain"_s, East, u"--s2s-port"_s,
                              eastPort, u"--s2s-peer"_s, West + u'=' + westPort},
                 &error),
        qPrintable(error));
    QVERIFY2(m_west.start({u"--users"_s, u"1"_s, u"--bots"_s, u"0"_s, u"--s2s-domain"_s, West, u"--s2s-port"_s,
                 westPort, u"--s2s-peer"_s, East + u'=' + eastPort}),
        qPrintable(m_west.error()));
    m_westClient = new AdminRestClient(m_west.settings(), this);
    m_session = new ServerSession(this);
    m_pane = new FederationPane(m_session);
    m_pane->resize(900, 320);
    m_pane->show();
    QVERIFY(m_east.connectSession(m_session));
    QVERIFY(m_session->capabilities().federation);
    m_ann = onlineBot(m_east.server, m_east.client, u"ann@"_s + East);
    QVERIFY(m_ann);
    m_ben = onlineBot(m_west, m_westClient, u"ben@"_s + West);
    QVERIFY(m_ben);
}

void TestFederationPane::cleanupTestCase()
{
    delete m_pane;
    for (XmppBot* bot : {m_ann, m_ben}) {
        if (bot)
            bot->stop();
    }
}

XmppBot* TestFederationPane::onlineBot(TestServer& server, AdminRestClient* client, const QString& jid)
{
    const auto created = awaitReply(client->createUser(jid, Password));
    if (!created.ok()) {
        qWarning("creating %s: %s", qPrintable(jid), created.describe().constData());
        return nullptr;
    }
    auto* bot = new XmppBot(this);
    bot->start(jid, Password, server.c2sHost(), server.c2sPort());
    if (!bot->waitOnline()) {
        qWarning("%s did not come online: %s", qPrintable(jid), qPrintable(bot->errorText()));
        return nullptr;
    }
    return bot;
}

void TestFederationPane::listsTheConnectionAMessageMade()
{
    QVERIFY(PaneHarness::refreshAndWait(m_pane, m_session));
    auto* count = PaneHarness::child<QLabel>(m_pane, "countLabel");
    QCOMPARE(count->text(), u"No server-to-server connection now"_s);

    m_ann->command({{u"cmd"_s, u"send"_s}, {u"to"_s, QString(u"ben@"_s + West)}, {u"body"_s, u"hello west"_s},
        {u"type"_s, u"chat"_s}});
    XmppBot::Message message;
    QVERIFY(m_ben->waitForMessage(u"hello west"_s, &message));
    QVERIFY2(message.from.startsWith(u"ann@"_s + East + u'/'), qPrintable(message.from));

    // The message went over east's outgoing connection to west: the pane lists it once refreshed.
    QCOMPARE(listed(m_east.client, East, West, false).size(), 1);
    // Waiting for the refresh matters: a listing from while the connection was being set up would
    // show it, not yet encrypted nor authenticated.
    QVERIFY(PaneHarness::refreshAndWait(m_pane, m_session));
    auto* view = PaneHarness::child<QTableView>(m_pane, "connectionsView");
    QVERIFY(rowOf(view, West, u"outgoing"_s) >= 0);
    const int row = rowOf(view, West, u"outgoing"_s);
    const QAbstractItemModel* model = view->model();
    QCOMPARE(model->index(row, S2sModel::SecureColumn).data().toString(), u"TLS"_s);
    QCOMPARE(model->index(row, S2sModel::AuthColumn).data().toString(), u"dialback"_s);
    QCOMPARE(model->index(row, S2sModel::LocalColumn).data().toString(), East);
    m_connectionId = model->index(row, S2sModel::RemoteColumn).data(S2sModel::IdRole).toString();
    QVERIFY(!m_connectionId.isEmpty());
    QVERIFY2(count->text().endsWith(u", 1 outgoing"_s), qPrintable(count->text()));
    // West lists the same connection as incoming from east.
    QCOMPARE(listed(m_westClient, West, East, true).size(), 1);
    PaneHarness::screenshot(m_pane, u"federation"_s);
}

void TestFederationPane::closingRemovesItFromThePaneAndBothServers()
{
    QVERIFY(!m_connectionId.isEmpty());
    auto* view = PaneHarness::child<QTableView>(m_pane, "connectionsView");
    const int row = rowOfId(view, m_connectionId);
    QVERIFY(row >= 0);
    view->selectionModel()->select(
        view->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto* close = PaneHarness::child<QPushButton>(m_pane, "closeButton");
    QVERIFY(close->isEnabled());
    MessageBox::setNextAnswer(true);
    close->click();
    QVERIFY2(MessageBox::lastText().endsWith(West + u" (outgoing, from "_s + East + u")"_s),
        qPrintable(MessageBox::lastText()));
    QTRY_COMPARE(rowOfId(view, m_connectionId), -1);
    QCOMPARE(listed(m_east.client, East, West, false).size(), 0);
    QTRY_COMPARE(listed(m_westClient, West, East, true).size(), 0);
    // After a refresh the pane still lists no connection to west: the server closed it, the pane did
    // not just hide it.
    QVERIFY(PaneHarness::refreshAndWait(m_pane, m_session));
    QCOMPARE(rowOf(view, West, u"outgoing"_s), -1);
    QCOMPARE(rowOfId(view, m_connectionId), -1);
}

QTEST_MAIN(TestFederationPane)
#include "TestFederationPane.moc"
