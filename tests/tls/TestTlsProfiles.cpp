// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "AwaitReply.h"
#include "FakeHttpServer.h"
#include "ProfileUi.h"
#include "TestServer.h"
#include "api/AdminRestClient.h"
#include "app/MainWindow.h"
#include "profiles/ConnectionTestDialog.h"
#include "profiles/ProfileCertificateDialog.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfilePasswords.h"
#include "profiles/ProfileProbe.h"
#include "profiles/ProfileStore.h"
#include "session/ServerSession.h"
#include "widgets/InputHintLabel.h"

#include <QApplication>
#include <QLabel>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ProfileUi;
using Kind = ApiError::Kind;

// Certificates against real Prosody sandboxes serving https with certificates made at test time:
// untrusted is refused and shown with its fingerprint, a pinned certificate is accepted, another
// certificate under the same pin is refused loudly, a CA file works. And plain HTTP to another
// computer is refused before a single byte is sent.
class TestTlsProfiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void untrustedIsRefusedAndShown();
    void pinnedIsAccepted();
    void otherCertificateUnderThePinIsRefused();
    void caFileIsAccepted();
    void plainHttpToAnotherComputerSendsNothing();
    void profileDialogLabelsTheOptInUnsafe();

private:
    Profile httpsProfile(const TestServer& server, const QString& name) const;
    static QSslCertificate certificateOf(const TestServer& server);

    TestServer m_first;
    TestServer m_second; // another sandbox, another self-signed certificate
    QTemporaryDir m_dir;
};

void TestTlsProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QSslSocket::supportsSsl())
        QFAIL("no TLS backend in Qt");
    if (TestServer::externalRequested())
        QSKIP("needs sandboxes made with --https (ADMIN_REST_URL names an external server)");
    const QStringList arguments{u"--https"_s, u"--users"_s, u"3"_s, u"--bots"_s, u"0"_s};
    QVERIFY2(m_first.start(arguments), qPrintable(m_first.error()));
    QVERIFY2(m_second.start(arguments), qPrintable(m_second.error()));
    QVERIFY(m_first.sandbox().httpsUrl.isValid());
    QVERIFY(!certificateOf(m_first).isNull());
    QVERIFY(certificateOf(m_first) != certificateOf(m_second));
}

QSslCertificate TestTlsProfiles::certificateOf(const TestServer& server)
{
    return QSslCertificate::fromPath(server.sandbox().certificatePem).value(0);
}

Profile TestTlsProfiles::httpsProfile(const TestServer& server, const QString& name) const
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = name;
    profile.baseUrl = server.sandbox().httpsUrl;
    profile.adminJid = server.settings().jid;
    profile.timeoutSeconds = 20;
    return profile;
}

void TestTlsProfiles::untrustedIsRefusedAndShown()
{
    const Profile profile = httpsProfile(m_first, u"Self-signed"_s);
    QWidget window;
    auto* test = new ConnectionTestDialog(profile, m_first.settings().password, &window);
    QSignalSpy finished(test, &ConnectionTestDialog::testFinished);
    QSignalSpy pinned(test, &ConnectionTestDialog::certificatePinned);
    test->show();
    QVERIFY(finished.wait(30000));
    QCOMPARE(test->result().error().kind, Kind::Tls);
    QCOMPARE(test->stepState(ProfileProbe::Step::Connect), ConnectionTestDialog::StepState::Failed);
    QCOMPARE(test->resultText(), test->result().error().userMessage());
    QCOMPARE(test->result().error().peerCertificateChain.value(0), certificateOf(m_first));

    // The certificate, as the operator sees it before pinning.
    auto* show = child<QPushButton>(test, "certificateButton");
    QVERIFY(show->isVisible());
    click(show);
    ProfileCertificateDialog* details = nullptr;
    QTRY_VERIFY((details = test->findChild<ProfileCertificateDialog*>()));
    QTRY_VERIFY(details->isVisible());
    const QByteArray pin = Profile::certificatePin(certificateOf(m_first));
    QCOMPARE(child<QLabel>(details, "fingerprintValue")->text(), Profile::formatFingerprint(pin));
    QVERIFY(child<QLabel>(details, "subjectValue")->text().contains(u"CN=sandbox.localhost"_s));
    QVERIFY(child<QLabel>(details, "issuerValue")->text().contains(u"self-signed"_s));
    QVERIFY(child<QLabel>(details, "namesValue")->text().contains(u"127.0.0.1"_s));
    QVERIFY(!child<QLabel>(details, "validFromValue")->text().isEmpty());
    QVERIFY(!child<QLabel>(details, "validUntilValue")->text().isEmpty());
    QVERIFY(bannerText(details).contains(u"does not trust"_s));
    details->resize(640, details->sizeHint().height());
    screenshot(details, u"untrusted-certificate"_s);

    // Pinning it: the test runs again and passes.
    finished.clear();
    click(details->pinButton());
    QCOMPARE(pinned.count(), 1);
    QCOMPARE(pinned.first().first().toByteArray(), pin);
    QVERIFY(finished.wait(30000));
    QVERIFY2(test->result().ok(), qPrintable(test->resultText()));
    QCOMPARE(test->stepState(ProfileProbe::Step::Capabilities), ConnectionTestDialog::StepState::Passed);
}

void TestTlsProfiles::pinnedIsAccepted()
{
    Profile profile = httpsProfile(m_first, u"Pinned"_s);
    profile.pinnedCertificateSha256 = Profile::certificatePin(certificateOf(m_first));
    AdminRestClient client(profile.connectionSettings(m_first.settings().password));
    const auto outcome = awaitReply(client.ping());
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    QCOMPARE(outcome.value, u"PONG"_s);
}

void TestTlsProfiles::otherCertificateUnderThePinIsRefused()
{
    // The second sandbox answers with its own certificate where the first one's is pinned.
    const QByteArray firstPin = Profile::certificatePin(certificateOf(m_first));
    Profile profile = httpsProfile(m_second, u"Pinned elsewhere"_s);
    profile.pinnedCertificateSha256 = firstPin;
    {
        AdminRestClient client(profile.connectionSettings(m_second.settings().password));
        const auto outcome = awaitReply(client.ping());
        QCOMPARE(outcome.error.kind, Kind::Tls);
        QVERIFY2(outcome.error.detail.contains(u"not the pinned certificate"_s), qPrintable(outcome.error.detail));
        QCOMPARE(outcome.error.peerCertificateChain.value(0), certificateOf(m_second));
    }

    // The console stops and says so loudly, showing the certificate it got instead.
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    profile.id = {};
    profile = *store.save(profile);
    ProfilePasswords passwords(nullptr);
    passwords.setSessionPassword(profile.id, m_second.settings().password);
    ServerSession session;
    MainWindow window(&session);
    ProfileController controller(&store, &passwords, &session, &window);
    window.show();
    QSignalSpy failed(&session, &ServerSession::failed);
    controller.connectToProfile(profile.id);
    QVERIFY(failed.wait(30000));
    QCOMPARE(session.state(), ServerSession::State::Failed);
    QTRY_VERIFY(controller.certificateDialog());
    ProfileCertificateDialog* dialog = controller.certificateDialog();
    QVERIFY2(
        bannerText(dialog).contains(u"different certificate from the one pinned"_s), qPrintable(bannerText(dialog)));
    QCOMPARE(child<QLabel>(dialog, "fingerprintValue")->text(),
        Profile::formatFingerprint(Profile::certificatePin(certificateOf(m_second))));
    screenshot(dialog, u"pinned-certificate-mismatch"_s);
    // Declining keeps the old pin.
    dialog->reject();
    QCOMPARE(store.profile(profile.id)->pinnedCertificateSha256, firstPin);
}

void TestTlsProfiles::caFileIsAccepted()
{
    Profile profile = httpsProfile(m_first, u"Own CA"_s);
    profile.caCertificatesFile = m_first.sandbox().certificatePem;
    ProfileProbe probe(profile.connectionSettings(m_first.settings().password));
    QSignalSpy finished(&probe, &ProfileProbe::finished);
    probe.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(probe.result().ok(), qPrintable(probe.result().error().userMessage()));

    // The other sandbox's certificate is not signed by that file.
    profile.baseUrl = m_second.sandbox().httpsUrl;
    AdminRestClient client(profile.connectionSettings(m_second.settings().password));
    QCOMPARE(awaitReply(client.ping()).error.kind, Kind::Tls);
}

void TestTlsProfiles::plainHttpToAnotherComputerSendsNothing()
{
    // Every HTTP request of this process goes through a proxy listening here: whatever the client
    // sends, in the clear, arrives at this server first.
    FakeHttpServer proxy;
    QVERIFY(proxy.listen());
    proxy.setDefaultResponse(FakeHttpServer::Response::json(200, R"("PONG")"));
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port()));
    auto restore = qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); });

    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = u"Plain remote"_s;
    profile.baseUrl = QUrl(u"http://192.0.2.10:5280/admin_rest"_s); // TEST-NET-1: another computer
    profile.adminJid = u"admin@example.org"_s;
    profile.timeoutSeconds = 5;
    {
        AdminRestClient client(profile.connectionSettings(u"secret"_s));
        QSignalSpy records(&client, &AdminRestClient::requestFinished);
        const auto outcome = awaitReply(client.ping());
        QCOMPARE(outcome.error.kind, Kind::InsecureTransport);
        QCOMPARE(records.count(), 1);
        QCOMPARE(records.first().first().value<RequestRecord>().httpStatus, 0);
    }
    // The connection test says why, and still nothing went out.
    QWidget window;
    auto* test = new ConnectionTestDialog(profile, u"secret"_s, &window);
    QSignalSpy finished(test, &ConnectionTestDialog::testFinished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(test->result().error().kind, Kind::InsecureTransport);
    QVERIFY(test->resultText().contains(u"plain HTTP"_s));
    QCOMPARE(proxy.connectionCount(), 0);
    QCOMPARE(proxy.requestCount(), 0);

    // With the explicit opt-in the same request does go out (so the proxy would have seen the first).
    profile.allowInsecureRemote = true;
    AdminRestClient optedIn(profile.connectionSettings(u"secret"_s));
    const auto sent = awaitReply(optedIn.ping());
    QVERIFY2(sent.ok(), sent.describe().constData());
    QCOMPARE(proxy.requestCount(), 1);
    QVERIFY(proxy.lastRequest().path.contains("192.0.2.10"));
    QVERIFY(proxy.lastRequest().hasHeader("Authorization"));
}

void TestTlsProfiles::profileDialogLabelsTheOptInUnsafe()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    ProfilePasswords passwords(nullptr);
    ProfileDialog dialog(&store, &passwords, Profile{});
    dialog.show();
    auto* optIn = child<QCheckBox>(&dialog, "insecureCheck");
    QVERIFY(optIn->text().contains(u"unsafe"_s));
    QVERIFY(optIn->accessibleName().contains(u"unsafe"_s));
    // Drawn in the error red of the palette, in bold.
    QCOMPARE(optIn->palette().color(QPalette::WindowText), InputHintLabel::errorColor(optIn->palette()));
    QVERIFY(optIn->palette().color(QPalette::WindowText) != QApplication::palette().color(QPalette::WindowText));
    QVERIFY(optIn->font().bold());
    QVERIFY(!optIn->isChecked());

    // Without the opt-in, a plain-HTTP address of another computer cannot be saved.
    Profile profile;
    profile.name = u"Lab"_s;
    profile.baseUrl = QUrl(u"http://192.0.2.10:5280/admin_rest"_s);
    profile.adminJid = u"admin@example.org"_s;
    fill(&dialog, profile, QString());
    QSignalSpy saved(&dialog, &ProfileDialog::saved);
    click(button(&dialog, QDialogButtonBox::Save));
    QCOMPARE(saved.count(), 0);
    QVERIFY(child<InputHintLabel>(&dialog, "urlHint")->text().contains(u"unencrypted"_s));
    QVERIFY(store.isEmpty());
    QCOMPARE(child<QLineEdit>(&dialog, "urlEdit")->text(), profile.baseUrl.toString()); // nothing typed is lost

    // Ticking it saves, and the hint keeps saying it is unsafe.
    optIn->setChecked(true);
    QVERIFY(child<InputHintLabel>(&dialog, "urlHint")->text().contains(u"Unsafe"_s));
    screenshot(&dialog, u"profile-dialog-unsafe"_s);
    click(button(&dialog, QDialogButtonBox::Save));
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(store.findByName(u"Lab"_s)->allowInsecureRemote);
}

QTEST_MAIN(TestTlsProfiles)
#include "TestTlsProfiles.moc"
