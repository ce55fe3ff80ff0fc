// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// A pane button's command in the view's context menu and on a shortcut: the action follows the
// button's enabled state and text, and triggering it (menu or key) clicks the button once.

#include "widgets/ButtonAction.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

class TestButtonAction : public QObject
{
    Q_OBJECT

private slots:
    void followsTheButton();
    void shortcutOnTheFocusedViewClicksOnce();
};

void TestButtonAction::followsTheButton()
{
    QPushButton button(QStringLiteral("&Remove selected"));
    ButtonAction action(&button, QKeySequence::Delete, nullptr);
    QCOMPARE(action.text(), QStringLiteral("&Remove selected"));
    QVERIFY(action.isEnabled());
    button.setEnabled(false);
    QVERIFY(!action.isEnabled());
    QSignalSpy clicked(&button, &QPushButton::clicked);
    action.trigger();
    QCOMPARE(clicked.size(), 0); // a disabled command does nothing
    button.setEnabled(true);
    QVERIFY(action.isEnabled());
    action.trigger();
    QCOMPARE(clicked.size(), 1);
}

void TestButtonAction::shortcutOnTheFocusedViewClicksOnce()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* first = new QTableView(&window);
    auto* second = new QTableView(&window);
    QStandardItemModel model(3, 1);
    first->setModel(&model);
    second->setModel(&model);
    auto* removeFirst = new QPushButton(QStringLiteral("Remove"), &window);
    auto* removeSecond = new QPushButton(QStringLiteral("Remove member"), &window);
    layout->addWidget(first);
    layout->addWidget(second);
    layout->addWidget(removeFirst);
    layout->addWidget(removeSecond);
    // Two tables with Delete each, as in the Groups pane: the key acts on the focused one only.
    for (auto [view, button] : {std::pair{first, removeFirst}, std::pair{second, removeSecond}}) {
        auto* action = new ButtonAction(button, QKeySequence::Delete, view);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addAction(action);
    }
    QCOMPARE(first->actions().size(), 1);
    QCOMPARE(first->contextMenuPolicy(), Qt::ActionsContextMenu);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy firstClicked(removeFirst, &QPushButton::clicked);
    QSignalSpy secondClicked(removeSecond, &QPushButton::clicked);
    second->setFocus();
    QTRY_VERIFY(second->hasFocus());
    QTest::keyClick(second, Qt::Key_Delete);
    QCOMPARE(secondClicked.size(), 1);
    QCOMPARE(firstClicked.size(), 0);
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    QTest::keyClick(first, Qt::Key_Delete);
    QCOMPARE(firstClicked.size(), 1);
    QCOMPARE(secondClicked.size(), 1);
}

QTEST_MAIN(TestButtonAction)
#include "TestButtonAction.moc"
