// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "FakeCredentialStore.h"
#include "ProfileUi.h"
#include "TestServer.h"
#include "messaging/BroadcastDialog.h"
#include "messaging/BroadcastJob.h"
#include "profiles/FleetOverviewDialog.h"
#include "profiles/ProfileFleetModel.h"
#include "profiles/ProfilePasswords.h"
#include "profiles/ProfileStore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using State = FleetRow::State;

// The fleet overview: every profile probed at once, each row saying what was found or why not.
class TestFleetOverview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyServerAtOnce();

private:
    Profile save(const QString& name, const QUrl& url, const QString& jid, const QString& password, int timeout = 20);

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    FakeCredentialStore m_keychain;
};

void TestFleetOverview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start({u"--users"_s, u"5"_s, u"--bots"_s, u"2"_s}), qPrintable(m_server.error()));
    m_store = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles.ini"_s));
}

Profile TestFleetOverview::save(
    const QString& name, const QUrl& url, const QString& jid, const QString& password, int timeout)
{
    Profile profile;
    profile.name = name;
    profile.baseUrl = url;
    profile.adminJid = jid;
    profile.timeoutSeconds = timeout;
    profile.rememberPassword = !password.isEmpty();
    profile = *m_store->save(profile);
    if (!password.isEmpty())
        m_keychain.secrets.insert(profile.id.toString(QUuid::WithoutBraces), password);
    return profile;
}

void TestFleetOverview::everyServerAtOnce()
{
    const ConnectionSettings sandbox = m_server.settings();
    const Profile up = save(u"Production"_s, sandbox.baseUrl, sandbox.jid, sandbox.password);
    const Profile wrong = save(u"Staging"_s, sandbox.baseUrl, sandbox.jid, u"stale password"_s);
    const Profile locked = save(u"Branch office"_s, sandbox.baseUrl, sandbox.jid, QString());
    // Two servers that accept and never answer, with a 2 s timeout each: probed one after the other
    // they would take 4 s.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket*> kept;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            kept.append(socket);
    });
    const QUrl silentUrl(u"http://127.0.0.1:%1/admin_rest"_s.arg(silent.serverPort()));
    const Profile slowA = save(u"Slow A"_s, silentUrl, sandbox.jid, u"x"_s, 2);
    const Profile slowB = save(u"Slow B"_s, silentUrl, sandbox.jid, u"x"_s, 2);

    ProfilePasswords passwords(&m_keychain);
    FleetOverviewDialog dialog(m_store.get(), &passwords);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.resize(1100, 330);
    dialog.show();
    QCOMPARE(dialog.model()->rowCount(), 5);

    QSignalSpy refreshed(&dialog, &FleetOverviewDialog::refreshed);
    QElapsedTimer timer;
    timer.start();
    dialog.refresh();
    QCOMPARE(dialog.model()->countInState(State::Probing), 5);
    QVERIFY(refreshed.wait(30000));
    QVERIFY2(timer.elapsed() < 3800, qPrintable(QString::number(timer.elapsed())));

    ProfileFleetModel* model = dialog.model();
    auto cell = [model](const Profile& profile, int column, int role = Qt::DisplayRole) {
        return model->index(model->rowOfKey(profile.id), column).data(role).toString();
    };
    auto message = [&cell](const Profile& profile) {
        return cell(profile, ProfileFleetModel::MessageColumn, ProfileFleetModel::MessageRole);
    };
    QCOMPARE(cell(up, ProfileFleetModel::ReachableColumn), u"Yes"_s);
    QVERIFY2(cell(up, ProfileFleetModel::VersionColumn).startsWith(u"Prosody 0."_s)
            || cell(up, ProfileFleetModel::VersionColumn).startsWith(u"Prosody 13"_s),
        qPrintable(cell(up, ProfileFleetModel::VersionColumn)));
    QVERIFY(cell(up, ProfileFleetModel::CapabilitiesColumn).contains(u"groups"_s));
    QCOMPARE(cell(up, ProfileFleetModel::ConnectedUsersColumn).toInt(), int(m_server.sandbox().botJids.size()));
    // The sandbox's hosts have no certificate (no --https): each use is flagged, with why in the tooltip.
    if (m_server.sandbox().emulate == u"ours") {
        QVERIFY2(cell(up, ProfileFleetModel::CertificatesColumn).endsWith(u"need(s) attention"_s),
            qPrintable(cell(up, ProfileFleetModel::CertificatesColumn)));
        QVERIFY(cell(up, ProfileFleetModel::CertificatesColumn, Qt::ToolTipRole).contains(u"No certificate"_s));
    } else {
        QCOMPARE(cell(up, ProfileFleetModel::CertificatesColumn), QString());
    }

    QCOMPARE(cell(wrong, ProfileFleetModel::ReachableColumn), u"No"_s);
    QCOMPARE(cell(wrong, ProfileFleetModel::MessageColumn), u"Wrong password"_s);
    QVERIFY(message(wrong).contains(u"refused the password"_s));
    QCOMPARE(cell(locked, ProfileFleetModel::ReachableColumn), u"Password needed"_s);
    QCOMPARE(cell(slowA, ProfileFleetModel::ReachableColumn), u"No"_s);
    QCOMPARE(cell(slowB, ProfileFleetModel::MessageColumn), u"Timeout"_s);
    QVERIFY(message(slowB).contains(u"did not answer in time"_s));
    QVERIFY(model->index(0, 0).data(ProfileFleetModel::StateRole).isValid());
    QCOMPARE(ProfileUi::child<QLabel>(&dialog, "summaryLabel")->text(), u"1 of 5 server(s) reachable"_s);
    // The selected row's whole message under the table.
    auto* view = ProfileUi::child<QTableView>(&dialog, "fleetView");
    view->selectRow(view->model()->rowCount() - 1); // sorted by name: Staging
    QCOMPARE(ProfileUi::child<QLabel>(&dialog, "detailLabel")->text(), message(wrong));
    ProfileUi::screenshot(&dialog, u"fleet-overview"_s);

    // Filter as you type.
    auto* filter = ProfileUi::child<QLineEdit>(&dialog, "filterEdit");
    QTest::keyClicks(filter, u"slow"_s);
    QCOMPARE(ProfileUi::child<QTableView>(&dialog, "fleetView")->model()->rowCount(), 2);
    filter->clear();

    // Broadcast to the selected servers: the dialog has one target per selected profile.
    view->clearSelection();
    view->selectRow(0); // Branch office: no password, named and left out
    view->selectionModel()->select(view->model()->index(1, 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows); // Production
    QTest::mouseClick(ProfileUi::child<QPushButton>(&dialog, "broadcastButton"), Qt::LeftButton);
    BroadcastDialog* broadcast = nullptr;
    QTRY_VERIFY((broadcast = dialog.findChild<BroadcastDialog*>()) != nullptr);
    QCOMPARE(broadcast->job()->targetCount(), 1);
    QCOMPARE(broadcast->job()->target(0).name, u"Production"_s);
    QTRY_VERIFY(!broadcast->job()->isCounting());
    QCOMPARE(broadcast->job()->status(0).online, int(m_server.sandbox().botJids.size()));
    broadcast->close();

    // A profile deleted meanwhile leaves the table; a new one joins it.
    QVERIFY(m_store->remove(slowB.id));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(cell(up, ProfileFleetModel::ReachableColumn), u"Yes"_s); // what was found stays
}

QTEST_MAIN(TestFleetOverview)
#include "TestFleetOverview.moc"
