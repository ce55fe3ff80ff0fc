// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// RosterModel: one user's roster, merged by contact on reload, reset for another user.

#include "models/RosterModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestRosterModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEveryField();
    void reloadOfTheSameUserIsIncremental();
    void anotherUserIsANewDataSet();
    void duplicateContactsAreIgnored();
    void clearRosterForgetsTheOwner();

private:
    static RosterItem item(const QString& jid, const QString& subscription = u"both"_s, const QString& name = {},
        const QStringList& groups = {}, const QString& ask = {})
    {
        return RosterItem{jid, name, subscription, ask, groups};
    }

    RosterModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestRosterModel::init()
{
    m_model = new RosterModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestRosterModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestRosterModel::showsEveryField()
{
    m_model->setRoster(u"alice@example.org"_s,
        {item(u"bob@example.org"_s, u"both"_s, u"Bob"_s, {u"Friends"_s, u"Work"_s}),
            item(u"carol@example.org"_s, u"none"_s, {}, {}, u"subscribe"_s)});
    QCOMPARE(m_model->owner(), u"alice@example.org"_s);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(RosterModel::ColumnCount));
    QCOMPARE(m_model->index(0, RosterModel::JidColumn).data().toString(), u"bob@example.org"_s);
    QCOMPARE(m_model->index(0, RosterModel::NameColumn).data().toString(), u"Bob"_s);
    QCOMPARE(m_model->index(0, RosterModel::SubscriptionColumn).data().toString(), u"both"_s);
    QCOMPARE(m_model->index(0, RosterModel::GroupsColumn).data().toString(), u"Friends, Work"_s);
    QCOMPARE(m_model->index(0, 0).data(RosterModel::GroupsRole).toStringList(), QStringList({u"Friends"_s, u"Work"_s}));
    QCOMPARE(m_model->index(1, RosterModel::AskColumn).data().toString(), u"subscribe"_s);
    QVERIFY(!m_model->index(1, RosterModel::AskColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(m_model->index(1, 3).data(RosterModel::JidRole).toString(), u"carol@example.org"_s);
    QCOMPARE(m_model->headerData(RosterModel::JidColumn, Qt::Horizontal).toString(), u"Contact"_s);
}

void TestRosterModel::reloadOfTheSameUserIsIncremental()
{
    m_model->setRoster(u"alice@example.org"_s,
        {item(u"bob@example.org"_s), item(u"carol@example.org"_s), item(u"dave@example.org"_s)});
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    // carol gone, dave's subscription changed, erin new
    m_model->setRoster(u"alice@example.org"_s,
        {item(u"bob@example.org"_s), item(u"dave@example.org"_s, u"to"_s), item(u"erin@example.org"_s)});

    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!m_model->containsKey(u"carol@example.org"_s));
    QCOMPARE(m_model->rowAt(m_model->rowOfKey(u"dave@example.org"_s)).subscription, u"to"_s);
    QVERIFY(m_model->containsKey(u"erin@example.org"_s));

    // the same data again changes nothing
    resets.clear();
    removed.clear();
    inserted.clear();
    changed.clear();
    m_model->setRoster(u"alice@example.org"_s,
        {item(u"bob@example.org"_s), item(u"dave@example.org"_s, u"to"_s), item(u"erin@example.org"_s)});
    QCOMPARE(resets.count() + removed.count() + inserted.count() + changed.count(), 0);
}

void TestRosterModel::anotherUserIsANewDataSet()
{
    m_model->setRoster(u"alice@example.org"_s, {item(u"bob@example.org"_s)});
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    m_model->setRoster(u"bob@example.org"_s, {item(u"alice@example.org"_s), item(u"bob@example.org"_s)});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->owner(), u"bob@example.org"_s);
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_model->containsKey(u"alice@example.org"_s));
}

void TestRosterModel::duplicateContactsAreIgnored()
{
    m_model->setRoster(u"alice@example.org"_s,
        {item(u"bob@example.org"_s, u"both"_s), item(u"bob@example.org"_s, u"none"_s), item(u"carol@example.org"_s)});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowAt(m_model->rowOfKey(u"bob@example.org"_s)).subscription, u"both"_s);
}

void TestRosterModel::clearRosterForgetsTheOwner()
{
    m_model->setRoster(u"alice@example.org"_s, {item(u"bob@example.org"_s)});
    m_model->clearRoster();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->owner().isEmpty());
    // an empty roster still has an owner
    m_model->setRoster(u"carol@example.org"_s, {});
    QCOMPARE(m_model->owner(), u"carol@example.org"_s);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRosterModel)
#include "TestRosterModel.moc"
