// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/Capabilities.h"
#include "bulk/CsvReader.h"
#include "bulk/UserImportPlan.h"
#include "bulk/UserImportPlanModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = UserImportPlan::Status;
using Action = UserImportPlan::Action;

Q_DECLARE_METATYPE(UserImportPlan::Status)
Q_DECLARE_METATYPE(UserImportPlan::Action)

class TestUserImportPlan : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void duplicatesAreAllInvalid();
    void parseErrorsAreInvalidRowsInFileOrder();
    void candidateJids();
    void targetIsLocalpartOnOwnDomain();
    void rolesAreTheServers();
    void rolesUnsupported();
    void rowsWithoutPasswordAreInvited();
    void modelFollowsOptionChanges();
    void hundredThousandRows();
    void overwriteSwitchMatchesBuild();

private:
    static UserImportPlan plan(const QByteArray& csv, const QSet<QString>& existing = {},
        const QHash<QString, QString>& unknown = {}, bool overwrite = false)
    {
        UserImportPlan::Options options;
        options.domain = u"example.org"_s;
        options.overwriteExisting = overwrite;
        return UserImportPlan::build(CsvReader::parse(csv, UserImportPlan::csvOptions()), existing, unknown, options);
    }
};

void TestUserImportPlan::classify_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("overwrite");
    QTest::addColumn<Status>("status");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("new") << QByteArray("newbie,pw") << false << Status::New << Action::Create << u"newbie@example.org"_s
                         << QString() << QString();
    QTest::newRow("new, upper case is normalised") << QByteArray("NewBie,pw") << false << Status::New << Action::Create
                                                   << u"newbie@example.org"_s << QString() << u"stored as"_s;
    QTest::newRow("new with bare JID") << QByteArray("newbie@example.org,pw") << false << Status::New << Action::Create
                                       << u"newbie@example.org"_s << QString() << QString();
    QTest::newRow("new with role") << QByteArray("newbie,pw,prosody:admin") << false << Status::New << Action::Create
                                   << u"newbie@example.org"_s << u"prosody:admin"_s << QString();
    QTest::newRow("short role name") << QByteArray("newbie,pw,Member") << false << Status::New << Action::Create
                                     << u"newbie@example.org"_s << u"prosody:member"_s << QString();
    QTest::newRow("exists, skipped") << QByteArray("alice,pw") << false << Status::Exists << Action::Skip
                                     << u"alice@example.org"_s << QString() << u"Overwrite"_s;
    QTest::newRow("exists, overwrite") << QByteArray("alice,pw") << true << Status::Exists << Action::OverwritePassword
                                       << u"alice@example.org"_s << QString() << u"replaced"_s;
    QTest::newRow("exists by JID") << QByteArray("ALICE@example.org,pw") << false << Status::Exists << Action::Skip
                                   << u"alice@example.org"_s << QString() << QString();
    QTest::newRow("invalid user: space") << QByteArray("a b,pw") << false << Status::Invalid << Action::Skip
                                         << QString() << QString() << u"spaces"_s;
    QTest::newRow("invalid user: resource") << QByteArray("a@example.org/res,pw") << false << Status::Invalid
                                            << Action::Skip << QString() << QString() << u"resource"_s;
    QTest::newRow("invalid user: empty") << QByteArray(",pw") << false << Status::Invalid << Action::Skip << QString()
                                         << QString() << u"user name"_s;
    QTest::newRow("empty password") << QByteArray("newbie,") << false << Status::Invalid << Action::Skip
                                    << u"newbie@example.org"_s << QString() << u"password is empty"_s;
    QTest::newRow("blank password") << QByteArray("newbie,\"   \"") << false << Status::Invalid << Action::Skip
                                    << u"newbie@example.org"_s << QString() << u"only of spaces"_s;
    QTest::newRow("unknown role") << QByteArray("newbie,pw,superuser") << false << Status::Invalid << Action::Skip
                                  << u"newbie@example.org"_s << u"prosody:superuser"_s << u"has no role"_s;
    QTest::newRow("existence unknown") << QByteArray("mystery,pw") << false << Status::Invalid << Action::Skip
                                       << u"mystery@example.org"_s << QString() << u"timed out"_s;
    QTest::newRow("invalid beats exists") << QByteArray("alice,") << true << Status::Invalid << Action::Skip
                                          << u"alice@example.org"_s << QString() << u"password"_s;
}

void TestUserImportPlan::classify()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, overwrite);
    QFETCH(Status, status);
    QFETCH(Action, action);
    QFETCH(QString, jid);
    QFETCH(QString, role);
    QFETCH(QString, reasonContains);

    const UserImportPlan result = plan("user,password,role\n" + line + (line.count(',') == 1 ? ",\n" : "\n"),
        {u"alice@example.org"_s}, {{u"mystery@example.org"_s, u"The server timed out"_s}}, overwrite);
    QCOMPARE(result.entries().size(), 1);
    const UserImportPlan::Entry& entry = result.entries().first();
    QCOMPARE(entry.line, 2);
    QCOMPARE(entry.status, status);
    QCOMPARE(entry.action, action);
    QCOMPARE(entry.jid, jid);
    QCOMPARE(entry.role, role);
    if (reasonContains.isEmpty())
        QVERIFY2(status != Status::Invalid, qPrintable(entry.reason));
    else
        QVERIFY2(entry.reason.contains(reasonContains), qPrintable(entry.reason));
}

void TestUserImportPlan::duplicatesAreAllInvalid()
{
    const UserImportPlan result = plan("bob,pw1\ncarol,pw\nBOB,pw2\nbob@example.org,pw3\n");
    QCOMPARE(result.entries().size(), 4);
    QCOMPARE(result.count(Status::New), 1);
    QCOMPARE(result.count(Status::Invalid), 3);
    for (int i : {0, 2, 3}) {
        const UserImportPlan::Entry& entry = result.entries().at(i);
        QCOMPARE(entry.status, Status::Invalid);
        QVERIFY2(entry.reason.contains(u"lines 1, 3, 4"_s), qPrintable(entry.reason));
    }
    QCOMPARE(result.entries().at(1).status, Status::New);
}

void TestUserImportPlan::parseErrorsAreInvalidRowsInFileOrder()
{
    const UserImportPlan result = plan("user,password\nalice2,pw\nbroken\n\"open,pw\nstill\n");
    QCOMPARE(result.entries().size(), 3);
    QCOMPARE(result.entries().at(0).line, 2);
    QCOMPARE(result.entries().at(1).line, 3);
    QCOMPARE(result.entries().at(1).status, Status::Invalid);
    QVERIFY(result.entries().at(1).reason.contains(u"1 field"_s));
    QCOMPARE(result.entries().at(2).line, 4);
    QCOMPARE(result.entries().at(2).status, Status::Invalid);
    QCOMPARE(result.actionableCount(), 1);
}

void TestUserImportPlan::candidateJids()
{
    const CsvDocument document
        = CsvReader::parse("a,1\nB,2\nb@example.org,3\nc@other.org,4\nbad name,5\n", UserImportPlan::csvOptions());
    QCOMPARE(UserImportPlan::candidateJids(document, u"example.org"_s),
        (QStringList{u"a@example.org"_s, u"b@example.org"_s, u"c@other.org"_s}));
}

void TestUserImportPlan::targetIsLocalpartOnOwnDomain()
{
    const UserImportPlan result = plan("a,1\nc@other.org,2\n");
    QCOMPARE(result.entries().at(0).target, u"a"_s);
    QCOMPARE(result.entries().at(1).target, u"c@other.org"_s);
}

void TestUserImportPlan::rolesAreTheServers()
{
    // A Prosody 13 server has no prosody:user; a 0.12 server has no prosody:member.
    UserImportPlan::Options options;
    options.domain = u"example.org"_s;
    options.roles = Capabilities::builtInRoles(u"13"_s);
    const CsvDocument document = CsvReader::parse("a,1,user\nb,2,member\nc,3,Operator\n", UserImportPlan::csvOptions());
    UserImportPlan result = UserImportPlan::build(document, {}, {}, options);
    QCOMPARE(result.entries().at(0).status, Status::Invalid);
    QVERIFY2(
        result.entries().at(0).reason.contains(u"has no role “user”"_s), qPrintable(result.entries().at(0).reason));
    QVERIFY(result.entries().at(0).reason.contains(u"prosody:registered"_s));
    QCOMPARE(result.entries().at(1).role, u"prosody:member"_s);
    QCOMPARE(result.entries().at(1).status, Status::New);
    QCOMPARE(result.entries().at(2).role, u"prosody:operator"_s);

    options.roles = Capabilities::builtInRoles(u"0.12"_s);
    result = UserImportPlan::build(document, {}, {}, options);
    QCOMPARE(result.entries().at(0).role, u"prosody:user"_s);
    QCOMPARE(result.entries().at(0).status, Status::New);
    QCOMPARE(result.entries().at(1).status, Status::Invalid);
    QCOMPARE(result.entries().at(2).status, Status::Invalid);
}

void TestUserImportPlan::rolesUnsupported()
{
    UserImportPlan::Options options;
    options.domain = u"example.org"_s;
    options.rolesSupported = false;
    const UserImportPlan result = UserImportPlan::build(
        CsvReader::parse("a,1,prosody:admin\nb,2,\n", UserImportPlan::csvOptions()), {}, {}, options);
    QCOMPARE(result.entries().at(0).status, Status::Invalid);
    QVERIFY(result.entries().at(0).reason.contains(u"cannot set roles"_s));
    QCOMPARE(result.entries().at(1).status, Status::New);
}

void TestUserImportPlan::rowsWithoutPasswordAreInvited()
{
    const QByteArray csv = "new1,\nalice,\nnew2,pw\n";
    UserImportPlan::Options options;
    options.domain = u"example.org"_s;
    // Without invitations, an empty password is an error as before.
    const UserImportPlan without = UserImportPlan::build(
        CsvReader::parse(csv, UserImportPlan::csvOptions()), {u"alice@example.org"_s}, {}, options);
    QCOMPARE(without.entries().at(0).status, Status::Invalid);
    QVERIFY(without.entries().at(0).reason.contains(u"password is empty"_s));

    options.invitations = true;
    UserImportPlan with = UserImportPlan::build(
        CsvReader::parse(csv, UserImportPlan::csvOptions()), {u"alice@example.org"_s}, {}, options);
    QCOMPARE(with.entries().at(0).status, Status::New);
    QCOMPARE(with.entries().at(0).action, Action::Invite);
    QVERIFY(with.entries().at(0).reason.contains(u"invitation"_s));
    // An existing account without a password in the file is left alone, also when overwriting.
    QCOMPARE(with.entries().at(1).status, Status::Exists);
    QCOMPARE(with.entries().at(1).action, Action::Skip);
    with.setOverwriteExisting(true);
    QCOMPARE(with.entries().at(1).action, Action::Skip);
    QCOMPARE(with.entries().at(2).action, Action::Create);

    // "Invite everyone": the passwords in the file are not used.
    options.inviteAll = true;
    const UserImportPlan all = UserImportPlan::build(
        CsvReader::parse(csv, UserImportPlan::csvOptions()), {u"alice@example.org"_s}, {}, options);
    QCOMPARE(all.entries().at(2).action, Action::Invite);
    QCOMPARE(all.count(Action::Invite), 2);
    QCOMPARE(all.actionableCount(), 2);
}

void TestUserImportPlan::modelFollowsOptionChanges()
{
    UserImportPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray csv = "alice,pw\nnew1,pw\nbad name,pw\n";
    model.setPlan(plan(csv, {u"alice@example.org"_s}), false);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, UserImportPlanModel::StatusColumn).data().toString(), u"Exists: skip"_s);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPlan(plan(csv, {u"alice@example.org"_s}, {}, true), true);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
    QCOMPARE(model.index(0, UserImportPlanModel::StatusColumn).data().toString(), u"Exists: overwrite"_s);
    QCOMPARE(model.index(2, UserImportPlanModel::StatusColumn).data().toString(), u"Invalid"_s);

    model.setPlan(plan("other,pw\n"), false);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void TestUserImportPlan::hundredThousandRows()
{
    constexpr int Rows = 100000;
    QByteArray csv = "user,password,role\n";
    for (int i = 0; i < Rows; ++i)
        csv += "user" + QByteArray::number(i) + ",secret" + QByteArray::number(i) + (i % 100 ? ",\n" : ",admin\n");
    const CsvDocument document = CsvReader::parse(csv, UserImportPlan::csvOptions());
    QSet<QString> existing;
    for (int i = 0; i < Rows; i += 10)
        existing.insert(u"user%1@example.org"_s.arg(i));
    QElapsedTimer timer;
    timer.start();
    UserImportPlan::Options options;
    options.domain = u"example.org"_s;
    const UserImportPlan result = UserImportPlan::build(document, existing, {}, options);
    const qint64 planned = timer.restart();
    UserImportPlanModel model;
    model.setPlan(result, false);
    const qint64 modelled = timer.elapsed();
    qInfo("planned %d rows in %lld ms, model in %lld ms", Rows, planned, modelled);
    QCOMPARE(result.count(Status::New), Rows - Rows / 10);
    QCOMPARE(result.count(Status::Exists), Rows / 10);
    QCOMPARE(model.rowCount(), Rows);
    QVERIFY2(planned < 5000, qPrintable(QString::number(planned)));
}

void TestUserImportPlan::overwriteSwitchMatchesBuild()
{
    const QByteArray csv = "alice,pw\nnew1,pw\nbad name,pw\nalice2,pw,admin\n";
    const QSet<QString> existing = {u"alice@example.org"_s, u"alice2@example.org"_s};
    UserImportPlan switched = plan(csv, existing);
    switched.setOverwriteExisting(true);
    QCOMPARE(switched.entries(), plan(csv, existing, {}, true).entries());
    QCOMPARE(switched.count(Action::OverwritePassword), 2);
    switched.setOverwriteExisting(false);
    QCOMPARE(switched.entries(), plan(csv, existing).entries());
}

QTEST_GUILESS_MAIN(TestUserImportPlan)
#include "TestUserImportPlan.moc"
