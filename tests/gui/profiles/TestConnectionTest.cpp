// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "AwaitReply.h"
#include "ProfileUi.h"
#include "TestServer.h"
#include "api/AdminRestClient.h"
#include "profiles/ConnectionTestDialog.h"

#include <QHash>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;
using Step = ProfileProbe::Step;
using State = ConnectionTestDialog::StepState;

// "Test connection" against real conditions, one per failure the operator must be able to tell apart:
// each ends at the right step with its own sentence (ApiError::userMessage), shown in the dialog.
class TestConnectionTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void works();
    void nameNotFound();
    void connectionRefused();
    void tlsFailure();
    void wrongPassword();
    void notAnAdmin();
    void unknownHost();
    void timeout();
    void adminRestNotLoaded();
    void addressNotWhitelisted(); // last on m_server: it locks the console out of it
    void everyMessageIsDistinct();
    void publishedModuleWarnsOfCrossHostActions();

private:
    Profile profile(const QUrl& url, const QString& jid) const;
    // Runs the dialog to its end; checks the failed step, the kind and that the sentence is shown.
    void expectFailure(const Profile& profile, const QString& password, Kind kind, Step step, const QString& shot = {});

    TestServer m_server; // --https, so its https address fails verification
    QHash<Kind, QString> m_messages;
};

void TestConnectionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (TestServer::externalRequested())
        QSKIP("makes the server fail on purpose (whitelist, unloaded module): sandboxes only");
    QVERIFY2(m_server.start({u"--https"_s, u"--users"_s, u"3"_s, u"--bots"_s, u"0"_s}), qPrintable(m_server.error()));
    QVERIFY(!m_server.sandbox().nonAdminJid.isEmpty());
}

Profile TestConnectionTest::profile(const QUrl& url, const QString& jid) const
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = u"Under test"_s;
    profile.baseUrl = url;
    profile.adminJid = jid;
    profile.timeoutSeconds = 20;
    return profile;
}

void TestConnectionTest::expectFailure(
    const Profile& profile, const QString& password, Kind kind, Step step, const QString& shot)
{
    QWidget window;
    auto* dialog = new ConnectionTestDialog(profile, password, &window);
    QSignalSpy finished(dialog, &ConnectionTestDialog::testFinished);
    dialog->show();
    QVERIFY(finished.wait(60000));
    const ApiError& error = dialog->result().error();
    QVERIFY2(error.kind == kind,
        qPrintable(u"%1 instead of %2: %3"_s.arg(error.title(), ApiError::make(kind).title(), dialog->resultText())));
    QCOMPARE(ProfileProbe::failedStep(error), step);
    QCOMPARE(dialog->stepState(step), State::Failed);
    for (int before = 0; before < int(step); ++before)
        QCOMPARE(dialog->stepState(Step(before)), State::Passed);
    for (int after = int(step) + 1; after < ProfileProbe::StepCount; ++after)
        QCOMPARE(dialog->stepState(Step(after)), State::Skipped);
    QCOMPARE(dialog->resultText(), error.userMessage());
    if (!shot.isEmpty())
        ProfileUi::screenshot(dialog, shot);
    m_messages.insert(kind, error.userMessage());
}

void TestConnectionTest::works()
{
    QWidget window;
    auto* dialog = new ConnectionTestDialog(
        profile(m_server.settings().baseUrl, m_server.settings().jid), m_server.settings().password, &window);
    QSignalSpy finished(dialog, &ConnectionTestDialog::testFinished);
    dialog->show();
    QVERIFY(finished.wait(60000));
    QVERIFY2(dialog->result().ok(), qPrintable(dialog->resultText()));
    for (int step = 0; step < ProfileProbe::StepCount; ++step)
        QCOMPARE(dialog->stepState(Step(step)), State::Passed);
    QCOMPARE(dialog->result().capabilities.flavor, Capabilities::Flavor::Ours);
    QVERIFY(dialog->resultText().contains(u"Everything works"_s));
    QVERIFY(!dialog->resultText().contains(u"any host's administrator"_s));
    QVERIFY(dialog->result().connectedUsers >= 0);
    ProfileUi::screenshot(dialog, u"connection-test-ok"_s);
}

void TestConnectionTest::publishedModuleWarnsOfCrossHostActions()
{
    TestServer published;
    QVERIFY2(published.start({u"--emulate"_s, u"current"_s, u"--users"_s, u"1"_s, u"--bots"_s, u"0"_s}),
        qPrintable(published.error()));
    QWidget window;
    auto* dialog = new ConnectionTestDialog(
        profile(published.settings().baseUrl, published.settings().jid), published.settings().password, &window);
    QSignalSpy finished(dialog, &ConnectionTestDialog::testFinished);
    dialog->show();
    QVERIFY(finished.wait(60000));
    QVERIFY2(dialog->result().ok(), qPrintable(dialog->resultText()));
    QCOMPARE(dialog->result().capabilities.flavor, Capabilities::Flavor::Current);
    QVERIFY2(dialog->resultText().contains(u"any host's administrator can act on every host there"_s),
        qPrintable(dialog->resultText()));
    ProfileUi::screenshot(dialog, u"connection-test-published"_s);
}

void TestConnectionTest::nameNotFound()
{
    expectFailure(profile(QUrl(u"https://no-such-server.invalid:5281/admin_rest"_s), m_server.settings().jid), u"x"_s,
        Kind::HostNotFound, Step::Connect);
}

void TestConnectionTest::connectionRefused()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    expectFailure(profile(QUrl(u"http://127.0.0.1:%1/admin_rest"_s.arg(port)), m_server.settings().jid), u"x"_s,
        Kind::ConnectionRefused, Step::Connect);
}

void TestConnectionTest::tlsFailure()
{
    expectFailure(profile(m_server.sandbox().httpsUrl, m_server.settings().jid), m_server.settings().password,
        Kind::Tls, Step::Connect);
}

void TestConnectionTest::wrongPassword()
{
    expectFailure(profile(m_server.settings().baseUrl, m_server.settings().jid), u"not-the-password"_s,
        Kind::AuthenticationFailed, Step::SignIn, u"connection-test-wrong-password"_s);
}

void TestConnectionTest::notAnAdmin()
{
    expectFailure(profile(m_server.settings().baseUrl, m_server.sandbox().nonAdminJid),
        m_server.sandbox().nonAdminPassword, Kind::NotAdmin, Step::AdminRights);
}

void TestConnectionTest::unknownHost()
{
    // The admin JID on a domain this server does not serve.
    expectFailure(profile(m_server.settings().baseUrl, u"admin@not-served.example"_s), m_server.settings().password,
        Kind::UnknownVirtualHost, Step::SignIn);
}

void TestConnectionTest::timeout()
{
    // Accepts connections and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket*> kept;
    connect(&silent, &QTcpServer::newConnection, this, [&silent, &kept] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            kept.append(socket);
    });
    Profile silentProfile
        = profile(QUrl(u"http://127.0.0.1:%1/admin_rest"_s.arg(silent.serverPort())), m_server.settings().jid);
    silentProfile.timeoutSeconds = 1;
    expectFailure(silentProfile, u"x"_s, Kind::Timeout, Step::Connect);
    QVERIFY(!kept.isEmpty());
}

void TestConnectionTest::adminRestNotLoaded()
{
    // A sandbox of its own, whose admin_rest is unloaded through the API itself.
    TestServer server;
    QVERIFY2(server.start({u"--users"_s, u"2"_s, u"--bots"_s, u"0"_s}), qPrintable(server.error()));
    AdminRestClient client(server.settings());
    const auto unloaded = awaitReply(client.unloadModule(u"admin_rest"_s));
    QVERIFY2(unloaded.ok(), unloaded.describe().constData());
    expectFailure(profile(server.settings().baseUrl, server.settings().jid), server.settings().password,
        Kind::ApiNotFound, Step::Api);
}

void TestConnectionTest::addressNotWhitelisted()
{
    // Only another computer's address is whitelisted: this one (127.0.0.1) is turned away.
    AdminRestClient client(m_server.settings());
    const auto added = awaitReply(client.addToWhitelist(u"192.0.2.99"_s));
    QVERIFY2(added.ok(), added.describe().constData());
    expectFailure(profile(m_server.settings().baseUrl, m_server.settings().jid), m_server.settings().password,
        Kind::NotWhitelisted, Step::Api, u"connection-test-not-whitelisted"_s);
}

void TestConnectionTest::everyMessageIsDistinct()
{
    QCOMPARE(m_messages.size(), 9);
    const QList<QString> messages = m_messages.values();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QVERIFY(!messages.at(i).isEmpty());
        for (qsizetype j = i + 1; j < messages.size(); ++j)
            QVERIFY2(messages.at(i) != messages.at(j), qPrintable(messages.at(i)));
    }
}

QTEST_MAIN(TestConnectionTest)
#include "TestConnectionTest.moc"
