// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ProfileFleetModel.h"
#include "profiles/ProfileProbe.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileFleetModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsFollowTheProfiles();
    void results();
    void stepOfEachError_data();
    void stepOfEachError();

private:
    static Profile profile(const QString& name, const QString& url);
};

Profile TestProfileFleetModel::profile(const QString& name, const QString& url)
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = name;
    profile.baseUrl = QUrl(url);
    return profile;
}

void TestProfileFleetModel::rowsFollowTheProfiles()
{
    ProfileFleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Profile a = profile(u"A"_s, u"https://a.example/admin_rest"_s);
    Profile b = profile(u"B"_s, u"https://b.example/admin_rest"_s);
    model.setProfiles({a, b});
    QCOMPARE(model.rowCount(), 2);
    model.setProbing(a.id);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // A rename keeps what was found; a removed profile goes; nothing is reset.
    Profile renamed = a;
    renamed.name = u"A2"_s;
    model.setProfiles({renamed});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ProfileFleetModel::NameColumn).data().toString(), u"A2"_s);
    QCOMPARE(model.index(0, 0).data(ProfileFleetModel::StateRole).toInt(), int(FleetRow::State::Probing));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);

    // Another address: what was found no longer applies.
    renamed.baseUrl = QUrl(u"https://c.example/admin_rest"_s);
    model.setProfiles({renamed});
    QCOMPARE(model.index(0, 0).data(ProfileFleetModel::StateRole).toInt(), int(FleetRow::State::NotProbed));
}

void TestProfileFleetModel::results()
{
    ProfileFleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Profile up = profile(u"Up"_s, u"https://up.example/admin_rest"_s);
    const Profile down = profile(u"Down"_s, u"https://down.example/admin_rest"_s);
    const Profile locked = profile(u"Locked"_s, u"https://locked.example/admin_rest"_s);
    model.setProfiles({up, down, locked});

    ProfileProbeResult ok;
    ok.capabilities.probed = true;
    ok.capabilities.flavor = Capabilities::Flavor::Ours;
    ok.capabilities.prosodyVersion = u"0.12.3"_s;
    ok.capabilities.groups = true;
    ok.capabilities.registeredUsersPaged = true;
    ok.connectedUsers = 3;
    model.setResult(up.id, ok);
    const int upRow = model.rowOfKey(up.id);
    QCOMPARE(model.index(upRow, ProfileFleetModel::ReachableColumn).data().toString(), u"Yes"_s);
    QCOMPARE(model.index(upRow, ProfileFleetModel::VersionColumn).data().toString(), u"Prosody 0.12.3"_s);
    QCOMPARE(model.index(upRow, ProfileFleetModel::ConnectedUsersColumn).data().toInt(), 3);
    const QString capabilities = model.index(upRow, ProfileFleetModel::CapabilitiesColumn).data().toString();
    QVERIFY(capabilities.contains(u"groups"_s));
    QVERIFY(capabilities.contains(u"user list"_s));
    QVERIFY(model.index(upRow, ProfileFleetModel::CapabilitiesColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"vCards"_s));

    ProfileProbeResult refused;
    refused.capabilities.probed = true;
    refused.capabilities.error = ApiError::make(ApiError::Kind::ConnectionRefused);
    refused.capabilities.error.server = u"down.example:443"_s;
    model.setResult(down.id, refused);
    const int downRow = model.rowOfKey(down.id);
    QCOMPARE(model.index(downRow, ProfileFleetModel::ReachableColumn).data().toString(), u"No"_s);
    QCOMPARE(model.index(downRow, ProfileFleetModel::MessageColumn).data().toString(), refused.error().title());
    QCOMPARE(model.index(downRow, ProfileFleetModel::MessageColumn).data(ProfileFleetModel::MessageRole).toString(),
        refused.error().userMessage());
    QCOMPARE(model.index(downRow, ProfileFleetModel::NameColumn).data(Qt::ToolTipRole).toString(),
        refused.error().userMessage());
    QVERIFY(!model.index(downRow, ProfileFleetModel::ConnectedUsersColumn).data().isValid());

    model.setPasswordNeeded(locked.id, u"enter it once"_s);
    QCOMPARE(model.index(model.rowOfKey(locked.id), ProfileFleetModel::ReachableColumn).data().toString(),
        u"Password needed"_s);
    QCOMPARE(model.countInState(FleetRow::State::Reachable), 1);
    QCOMPARE(model.countInState(FleetRow::State::Unreachable), 1);
    QCOMPARE(model.countInState(FleetRow::State::PasswordNeeded), 1);
}

void TestProfileFleetModel::stepOfEachError_data()
{
    using Kind = ApiError::Kind;
    using Step = ProfileProbe::Step;
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Step>("step");
    QTest::newRow("name not found") << Kind::HostNotFound << Step::Connect;
    QTest::newRow("refused") << Kind::ConnectionRefused << Step::Connect;
    QTest::newRow("tls") << Kind::Tls << Step::Connect;
    QTest::newRow("timeout") << Kind::Timeout << Step::Connect;
    QTest::newRow("plain http") << Kind::InsecureTransport << Step::Connect;
    QTest::newRow("module not loaded") << Kind::ApiNotFound << Step::Api;
    QTest::newRow("not whitelisted") << Kind::NotWhitelisted << Step::Api;
    QTest::newRow("wrong password") << Kind::AuthenticationFailed << Step::SignIn;
    QTest::newRow("unknown host") << Kind::UnknownVirtualHost << Step::SignIn;
    QTest::newRow("not admin") << Kind::NotAdmin << Step::AdminRights;
}

void TestProfileFleetModel::stepOfEachError()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(ProfileProbe::Step, step);
    QCOMPARE(ProfileProbe::failedStep(ApiError::make(kind)), step);
}

QTEST_GUILESS_MAIN(TestProfileFleetModel)
#include "TestProfileFleetModel.moc"
