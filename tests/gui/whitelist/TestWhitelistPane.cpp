// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// WhitelistPane against the sandbox: bad addresses are explained, the first address turns the whitelist
// on (127.0.0.1 first, so the test itself stays allowed), the last one removed turns it off again on
// our module; and against a sandbox emulating the published 0.12 module, the lock-out is spelt out.

#include "AwaitReply.h"
#include "EmulatedPane.h"
#include "PaneHarness.h"
#include "models/WhitelistModel.h"
#include "whitelist/WhitelistPane.h"
#include "widgets/InputHintLabel.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestWhitelistPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startsEmptyAndOffWithTheNote();
    void badAddresses_data();
    void badAddresses();
    void addFirstAddressThenMoreThenRemoveAll();
    void ownAddressIsOfferedFirst();
    void publishedModuleWarnsOfLockOut();

private:
    QStringList serverList();
    void addAddress(const QString& address, bool answer = true);
    void removeAddresses(const QStringList& addresses);

    PaneHarness m_harness{this};
    ServerSession* m_session = nullptr;
    WhitelistPane* m_pane = nullptr;
};

void TestWhitelistPane::initTestCase()
{
    if (TestServer::externalRequested())
        QSKIP("changing the whitelist of an external server could lock others out: sandbox only");
    QString error;
    QVERIFY2(m_harness.start({}, &error), qPrintable(error));
    m_session = new ServerSession(this);
    m_pane = new WhitelistPane(m_session);
    m_pane->resize(900, 650);
    m_pane->show();
    QVERIFY(m_harness.connectSession(m_session));
}

void TestWhitelistPane::cleanupTestCase()
{
    delete m_pane;
    // Leave the list empty (our module: the whitelist off), 127.0.0.1 last.
    if (m_harness.client) {
        QStringList left = serverList();
        left.removeAll(u"127.0.0.1"_s);
        left.append(u"127.0.0.1"_s);
        for (const QString& address : std::as_const(left))
            awaitReply(m_harness.client->removeFromWhitelist(address));
    }
}

QStringList TestWhitelistPane::serverList()
{
    const auto list = awaitReply(m_harness.client->whitelist());
    if (!list.ok())
        qWarning() << list.describe();
    return list.value;
}

void TestWhitelistPane::addAddress(const QString& address, bool answer)
{
    PaneHarness::child<QLineEdit>(m_pane, "addressEdit")->setText(address);
    MessageBox::setNextAnswer(answer);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "addButton"), Qt::LeftButton);
}

void TestWhitelistPane::removeAddresses(const QStringList& addresses)
{
    QVERIFY(PaneHarness::selectRows(
        PaneHarness::child<QTableView>(m_pane, "whitelistView"), WhitelistModel::AddressColumn, addresses));
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "removeButton")->isEnabled());
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "removeButton"), Qt::LeftButton);
}

void TestWhitelistPane::startsEmptyAndOffWithTheNote()
{
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "addButton")->isEnabled());
    QCOMPARE(m_pane->model()->rowCount(), 0);
    QVERIFY(serverList().isEmpty());
    QVERIFY2(PaneHarness::child<QLabel>(m_pane, "stateLabel")->text().contains(u"is off"_s),
        qPrintable(PaneHarness::child<QLabel>(m_pane, "stateLabel")->text()));
    auto* note = PaneHarness::child<QLabel>(m_pane, "noteLabel");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"until the server restarts or the admin_rest module reloads"_s));
    // our module: no lock-out warning
    QVERIFY(!PaneHarness::child<QLabel>(m_pane, "dangerLabel")->isVisible());
    // over loopback this computer is 127.0.0.1 to the server
    QCOMPARE(PaneHarness::child<QComboBox>(m_pane, "ownAddressCombo")->currentText(), u"127.0.0.1"_s);
}

void TestWhitelistPane::badAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("says");
    QTest::newRow("garbage") << u"localhost"_s << u"not an IP address"_s;
    QTest::newRow("CIDR") << u"10.0.0.0/8"_s << u"not supported by the whitelist module"_s;
    QTest::newRow("port") << u"127.0.0.1:5280"_s << u"without a port"_s;
    QTest::newRow("IPv6 port") << u"[::1]:5280"_s << u"without a port"_s;
    QTest::newRow("two addresses") << u"127.0.0.1 ::1"_s << u"spaces"_s;
}

void TestWhitelistPane::badAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, says);
    const int asked = MessageBox::questionsAsked();
    PaneHarness::child<QLineEdit>(m_pane, "addressEdit")->setText(input);
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "addButton"), Qt::LeftButton);
    auto* hint = PaneHarness::child<InputHintLabel>(m_pane, "addressHint");
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->kind(), InputHintLabel::Kind::Error);
    QVERIFY2(hint->text().contains(says), qPrintable(hint->text()));
    QCOMPARE(PaneHarness::child<QLineEdit>(m_pane, "addressEdit")->text(), input);
    QCOMPARE(MessageBox::questionsAsked(), asked);
    QVERIFY(serverList().isEmpty());
}

void TestWhitelistPane::addFirstAddressThenMoreThenRemoveAll()
{
    // The first address: a warning that this turns the whitelist on, and the note on its lifetime.
    const int asked = MessageBox::questionsAsked();
    addAddress(u"127.0.0.1"_s);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    QVERIFY2(MessageBox::lastText().contains(u"turns the whitelist on"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"until the server restarts or the module reloads"_s));
    QTRY_VERIFY(m_pane->model()->containsKey(u"127.0.0.1"_s));
    QTRY_VERIFY2(m_pane->banner()->text().contains(u"Added to the whitelist: 127.0.0.1"_s),
        qPrintable(m_pane->banner()->text()));
    QCOMPARE(m_pane->banner()->type(), MessageBanner::Type::Success);
    QCOMPARE(serverList(), QStringList{u"127.0.0.1"_s});
    QTRY_VERIFY(PaneHarness::child<QLabel>(m_pane, "stateLabel")->text().contains(u"is on"_s));
    QVERIFY(PaneHarness::child<QLineEdit>(m_pane, "addressEdit")->text().isEmpty());

    // More addresses widen access: no question. IPv6 is stored in its canonical form.
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "addButton")->isEnabled());
    addAddress(u"192.0.2.7"_s, false);
    QTRY_VERIFY(m_pane->model()->containsKey(u"192.0.2.7"_s));
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "addButton")->isEnabled());
    addAddress(u"2001:DB8::7"_s, false);
    QTRY_VERIFY(m_pane->model()->containsKey(u"2001:db8::7"_s));
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    QTRY_COMPARE(serverList().size(), 3);
    auto* view = PaneHarness::child<QTableView>(m_pane, "whitelistView");
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QVERIFY(PaneHarness::rowWithText(view, WhitelistModel::AddressColumn, u"2001:db8::7"_s) >= 0);
    PaneHarness::screenshot(m_pane, u"whitelist"_s);

    // Remove two; the console's own address stays.
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "addButton")->isEnabled());
    removeAddresses({u"192.0.2.7"_s, u"2001:db8::7"_s});
    QVERIFY(MessageBox::lastText().contains(u"192.0.2.7"_s));
    QTRY_COMPARE(m_pane->model()->rowCount(), 1);
    QTRY_COMPARE(serverList(), QStringList{u"127.0.0.1"_s});

    // The last one: on our module that turns the whitelist off, and the pane says so first.
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "addButton")->isEnabled());
    removeAddresses({u"127.0.0.1"_s});
    QVERIFY2(MessageBox::lastText().contains(u"turns the whitelist off"_s), qPrintable(MessageBox::lastText()));
    QTRY_COMPARE(m_pane->model()->rowCount(), 0);
    QTRY_VERIFY(serverList().isEmpty());
    QTRY_VERIFY(PaneHarness::child<QLabel>(m_pane, "stateLabel")->text().contains(u"is off"_s));
    // and the API still answers: nobody was locked out
    QVERIFY(awaitReply(m_harness.client->ping()).ok());
}

void TestWhitelistPane::ownAddressIsOfferedFirst()
{
    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "addButton")->isEnabled());
    QVERIFY(PaneHarness::child<QCheckBox>(m_pane, "ownAddressCheck")->isChecked());
    addAddress(u"192.0.2.8"_s);
    QVERIFY2(MessageBox::lastText().contains(u"127.0.0.1"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"added first"_s));
    QTRY_COMPARE(m_pane->model()->rowCount(), 2);
    QTRY_COMPARE(serverList().size(), 2);
    QVERIFY(serverList().contains(u"127.0.0.1"_s));

    QTRY_VERIFY(PaneHarness::child<QPushButton>(m_pane, "addButton")->isEnabled());
    removeAddresses({u"127.0.0.1"_s, u"192.0.2.8"_s});
    QVERIFY(MessageBox::lastText().contains(u"turns the whitelist off"_s));
    QTRY_COMPARE(m_pane->model()->rowCount(), 0);
    QTRY_VERIFY(serverList().isEmpty());
}

void TestWhitelistPane::publishedModuleWarnsOfLockOut()
{
    // A second sandbox whose admin_rest answers like the published module on Prosody 0.12.
    EmulatedPane<WhitelistPane> classic(this);
    if (!classic.start(u"classic"_s, 3, 0, {900, 650}))
        return;
    WhitelistPane& pane = *classic.pane;
    QVERIFY(classic.connectSession());
    QCOMPARE(classic.session.capabilities().flavor, Capabilities::Flavor::Classic);
    auto* danger = pane.findChild<QLabel*>(u"dangerLabel"_s);
    QTRY_VERIFY(danger->isVisible());
    QVERIFY2(
        danger->text().contains(u"On Prosody 0.12 with the published module, adding any address locks everyone out"_s),
        qPrintable(danger->text()));
    QVERIFY(danger->text().contains(u"NOBODY"_s));
    auto* add = pane.findChild<QPushButton*>(u"addButton"_s);
    QTRY_VERIFY(add->isEnabled());
    PaneHarness::screenshot(&pane, u"whitelist-classic"_s);
    pane.findChild<QLineEdit*>(u"addressEdit"_s)->setText(u"127.0.0.1"_s);
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(
                 u"On Prosody 0.12 with the published module, adding any address locks everyone out"_s),
        qPrintable(MessageBox::lastText()));
    // declined: nothing sent, what was typed is kept
    QCOMPARE(pane.findChild<QLineEdit*>(u"addressEdit"_s)->text(), u"127.0.0.1"_s);
    const auto list = awaitReply(classic.harness.client->whitelist());
    QVERIFY2(list.ok(), list.describe());
    QVERIFY(list.value.isEmpty());
}

QTEST_MAIN(TestWhitelistPane)
#include "TestWhitelistPane.moc"
