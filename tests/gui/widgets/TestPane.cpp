// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// What every pane shares: work kept until the pane is on screen (Pane::whenShown), as the Rosters
// and Groups panes keep paging through every user of the host until the operator opens them.

#include "session/ServerSession.h"
#include "widgets/Pane.h"

#include <QStackedWidget>
#include <QtTest>

namespace {

class PlainPane : public Pane
{
public:
    using Pane::Pane;
    using Pane::whenShown;
    void refresh() override { }
};

} // namespace

class TestPane : public QObject
{
    Q_OBJECT

private slots:
    void workWaitsUntilThePaneIsShown();
    void workRunsAtOnceOnScreen();
};

void TestPane::workWaitsUntilThePaneIsShown()
{
    ServerSession session;
    // As in the main window: panes are pages of a stack, and only the current one is on screen.
    QStackedWidget window;
    auto* current = new QWidget(&window);
    auto* pane = new PlainPane(&session, &window);
    window.addWidget(current);
    window.addWidget(pane);
    window.setCurrentWidget(current);
    window.show();
    QVERIFY(!pane->isVisible());

    QStringList ran;
    pane->whenShown(QStringLiteral("users"), [&] { ran << QStringLiteral("users, first"); });
    pane->whenShown(QStringLiteral("users"), [&] { ran << QStringLiteral("users, again"); });
    pane->whenShown(QStringLiteral("groups"), [&] { ran << QStringLiteral("groups"); });
    QCOMPARE(ran, QStringList());

    window.setCurrentWidget(pane);
    ran.sort();
    // The later work of a key replaced the earlier one; each key's work ran once.
    QCOMPARE(ran, (QStringList{QStringLiteral("groups"), QStringLiteral("users, again")}));

    ran.clear();
    window.setCurrentWidget(current);
    window.setCurrentWidget(pane);
    QCOMPARE(ran, QStringList());
}

void TestPane::workRunsAtOnceOnScreen()
{
    ServerSession session;
    PlainPane pane(&session);
    pane.show();
    int ran = 0;
    pane.whenShown(QStringLiteral("users"), [&] { ++ran; });
    QCOMPARE(ran, 1);
    pane.hide();
    pane.show();
    QCOMPARE(ran, 1);
}

QTEST_MAIN(TestPane)
#include "TestPane.moc"
