// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// ModulesModel: loaded modules from the listing, known ones kept as "not loaded", module name checks.

#include "models/ModulesModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestModulesModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listingIsSortedAndLoaded();
    void knownModulesStayAsNotLoaded();
    void stateOfOneModule();
    void adminRestSaysWhatItIs();
    void checkName_data();
    void checkName();

private:
    bool loaded(const QString& name) const
    {
        const int row = m_model->rowOfKey(name);
        return row >= 0 && m_model->index(row, 0).data(ModulesModel::LoadedRole).toBool();
    }

    ModulesModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestModulesModel::init()
{
    m_model = new ModulesModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestModulesModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestModulesModel::listingIsSortedAndLoaded()
{
    m_model->setLoadedModules({u"roster"_s, u"admin_rest"_s, u"uptime"_s, u"roster"_s});
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(0, ModulesModel::NameColumn).data().toString(), u"admin_rest"_s);
    QCOMPARE(m_model->index(2, ModulesModel::NameColumn).data().toString(), u"uptime"_s);
    QCOMPARE(m_model->index(2, ModulesModel::StateColumn).data().toString(), u"loaded"_s);
    QCOMPARE(m_model->loadedCount(), 3);
}

void TestModulesModel::knownModulesStayAsNotLoaded()
{
    m_model->setLoadedModules({u"admin_rest"_s, u"roster"_s, u"uptime"_s});
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    // uptime was unloaded elsewhere: it stays listed, as not loaded
    m_model->setLoadedModules({u"admin_rest"_s, u"roster"_s});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!loaded(u"uptime"_s));
    QCOMPARE(
        m_model->index(m_model->rowOfKey(u"uptime"_s), ModulesModel::StateColumn).data().toString(), u"not loaded"_s);
    QCOMPARE(m_model->loadedCount(), 2);

    // and comes back as loaded
    m_model->setLoadedModules({u"admin_rest"_s, u"roster"_s, u"uptime"_s, u"ping"_s});
    QVERIFY(loaded(u"uptime"_s));
    QVERIFY(loaded(u"ping"_s));
    QCOMPARE(m_model->rowCount(), 4);

    // clear() (a new server) forgets them
    m_model->clear();
    m_model->setLoadedModules({u"roster"_s});
    QCOMPARE(m_model->rowCount(), 1);
}

void TestModulesModel::stateOfOneModule()
{
    m_model->setLoadedModules({u"roster"_s});
    m_model->setModuleState(u"bosh"_s, false);
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(!loaded(u"bosh"_s));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setModuleState(u"bosh"_s, true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(loaded(u"bosh"_s));
    m_model->setModuleState(u"bosh"_s, true);
    QCOMPARE(changed.count(), 1);
}

void TestModulesModel::adminRestSaysWhatItIs()
{
    m_model->setLoadedModules({u"admin_rest"_s, u"roster"_s});
    QVERIFY(m_model->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"cuts the console off"_s));
    QVERIFY(m_model->index(1, 0).data(Qt::ToolTipRole).isNull());
}

void TestModulesModel::checkName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("plain") << u"uptime"_s << true << u"uptime"_s;
    QTest::newRow("underscore") << u"admin_rest"_s << true << u"admin_rest"_s;
    QTest::newRow("dash and dot") << u"http_file-share.x"_s << true << u"http_file-share.x"_s;
    QTest::newRow("surrounding spaces") << u" uptime "_s << true << u"uptime"_s;
    QTest::newRow("mod_ prefix") << u"mod_uptime"_s << true << u"uptime"_s;
    QTest::newRow("file name") << u"mod_uptime.lua"_s << true << u"uptime"_s;
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("slash") << u"a/b"_s << false << QString();
    QTest::newRow("backslash") << u"a\\b"_s << false << QString();
    QTest::newRow("dot dot") << u".."_s << false << QString();
    QTest::newRow("dot dot inside") << u"a..b"_s << false << QString();
    QTest::newRow("single dot") << u"."_s << false << QString();
    QTest::newRow("space") << u"up time"_s << false << QString();
    QTest::newRow("percent") << u"up%2Ftime"_s << false << QString();
    QTest::newRow("question mark") << u"uptime?x=1"_s << false << QString();
    QTest::newRow("only prefix") << u"mod_"_s << false << QString();
}

void TestModulesModel::checkName()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    const ModulesModel::NameCheck check = ModulesModel::checkName(input);
    QCOMPARE(check.valid, valid);
    QCOMPARE(check.normalized, normalized);
    if (!valid)
        QVERIFY(!check.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestModulesModel)
#include "TestModulesModel.moc"
