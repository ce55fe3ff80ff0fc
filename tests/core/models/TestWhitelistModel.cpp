// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// WhitelistModel: the whitelisted addresses, merged by address.

#include "models/WhitelistModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestWhitelistModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsAddressesWithTheirKind();
    void refreshIsIncremental();
    void addAndRemove();

private:
    WhitelistModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestWhitelistModel::init()
{
    m_model = new WhitelistModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestWhitelistModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestWhitelistModel::listsAddressesWithTheirKind()
{
    // The published module stores anything it is sent; configuration may hold ranges.
    m_model->setAddresses({u"127.0.0.1"_s, u"::1"_s, u"10.0.0.0/8"_s, u"junk"_s, u"127.0.0.1"_s});
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(WhitelistModel::ColumnCount));
    auto kind = [this](const QString& address) {
        return m_model->index(m_model->rowOfKey(address), WhitelistModel::ProtocolColumn).data().toString();
    };
    QCOMPARE(kind(u"127.0.0.1"_s), u"IPv4"_s);
    QCOMPARE(kind(u"::1"_s), u"IPv6"_s);
    QCOMPARE(kind(u"10.0.0.0/8"_s), u"range (CIDR)"_s);
    QCOMPARE(kind(u"junk"_s), u"not an address"_s);
    QCOMPARE(m_model->index(0, 0).data(WhitelistModel::AddressRole).toString(), u"127.0.0.1"_s);
    QCOMPARE(m_model->addresses(), QStringList({u"127.0.0.1"_s, u"::1"_s, u"10.0.0.0/8"_s, u"junk"_s}));
}

void TestWhitelistModel::refreshIsIncremental()
{
    m_model->setAddresses({u"192.0.2.1"_s, u"192.0.2.2"_s});
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->setAddresses({u"192.0.2.2"_s, u"192.0.2.3"_s});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setAddresses({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(resets.count(), 0);
}

void TestWhitelistModel::addAndRemove()
{
    m_model->addAddress(u"127.0.0.1"_s);
    m_model->addAddress(u"127.0.0.1"_s);
    m_model->addAddress(u"2001:db8::7"_s);
    QCOMPARE(m_model->rowCount(), 2);
    m_model->removeAddress(u"127.0.0.1"_s);
    m_model->removeAddress(u"192.0.2.99"_s);
    QCOMPARE(m_model->addresses(), QStringList({u"2001:db8::7"_s}));
}

QTEST_GUILESS_MAIN(TestWhitelistModel)
#include "TestWhitelistModel.moc"
