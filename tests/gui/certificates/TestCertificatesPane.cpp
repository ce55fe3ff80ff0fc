// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// CertificatesPane and FederationPane against the sandbox made with --https (its own certificate
// expires within two days; the sandbox serves no s2s): the certificate is flagged as expiring, with
// the count above the table, and no longer once the warning days are lowered below its days left;
// the federation pane lists no connection. A second sandbox adds hosts whose certificates expired two
// days ago and name another host: both are flagged, with what is wrong, whatever the warning days.
// Against a sandbox emulating the published module both panes (and the rooms pane) say they are
// unavailable and why.

#include "EmulatedPane.h"
#include "PaneHarness.h"
#include "certificates/CertificatesPane.h"
#include "dashboard/DashboardPane.h"
#include "federation/FederationPane.h"
#include "models/CertificatesModel.h"
#include "models/S2sModel.h"
#include "rooms/RoomsPane.h"

#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCertificatesPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void expiringCertificateIsFlagged();
    void warningDaysAreTheProfiles();
    void dashboardWarns();
    void federationListsNoConnection();
    void expiredAndMismatchedAreFlagged();
    void unavailableOnThePublishedModule();

private:
    int rowOf(const QString& host, const QString& service) const;

    PaneHarness m_harness{this};
    ServerSession* m_session = nullptr;
    CertificatesPane* m_pane = nullptr;
    FederationPane* m_federation = nullptr;
    DashboardPane* m_dashboard = nullptr;
};

void TestCertificatesPane::initTestCase()
{
    if (TestServer::externalRequested())
        QSKIP("needs the sandbox made with --https: an external server's certificates are not known");
    QString error;
    QVERIFY2(m_harness.start({u"--https"_s, u"--users"_s, u"2"_s, u"--bots"_s, u"0"_s}, &error), qPrintable(error));
    m_session = new ServerSession(this);
    m_pane = new CertificatesPane(m_session);
    m_pane->resize(1200, 500);
    m_pane->show();
    m_federation = new FederationPane(m_session);
    m_federation->resize(900, 400);
    m_federation->show();
    m_dashboard = new DashboardPane(m_session);
    m_dashboard->resize(900, 600);
    m_dashboard->show();
    QVERIFY(m_harness.connectSession(m_session));
    QVERIFY(m_session->capabilities().certificates);
    QVERIFY(m_session->capabilities().federation);
}

void TestCertificatesPane::cleanupTestCase()
{
    delete m_pane;
    delete m_federation;
    delete m_dashboard;
}

int TestCertificatesPane::rowOf(const QString& host, const QString& service) const
{
    return m_pane->model()->rowOfKey(host + u' ' + service);
}

void TestCertificatesPane::expiringCertificateIsFlagged()
{
    const QString domain = m_harness.server.domain();
    QTRY_VERIFY(rowOf(domain, u"https"_s) >= 0);
    const int row = rowOf(domain, u"https"_s);
    const CertificatesModel* model = m_pane->model();
    // The sandbox's certificate is openssl's "-days 2" from the second it ran: 1 whole day left, or
    // 2 when the answer came within that same second.
    const int daysLeft = model->index(row, CertificatesModel::DaysLeftColumn).data().toInt();
    QVERIFY2(daysLeft == 1 || daysLeft == 2, qPrintable(QString::number(daysLeft)));
    QCOMPARE(
        model->index(row, CertificatesModel::StatusColumn).data().toString(), u"expires in %1 day(s)"_s.arg(daysLeft));
    QCOMPARE(model->index(row, CertificatesModel::IssuerColumn).data().toString(), u"self-signed"_s);
    QVERIFY(model->index(row, CertificatesModel::NamesColumn).data().toString().contains(u"DNS:"_s + domain));
    auto* summary = PaneHarness::child<QLabel>(m_pane, "summaryLabel");
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(u"need attention"_s), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(u"within 14 days"_s));
    QVERIFY(!PaneHarness::child<QLabel>(m_pane, "availabilityLabel")->isVisible());
    PaneHarness::screenshot(m_pane, u"certificates"_s);
}

void TestCertificatesPane::warningDaysAreTheProfiles()
{
    const QString domain = m_harness.server.domain();
    QTRY_VERIFY(rowOf(domain, u"https"_s) >= 0);
    const int flagged = m_pane->model()->warningCount();
    m_pane->setWarningDays(1);
    const int row = rowOf(domain, u"https"_s);
    QCOMPARE(m_pane->model()->index(row, CertificatesModel::StatusColumn).data().toString(), u"OK"_s);
    QVERIFY(m_pane->model()->warningCount() < flagged);
    m_pane->setWarningDays(14);
    QCOMPARE(m_pane->model()->warningCount(), flagged);
}

void TestCertificatesPane::dashboardWarns()
{
    auto* warning = PaneHarness::child<QLabel>(m_dashboard, "certificateWarning");
    QTRY_VERIFY(warning->isVisible());
    const QString domain = m_harness.server.domain();
    QVERIFY2(warning->text().contains(domain + u" (https): expires in 1 day(s)"_s)
            || warning->text().contains(domain + u" (https): expires in 2 day(s)"_s),
        qPrintable(warning->text()));
    QVERIFY(warning->text().contains(u"within 14 days"_s));
    PaneHarness::screenshot(m_dashboard, u"dashboard-certificate-warning"_s);
    // The profile's days change what is flagged at once.
    m_dashboard->setCertificateWarningDays(1);
    QVERIFY(!warning->text().contains(domain + u" (https)"_s));
    m_dashboard->setCertificateWarningDays(14);
    QVERIFY(warning->text().contains(domain + u" (https)"_s));
}

void TestCertificatesPane::federationListsNoConnection()
{
    QVERIFY(PaneHarness::refreshAndWait(m_federation, m_session));
    auto* count = PaneHarness::child<QLabel>(m_federation, "countLabel");
    QCOMPARE(count->text(), u"No server-to-server connection now"_s);
    QCOMPARE(m_federation->model()->rowCount(), 0);
    QVERIFY(!PaneHarness::child<QPushButton>(m_federation, "closeButton")->isEnabled());
    QVERIFY(!PaneHarness::child<QLabel>(m_federation, "availabilityLabel")->isVisible());
}

void TestCertificatesPane::expiredAndMismatchedAreFlagged()
{
    const QString expired = u"expired.localhost"_s;
    const QString mismatched = u"mismatched.localhost"_s;
    PaneHarness harness(this);
    QString error;
    QVERIFY2(harness.start({u"--users"_s, u"1"_s, u"--bots"_s, u"0"_s, u"--cert-host"_s, expired + u"=-30:-2"_s,
                               u"--cert-host"_s, mismatched + u"=-1:60:other.example"_s},
                 &error),
        qPrintable(error));
    ServerSession session;
    CertificatesPane pane(&session);
    pane.resize(1200, 400);
    pane.show();
    QVERIFY(harness.connectSession(&session));
    const CertificatesModel* model = pane.model();
    QTRY_VERIFY(model->rowOfKey(expired + u" c2s"_s) >= 0 && model->rowOfKey(mismatched + u" c2s"_s) >= 0);
    const auto cell = [model](const QString& host, int column) {
        return model->index(model->rowOfKey(host + u" c2s"_s), column).data().toString();
    };
    QCOMPARE(cell(expired, CertificatesModel::StatusColumn), u"expired"_s);
    QCOMPARE(cell(expired, CertificatesModel::DaysLeftColumn), u"-2"_s);
    QCOMPARE(cell(mismatched, CertificatesModel::StatusColumn), u"not for this host"_s);
    QCOMPARE(cell(mismatched, CertificatesModel::NamesColumn), u"DNS:other.example"_s);
    // Not a matter of days: still flagged with the warning at one day.
    pane.setWarningDays(1);
    QCOMPARE(cell(expired, CertificatesModel::StatusColumn), u"expired"_s);
    QCOMPARE(cell(mismatched, CertificatesModel::StatusColumn), u"not for this host"_s);
    auto* summary = PaneHarness::child<QLabel>(&pane, "summaryLabel");
    QVERIFY2(summary->isVisible() && summary->text().contains(u"need attention"_s), qPrintable(summary->text()));
    pane.setWarningDays(14);
    PaneHarness::screenshot(&pane, u"certificates-expired-mismatched"_s);
}

void TestCertificatesPane::unavailableOnThePublishedModule()
{
    EmulatedPane<CertificatesPane> certificates(this);
    if (!certificates.start(u"current"_s, 2, 0, QSize(900, 300)))
        return;
    FederationPane federation(&certificates.session);
    RoomsPane rooms(&certificates.session);
    federation.show();
    rooms.show();
    QVERIFY(certificates.connectSession());
    for (QWidget* pane : std::initializer_list<QWidget*>{certificates.pane.get(), &federation, &rooms}) {
        auto* label = PaneHarness::child<QLabel>(pane, "availabilityLabel");
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(label->text().contains(u"unavailable"_s), qPrintable(label->text()));
    }
    QVERIFY(!PaneHarness::child<QPushButton>(&rooms, "createButton")->isEnabled());
    QVERIFY(!PaneHarness::child<QPushButton>(&federation, "closeButton")->isEnabled());
    PaneHarness::screenshot(&rooms, u"rooms-unavailable"_s);
}

QTEST_MAIN(TestCertificatesPane)
#include "TestCertificatesPane.moc"
