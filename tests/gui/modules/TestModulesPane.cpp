// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// ModulesPane against the sandbox: list, check by name, load and unload a harmless module and see the
// state the server reports; one question for several unloads; admin_rest's own unload says what it costs.

#include "AwaitReply.h"
#include "PaneHarness.h"
#include "models/ModulesModel.h"
#include "modules/ModulesPane.h"
#include "widgets/InputHintLabel.h"
#include "widgets/MessageBox.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestModulesPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsTheLoadedModules();
    void invalidNameIsExplainedAndKept();
    void loadAndUnloadAModule();
    void unloadingSeveralAsksOnce();
    void unloadingAdminRestSaysItCutsTheConsoleOff();

private:
    bool serverSaysLoaded(const QString& name);
    // Loaded state in the pane's model; -1 when the module is not listed.
    int paneState(const QString& name) const;
    void setLoaded(const QString& name, bool loaded);

    PaneHarness m_harness{this};
    ServerSession* m_session = nullptr;
    ModulesPane* m_pane = nullptr;
    // Modules this test changes, with their state before it, restored at the end.
    QHash<QString, bool> m_initial;
};

void TestModulesPane::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.start({}, &error), qPrintable(error));
    m_session = new ServerSession(this);
    m_pane = new ModulesPane(m_session);
    m_pane->resize(800, 600);
    m_pane->show();
    QVERIFY(m_harness.connectSession(m_session));
    for (const QString& name : {u"uptime"_s, u"time"_s, u"version"_s})
        m_initial.insert(name, serverSaysLoaded(name));
}

void TestModulesPane::cleanupTestCase()
{
    delete m_pane;
    for (auto it = m_initial.cbegin(); it != m_initial.cend(); ++it)
        setLoaded(it.key(), it.value());
}

bool TestModulesPane::serverSaysLoaded(const QString& name)
{
    const auto state = awaitReply(m_harness.client->module(name));
    return state.ok() && state.value.loaded;
}

int TestModulesPane::paneState(const QString& name) const
{
    const int row = m_pane->model()->rowOfKey(name);
    return row < 0 ? -1 : int(m_pane->model()->rowAt(row).loaded);
}

void TestModulesPane::setLoaded(const QString& name, bool loaded)
{
    if (serverSaysLoaded(name) == loaded)
        return;
    if (loaded)
        awaitReply(m_harness.client->loadModule(name));
    else
        awaitReply(m_harness.client->unloadModule(name));
}

void TestModulesPane::listsTheLoadedModules()
{
    QTRY_VERIFY(m_pane->model()->rowCount() > 0);
    const auto listed = awaitReply(m_harness.client->modules());
    QVERIFY(listed.ok());
    QCOMPARE(m_pane->model()->loadedCount(), listed.value.size());
    QCOMPARE(paneState(u"admin_rest"_s), 1);
    auto* view = PaneHarness::child<QTableView>(m_pane, "modulesView");
    QVERIFY(PaneHarness::rowWithText(view, ModulesModel::NameColumn, u"admin_rest"_s) >= 0);
    QVERIFY(PaneHarness::child<QLabel>(m_pane, "countLabel")->text().contains(QString::number(listed.value.size())));
}

void TestModulesPane::invalidNameIsExplainedAndKept()
{
    const int rows = m_pane->model()->rowCount();
    for (const QString& bad : {u"../etc"_s, u"up time"_s, u"a%2Fb"_s, u"a/b"_s}) {
        PaneHarness::child<QLineEdit>(m_pane, "nameEdit")->setText(bad);
        QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "checkButton"), Qt::LeftButton);
        auto* hint = PaneHarness::child<InputHintLabel>(m_pane, "nameHint");
        QVERIFY2(hint->isVisible() && hint->kind() == InputHintLabel::Kind::Error, qPrintable(bad));
        QCOMPARE(PaneHarness::child<QLineEdit>(m_pane, "nameEdit")->text(), bad);
    }
    QCOMPARE(m_pane->model()->rowCount(), rows);
}

void TestModulesPane::loadAndUnloadAModule()
{
    const QString name = u"uptime"_s;
    setLoaded(name, false);

    // check by name: listed as not loaded
    PaneHarness::child<QLineEdit>(m_pane, "nameEdit")->setText(name);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "checkButton"), Qt::LeftButton);
    QTRY_COMPARE(paneState(name), 0);
    QTRY_VERIFY(PaneHarness::child<InputHintLabel>(m_pane, "nameHint")->text().contains(u"not loaded"_s));

    // load by name
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "loadNamedButton"), Qt::LeftButton);
    QTRY_COMPARE(paneState(name), 1);
    QTRY_VERIFY2(m_pane->banner()->text().contains(u"Loaded: uptime"_s), qPrintable(m_pane->banner()->text()));
    QCOMPARE(m_pane->banner()->type(), MessageBanner::Type::Success);
    QVERIFY(serverSaysLoaded(name));
    auto* view = PaneHarness::child<QTableView>(m_pane, "modulesView");
    const int row = PaneHarness::rowWithText(view, ModulesModel::NameColumn, name);
    QVERIFY(row >= 0);
    QCOMPARE(view->model()->index(row, ModulesModel::StateColumn).data().toString(), u"loaded"_s);
    PaneHarness::screenshot(m_pane, u"modules"_s);

    // unload from the table: the state is read back (the published versions answer 500 here)
    QVERIFY(PaneHarness::selectRows(view, ModulesModel::NameColumn, {name}));
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "unloadButton")->isEnabled());
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "unloadButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(name));
    QTRY_COMPARE(paneState(name), 0);
    QVERIFY(!serverSaysLoaded(name));
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "reloadButton")->isEnabled());
    QCOMPARE(view->model()
                 ->index(PaneHarness::rowWithText(view, ModulesModel::NameColumn, name), ModulesModel::StateColumn)
                 .data()
                 .toString(),
        u"not loaded"_s);

    // a refresh keeps it listed, as not loaded
    QVERIFY(PaneHarness::refreshAndWait(m_pane, m_session));
    QCOMPARE(paneState(name), 0);
}

void TestModulesPane::unloadingSeveralAsksOnce()
{
    const QStringList names{u"time"_s, u"version"_s};
    for (const QString& name : names)
        setLoaded(name, true);
    m_pane->refresh();
    for (const QString& name : names)
        QTRY_COMPARE(paneState(name), 1);

    auto* view = PaneHarness::child<QTableView>(m_pane, "modulesView");
    QVERIFY(PaneHarness::selectRows(view, ModulesModel::NameColumn, names));
    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "unloadButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    for (const QString& name : names)
        QVERIFY2(MessageBox::lastText().contains(name), qPrintable(MessageBox::lastText()));
    QVERIFY(!MessageBox::lastText().contains(u"admin_rest"_s));
    for (const QString& name : names) {
        QTRY_COMPARE(paneState(name), 0);
        QVERIFY(!serverSaysLoaded(name));
    }
    QTRY_VERIFY2(m_pane->banner()->text().contains(u"Unloaded: time, version"_s), qPrintable(m_pane->banner()->text()));
    QCOMPARE(m_pane->banner()->type(), MessageBanner::Type::Success);

    // and load them both again from the table
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "reloadButton")->isEnabled());
    QVERIFY(PaneHarness::selectRows(view, ModulesModel::NameColumn, names));
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "reloadButton"), Qt::LeftButton);
    for (const QString& name : names)
        QTRY_COMPARE(paneState(name), 1);
    QVERIFY(serverSaysLoaded(u"time"_s) && serverSaysLoaded(u"version"_s));
}

void TestModulesPane::unloadingAdminRestSaysItCutsTheConsoleOff()
{
    auto* view = PaneHarness::child<QTableView>(m_pane, "modulesView");
    QVERIFY(PaneHarness::selectRows(view, ModulesModel::NameColumn, {u"admin_rest"_s, u"time"_s}));
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "unloadButton")->isEnabled());
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "unloadButton"), Qt::LeftButton);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(u"admin_rest serves the API this console uses"_s), qPrintable(text));
    QVERIFY(text.contains(u"cut off"_s));
    QVERIFY(text.contains(u"time"_s));
    // declined: nothing changed
    QVERIFY(serverSaysLoaded(u"admin_rest"_s));
    QVERIFY(serverSaysLoaded(u"time"_s));
    QCOMPARE(paneState(u"admin_rest"_s), 1);
}

QTEST_MAIN(TestModulesPane)
#include "TestModulesPane.moc"
