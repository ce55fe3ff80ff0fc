// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The fault matrix seen from the window: a real sandbox Prosody stops while the operator works. The
// add-user dialog keeps what was typed and says what happened and what to do; the Users pane says
// so in its banner and stays usable; once a server answers again, the same dialog succeeds.

#include "AwaitReply.h"
#include "PaneHarness.h"
#include "models/UsersModel.h"
#include "users/AddUserDialog.h"
#include "users/UsersPane.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestFaultsInTheWindow : public QObject
{
    Q_OBJECT
private slots:
    void serverStopsWhileAddingAUser();
};

void TestFaultsInTheWindow::serverStopsWhileAddingAUser()
{
    if (TestServer::externalRequested())
        QSKIP("Stops its server on purpose: only with a sandbox of its own.");
    PaneHarness harness(this);
    QString error;
    QVERIFY2(harness.start({u"--users"_s, u"3"_s, u"--bots"_s, u"0"_s}, &error), qPrintable(error));
    // The variant's Prosody runs (.prosody13: PAC_PROSODY=13).
    const QString version = harness.server.sandbox().prosodyVersion;
    QVERIFY2(version.startsWith(qEnvironmentVariable("PAC_PROSODY", u"0.12"_s) + u'.'), qPrintable(version));
    ServerSession session;
    UsersPane pane(&session);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(harness.connectSession(&session));
    QTRY_VERIFY_WITH_TIMEOUT(pane.model()->rowCount() > 0, 20000);

    QTest::mouseClick(pane.findChild<QToolButton*>(u"addButton"_s), Qt::LeftButton);
    auto* dialog = pane.findChild<AddUserDialog*>();
    QVERIFY(dialog);
    auto* userEdit = dialog->findChild<QLineEdit*>(u"userEdit"_s);
    auto* passwordEdit = dialog->findChild<QLineEdit*>(u"passwordEdit"_s);
    auto* confirmEdit = dialog->findChild<QLineEdit*>(u"confirmEdit"_s);
    const QString user = harness.server.uniqueUser(u"fault"_s);
    QTest::keyClicks(userEdit, user);
    QTest::keyClicks(passwordEdit, u"Fault-pass-1"_s);
    QTest::keyClicks(confirmEdit, u"Fault-pass-1"_s);

    // The server goes away before OK.
    harness.server.stop();
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    auto* banner = dialog->findChild<MessageBanner*>(u"banner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->type() == MessageBanner::Type::Error, 20000);
    // What happened and what to do; what was typed is still there, and the dialog still open.
    QVERIFY2(banner->text().contains(u"Nothing answers"_s) && banner->text().contains(u"Prosody running"_s),
        qPrintable(banner->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(userEdit->text(), user);
    QCOMPARE(passwordEdit->text(), u"Fault-pass-1"_s);
    QCOMPARE(confirmEdit->text(), u"Fault-pass-1"_s);
    QVERIFY(!dialog->isBusy());
    PaneHarness::screenshot(dialog, u"fault-add-user"_s);

    // The pane: a refresh says the same, the rows already shown stay.
    const int rows = pane.model()->rowCount();
    pane.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(pane.banner()->isVisible() && pane.banner()->type() == MessageBanner::Type::Error, 20000);
    QVERIFY2(pane.banner()->text().contains(u"Nothing answers"_s), qPrintable(pane.banner()->text()));
    QCOMPARE(pane.model()->rowCount(), rows);

    // Usable again once a server answers: a new sandbox, the same dialog, OK again.
    PaneHarness again(this);
    QVERIFY2(again.start({u"--users"_s, u"1"_s, u"--bots"_s, u"0"_s}, &error), qPrintable(error));
    QVERIFY(again.connectSession(&session));
    userEdit->setText(again.server.uniqueUser(u"fault"_s));
    QSignalSpy added(dialog, &AddUserDialog::userAdded);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(added.wait(20000));
    QVERIFY(awaitReply(again.client->user(userEdit->text())).ok());
}

QTEST_MAIN(TestFaultsInTheWindow)
#include "TestFaultsInTheWindow.moc"
