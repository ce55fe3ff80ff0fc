// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// WipeDialog against real sandboxes: the wipe waits for the host name typed exactly, a server
// without admin_rest_allow_wipe refuses and the dialog says how to allow it, and a server that allows
// it loses its data; a read-only connection never offers the button.

#include "AwaitReply.h"
#include "PaneHarness.h"
#include "api/AdminRestClient.h"
#include "app/WipeDialog.h"
#include "widgets/MessageBanner.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWipeDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusedWithoutTheServersConsent();
    void wipesAfterTheHostNameIsTyped();

private:
    static QPushButton* wipeButton(WipeDialog* dialog) { return dialog->findChild<QPushButton*>(u"wipeButton"_s); }
    static QLineEdit* hostEdit(WipeDialog* dialog) { return dialog->findChild<QLineEdit*>(u"hostEdit"_s); }
};

void TestWipeDialog::initTestCase()
{
    if (TestServer::externalRequested())
        QSKIP("Wipes a server: only on sandboxes of its own.");
}

void TestWipeDialog::refusedWithoutTheServersConsent()
{
    PaneHarness harness(this);
    QString error;
    QVERIFY2(harness.start({u"--users"_s, u"3"_s, u"--bots"_s, u"0"_s}, &error), qPrintable(error));
    ServerSession session;
    QVERIFY(harness.connectSession(&session));

    WipeDialog dialog(&session, WipeDialog::Target::Data);
    dialog.show();
    QVERIFY(!wipeButton(&dialog)->isEnabled());
    QTest::keyClicks(hostEdit(&dialog), harness.server.domain() + u"x"_s);
    QVERIFY(!wipeButton(&dialog)->isEnabled()); // not exactly the host
    hostEdit(&dialog)->clear();
    QTest::keyClicks(hostEdit(&dialog), harness.server.domain());
    QVERIFY(wipeButton(&dialog)->isEnabled());
    session.setReadOnly(true);
    QVERIFY(!wipeButton(&dialog)->isEnabled());
    QVERIFY(wipeButton(&dialog)->toolTip().contains(u"read-only"_s));
    session.setReadOnly(false);
    QVERIFY(wipeButton(&dialog)->isEnabled());

    QSignalSpy finished(&dialog, &WipeDialog::finished);
    QTest::mouseClick(wipeButton(&dialog), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    auto* banner = dialog.findChild<MessageBanner*>(u"banner"_s);
    QVERIFY2(banner->text().contains(u"admin_rest_allow_wipe"_s), qPrintable(banner->text()));
    // Nothing happened: the users are still there.
    QVERIFY(awaitReply(harness.client->user(harness.server.sandbox().users.first())).ok());
}

void TestWipeDialog::wipesAfterTheHostNameIsTyped()
{
    PaneHarness harness(this);
    QString error;
    QVERIFY2(harness.start({u"--users"_s, u"3"_s, u"--bots"_s, u"0"_s, u"--allow-wipe"_s}, &error), qPrintable(error));
    ServerSession session;
    QVERIFY(harness.connectSession(&session));
    const QDir accounts(harness.server.sandbox().dataDir);
    QVERIFY(!accounts.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));

    WipeDialog dialog(&session, WipeDialog::Target::Data);
    dialog.show();
    QTest::keyClicks(hostEdit(&dialog), harness.server.domain());
    PaneHarness::screenshot(&dialog, u"wipe-dialog"_s);
    QSignalSpy finished(&dialog, &WipeDialog::finished);
    QTest::mouseClick(wipeButton(&dialog), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    auto* banner = dialog.findChild<MessageBanner*>(u"banner"_s);
    QVERIFY2(finished.first().first().toBool(), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(u"Restart Prosody"_s));
    QVERIFY(hostEdit(&dialog)->text().isEmpty());
    QVERIFY(!wipeButton(&dialog)->isEnabled());
    // The accounts are gone, the admin's too: the server no longer accepts the console.
    const auto after = awaitReply(harness.client->ping());
    QCOMPARE(after.error.kind, ApiError::Kind::AuthenticationFailed);
}

QTEST_MAIN(TestWipeDialog)
#include "TestWipeDialog.moc"
