// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// MainWindow builds a pane when it is first shown or asked for, or after the window's first paint:
// the window paints without waiting for the others, and a pane built after the session connected
// (or failed) shows what it would have shown had it been there from the start.

#include "PaneHarness.h"
#include "app/MainWindow.h"
#include "models/ModulesModel.h"
#include "modules/ModulesPane.h"
#include "users/UsersPane.h"
#include "whitelist/WhitelistPane.h"

#include <QListWidget>
#include <QScrollBar>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void panesAreBuiltWhenShownThenAfterTheFirstPaint();
    void choosingAPaneShowsIt();
    void paneBuiltAfterAFailedConnectionSaysWhy();
    void navigationShowsEveryPaneNameWhole();

private:
    static void addPanes(MainWindow* window, ServerSession* session);

    PaneHarness m_harness{this};
};

void TestMainWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.start({}, &error), qPrintable(error));
}

void TestMainWindow::addPanes(MainWindow* window, ServerSession* session)
{
    window->addPane<UsersPane>(session);
    window->addPane<ModulesPane>(session);
    window->addPane<WhitelistPane>(session);
}

void TestMainWindow::panesAreBuiltWhenShownThenAfterTheFirstPaint()
{
    ServerSession session;
    QVERIFY(m_harness.connectSession(&session));
    MainWindow window(&session);
    addPanes(&window, &session);
    auto* navigation = window.findChild<QListWidget*>(u"navigation"_s);
    QCOMPARE(navigation->count(), 3);
    QCOMPARE(navigation->item(1)->text(), ModulesPane::title());
    QVERIFY(window.findChildren<Pane*>().isEmpty());

    window.show();
    // The shown pane at once; the others one by one once the window has painted.
    QVERIFY(qobject_cast<UsersPane*>(window.currentPane()));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.findChildren<Pane*>().size(), 3);

    // The modules pane was built after the session connected, and loaded the server's modules.
    auto* modules = window.findChild<ModulesPane*>();
    QTRY_VERIFY(modules->model()->rowOfKey(u"admin_rest"_s) >= 0);
}

void TestMainWindow::choosingAPaneShowsIt()
{
    ServerSession session;
    QVERIFY(m_harness.connectSession(&session));
    MainWindow window(&session);
    addPanes(&window, &session);
    window.show();
    window.findChild<QListWidget*>(u"navigation"_s)->setCurrentRow(2);
    auto* whitelist = qobject_cast<WhitelistPane*>(window.currentPane());
    QVERIFY(whitelist);
    QVERIFY(whitelist->isVisible());
    QCOMPARE(window.panes().size(), 3);
    QCOMPARE(window.panes().at(2), whitelist);
    window.setCurrentPane(window.panes().at(1));
    QVERIFY(qobject_cast<ModulesPane*>(window.currentPane()));
}

void TestMainWindow::paneBuiltAfterAFailedConnectionSaysWhy()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ConnectionSettings settings = m_harness.server.settings();
    settings.baseUrl.setPort(port);
    ServerSession session;
    QSignalSpy failed(&session, &ServerSession::failed);
    session.connectTo(u"Nowhere"_s, settings);
    QVERIFY(failed.wait(20000));

    MainWindow window(&session);
    addPanes(&window, &session);
    auto* modules = qobject_cast<ModulesPane*>(window.panes().at(1));
    QVERIFY(modules);
    QVERIFY(!modules->banner()->isHidden());
    QVERIFY2(
        modules->banner()->text().contains(u"Could not connect to Nowhere"_s), qPrintable(modules->banner()->text()));
}

void TestMainWindow::navigationShowsEveryPaneNameWhole()
{
    // A first start (no splitter state kept): the splitter gives the pane list what it may; the
    // list's width must still hold the longest pane name with its icon.
    ServerSession session;
    MainWindow window(&session);
    addPanes(&window, &session);
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* navigation = window.findChild<QListWidget*>(u"navigation"_s);
    QVERIFY(navigation->viewport()->width() >= navigation->sizeHintForColumn(0));
    QVERIFY(!navigation->horizontalScrollBar()->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
