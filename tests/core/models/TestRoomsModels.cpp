// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The rooms, federation and certificates models (under QAbstractItemModelTester): a new listing
// updates by row (no reset; the rows that stayed keep their place), the rooms proxy's filters (empty
// now, idle for N days, by name or address) and sorting by value, a room's occupants and the
// affiliations of those not in it, and which certificates are flagged for how many warning days.

#include "models/CertificatesModel.h"
#include "models/RoomPeopleModel.h"
#include "models/RoomsFilterProxy.h"
#include "models/RoomsModel.h"
#include "models/S2sModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);

RoomInfo room(const QString& local, const QString& name, int occupants, int idleDays)
{
    RoomInfo info;
    info.jid = local + u"@conference.example.org"_s;
    info.service = u"conference.example.org"_s;
    info.name = name;
    info.occupants = occupants;
    info.created = kNow.addDays(-400);
    if (idleDays >= 0)
        info.lastMessage = kNow.addDays(-idleDays);
    return info;
}

QStringList shownJids(const QAbstractItemModel& model)
{
    QStringList jids;
    for (int row = 0; row < model.rowCount(); ++row)
        jids << model.index(row, RoomsModel::AddressColumn).data(RoomsModel::JidRole).toString();
    return jids;
}

} // namespace

class TestRoomsModels : public QObject
{
    Q_OBJECT

private slots:
    void roomsUpdateByRow();
    void proxyFiltersAndSorts();
    void peopleJoinOccupantsAndAffiliations();
    void connectionsByRow();
    void certificatesFlagged();
};

void TestRoomsModels::roomsUpdateByRow()
{
    RoomsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRooms({room(u"a"_s, u"A"_s, 0, 3), room(u"b"_s, u"B"_s, 2, 1), room(u"c"_s, {}, 0, 90)});
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    RoomInfo busier = room(u"b"_s, u"B"_s, 5, 0);
    model.setRooms({room(u"a"_s, u"A"_s, 0, 3), busier});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowOfKey(busier.jid), 1);
    QCOMPARE(model.index(1, RoomsModel::OccupantsColumn).data().toInt(), 5);
    QCOMPARE(model.index(0, RoomsModel::PersistentColumn).data().toString(), u"temporary"_s);
    QCOMPARE(model.index(0, RoomsModel::PublicColumn).data().toString(), u"hidden"_s);
    model.removeRoom(busier.jid);
    QCOMPARE(model.rowCount(), 1);
}

void TestRoomsModels::proxyFiltersAndSorts()
{
    RoomsModel model;
    RoomsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setNow(kNow);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRooms({room(u"old"_s, u"Old club"_s, 0, 60), room(u"busy"_s, u"Busy"_s, 3, 60),
        room(u"recent"_s, u"Recent"_s, 0, 2), room(u"silent"_s, {}, 0, -1)});
    proxy.sort(RoomsModel::OccupantsColumn, Qt::DescendingOrder);
    QCOMPARE(shownJids(proxy).first(), u"busy@conference.example.org"_s);
    proxy.sort(RoomsModel::AddressColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setShow(RoomsFilterProxy::Show::Empty);
    QCOMPARE(shownJids(proxy),
        (QStringList{
            u"old@conference.example.org"_s, u"recent@conference.example.org"_s, u"silent@conference.example.org"_s}));
    proxy.setShow(RoomsFilterProxy::Show::Idle);
    proxy.setIdleDays(30);
    // "silent" has no message: its creation 400 days ago counts
    QCOMPARE(shownJids(proxy), (QStringList{u"old@conference.example.org"_s, u"silent@conference.example.org"_s}));
    proxy.setIdleDays(1);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setText(u"CLUB"_s);
    QCOMPARE(shownJids(proxy), QStringList{u"old@conference.example.org"_s});
    proxy.setShow(RoomsFilterProxy::Show::All);
    proxy.setText(u"bus"_s);
    QCOMPARE(shownJids(proxy), QStringList{u"busy@conference.example.org"_s});
}

void TestRoomsModels::peopleJoinOccupantsAndAffiliations()
{
    RoomPeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RoomDetails details;
    details.room = room(u"club"_s, {}, 1, 0);
    details.occupants = {{u"Zed"_s, u"zed@example.org/phone"_s, u"participant"_s, u"member"_s}};
    details.affiliations = {{u"zed@example.org"_s, u"member"_s}, {u"owner@example.org"_s, u"owner"_s}};
    model.setRoom(details);
    QCOMPARE(model.roomJid(), details.room.jid);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.occupantCount(), 1);
    QCOMPARE(model.index(0, RoomPeopleModel::NickColumn).data().toString(), u"Zed"_s);
    QCOMPARE(model.index(0, 0).data(RoomPeopleModel::BareJidRole).toString(), u"zed@example.org"_s);
    QCOMPARE(model.index(1, RoomPeopleModel::JidColumn).data().toString(), u"owner@example.org"_s);
    QCOMPARE(model.index(1, RoomPeopleModel::RoleColumn).data().toString(), QString());

    // Zed becomes admin: the row changes in place
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    details.occupants.first().affiliation = u"admin"_s;
    model.setRoom(details);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(0, RoomPeopleModel::AffiliationColumn).data().toString(), u"admin"_s);
    model.clearRoom();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.roomJid().isEmpty());
}

void TestRoomsModels::connectionsByRow()
{
    S2sModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    S2sConnection in;
    in.id = u"s2sin1"_s;
    in.incoming = true;
    in.localHost = u"example.org"_s;
    in.remoteHost = u"remote.example"_s;
    in.authenticated = true;
    in.secure = true;
    in.auth = u"dialback"_s;
    S2sConnection out = in;
    out.id = u"s2sout1"_s;
    out.incoming = false;
    out.secure = false;
    out.auth = u"certificate"_s;
    model.setConnections({in, out});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, S2sModel::DirectionColumn).data().toString(), u"incoming"_s);
    QCOMPARE(model.index(0, S2sModel::SecureColumn).data().toString(), u"TLS"_s);
    QCOMPARE(model.index(1, S2sModel::SecureColumn).data().toString(), u"not encrypted"_s);
    QCOMPARE(model.index(1, S2sModel::AuthColumn).data().toString(), u"certificate"_s);
    QCOMPARE(model.describe(u"s2sin1"_s), u"remote.example (incoming, to example.org)"_s);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setConnections({out});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowOfKey(u"s2sout1"_s), 0);
}

void TestRoomsModels::certificatesFlagged()
{
    CertificatesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto certificate = [](const QString& host, int daysLeft, bool matches) {
        CertificateInfo c;
        c.host = host;
        c.service = u"c2s"_s;
        c.file = u"/etc/prosody/certs/"_s + host + u".crt"_s;
        c.commonName = host;
        c.daysLeft = daysLeft;
        c.expired = daysLeft < 0;
        c.matchesHost = matches;
        return c;
    };
    CertificateInfo missing;
    missing.host = u"none.example"_s;
    missing.service = u"s2s"_s;
    missing.error = u"No certificate"_s;
    model.setCertificates({certificate(u"good.example"_s, 200, true), certificate(u"soon.example"_s, 5, true),
        certificate(u"old.example"_s, -3, true), certificate(u"other.example"_s, 100, false), missing});
    QCOMPARE(model.warningCount(), 4);
    auto status = [&](int row) { return model.index(row, CertificatesModel::StatusColumn).data().toString(); };
    QCOMPARE(status(0), u"OK"_s);
    QCOMPARE(status(1), u"expires in 5 day(s)"_s);
    QCOMPARE(status(2), u"expired"_s);
    QCOMPARE(status(3), u"not for this host"_s);
    QCOMPARE(status(4), u"No certificate"_s);
    QVERIFY(!model.index(0, 0).data(CertificatesModel::NeedsWarningRole).toBool());
    model.setWarningDays(3);
    QCOMPARE(model.warningCount(), 3);
    QCOMPARE(status(1), u"OK"_s);
    model.setWarningDays(300);
    QCOMPARE(model.warningCount(), 5);
}

QTEST_GUILESS_MAIN(TestRoomsModels)
#include "TestRoomsModels.moc"
