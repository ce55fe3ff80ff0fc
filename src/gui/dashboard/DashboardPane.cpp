// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "dashboard/DashboardPane.h"

#include "ui_DashboardPane.h"

#include <QLocale>
#include <QTimer>

#include "models/CertificatesModel.h"
#include "session/DashboardHistory.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "widgets/PlainText.h"

namespace {

QString duration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        return DashboardPane::tr("%n day(s) %1 h", nullptr, int(days)).arg(hours);
    if (hours > 0)
        return DashboardPane::tr("%1 h %2 min").arg(hours).arg(minutes);
    return DashboardPane::tr("%n minute(s)", nullptr, int(minutes));
}

// Where the host keeps its accounts, as /info says (our module): files, or SQL and its database.
QString storageText(const ServerInfo& info)
{
    if (info.storageBackend.isEmpty())
        return DashboardPane::tr("not reported");
    if (info.storageBackend == u"internal")
        return DashboardPane::tr("files (internal)");
    if (info.storageBackend == u"sql" && !info.storageDriver.isEmpty())
        return DashboardPane::tr("SQL (%1)").arg(info.storageDriver);
    return info.storageBackend;
}

} // namespace

DashboardPane::DashboardPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::DashboardPane>())
    , m_history(new DashboardHistory(this))
    , m_sampler(new QTimer(this))
    , m_scope(new RequestScope(this))
{
    m_ui->setupUi(contentWidget());
    m_hostWarning = PlainText::label(this);
    m_hostWarning->setObjectName(QStringLiteral("hostWarning"));
    m_hostWarning->setWordWrap(true);
    m_hostWarning->hide();
    m_ui->dashboardLayout->insertWidget(0, m_hostWarning);
    m_certificateScope = new RequestScope(this);
    m_certificateWarning = PlainText::label(this);
    m_certificateWarning->setObjectName(QStringLiteral("certificateWarning"));
    m_certificateWarning->setWordWrap(true);
    m_certificateWarning->setStyleSheet(QStringLiteral("color: #b02020; font-weight: bold;"));
    m_certificateWarning->hide();
    m_ui->dashboardLayout->insertWidget(1, m_certificateWarning);
    connect(m_history, &DashboardHistory::changed, this, &DashboardPane::showHistory);
    connect(m_sampler, &QTimer::timeout, this, &DashboardPane::refresh);
    setSamplingInterval(0);
    sessionDisconnected();
}

DashboardPane::~DashboardPane() = default;

QString DashboardPane::title()
{
    return tr("Dashboard");
}

QIcon DashboardPane::icon()
{
    return QIcon(QStringLiteral(":/icons/dashboard.svg"));
}

void DashboardPane::setSamplingInterval(int seconds)
{
    const int interval = seconds > 0 ? seconds : DefaultSamplingSeconds;
    m_sampler->start(interval * 1000);
    m_ui->samplingNote->setText(
        tr("A sample every %n second(s) (the profile's auto-refresh interval, or 30 s when it is off), kept while "
           "the console runs.",
            nullptr, interval));
}

int DashboardPane::samplingInterval() const
{
    return m_sampler->interval() / 1000;
}

void DashboardPane::sessionDisconnected()
{
    m_scope->reset();
    m_pending = 0;
    m_history->clear();
    if (m_hostWarning)
        m_hostWarning->hide();
    if (m_certificateScope) {
        m_certificateScope->reset();
        m_certificates.clear();
        m_certificateWarning->hide();
    }
    const QString unknown = tr("—");
    for (QLabel* label : {m_ui->serverValue, m_ui->uptimeValue, m_ui->memoryValue, m_ui->usersValue,
             m_ui->sessionsValue, m_ui->modulesValue})
        label->setText(unknown);
}

void DashboardPane::refresh()
{
    if (!isConnected() || m_pending > 0)
        return;
    const Capabilities& caps = session()->capabilities();
    m_hostWarning->setText(caps.crossHostWarning());
    m_hostWarning->setVisible(caps.actsAcrossHosts());
    checkCertificates();
    m_scope->reset();
    m_pending = 2;

    auto* sessions = session()->connectedSessions();
    m_scope->onFinished(sessions, [this, sessions] {
        if (sessions->ok()) {
            m_history->addSample(QDateTime::currentDateTime(), sessions->value());
        } else {
            showError(sessions->error(), tr("Could not list the connected sessions."));
        }
        settle();
    });

    auto* modules = session()->modules();
    m_scope->onFinished(modules, [this, modules] {
        m_ui->modulesValue->setText(modules->ok() ? QString::number(modules->value().size()) : tr("unknown"));
        settle();
    });

    if (!caps.serverInfo) {
        m_ui->serverValue->setText(tr("%1 (this server does not report its version)").arg(caps.flavorName()));
        m_ui->uptimeValue->setText(tr("not reported"));
        m_ui->memoryValue->setText(tr("not reported"));
        m_ui->storageValue->setText(tr("not reported"));
        return;
    }
    ++m_pending;
    auto* info = session()->serverInfo();
    m_scope->onFinished(info, [this, info] {
        if (info->ok()) {
            const ServerInfo& value = info->value();
            PlainText::setText(m_ui->serverValue, tr("Prosody %1").arg(value.prosodyVersion));
            m_ui->uptimeValue->setText(value.uptimeSeconds >= 0 ? duration(value.uptimeSeconds) : tr("not reported"));
            m_ui->memoryValue->setText(
                value.memoryBytes >= 0 ? QLocale().formattedDataSize(value.memoryBytes) : tr("not reported"));
            PlainText::setText(m_ui->storageValue, storageText(value));
        } else {
            showError(info->error(), tr("Could not read the server's information."));
        }
        settle();
    });
}

void DashboardPane::settle()
{
    if (--m_pending > 0)
        return;
    session()->markRefreshed();
    emit refreshed();
}

void DashboardPane::showHistory()
{
    QList<std::pair<QDateTime, int>> points;
    points.reserve(m_history->samples().size());
    for (const DashboardHistory::Sample& sample : m_history->samples())
        points.append({sample.time, sample.connectedUsers});
    m_ui->usersChart->setPoints(points);
    m_ui->clientsChart->setBars(m_history->sessionsByClient());
    if (m_history->samples().isEmpty())
        return;
    const DashboardHistory::Sample& latest = m_history->samples().last();
    m_ui->usersValue->setText(tr("%1 (highest %2)").arg(latest.connectedUsers).arg(m_history->peakConnectedUsers()));
    m_ui->sessionsValue->setText(QString::number(latest.sessions));
}

void DashboardPane::setCertificateWarningDays(int days)
{
    m_certificateWarningDays = days;
    showCertificateWarning();
}

void DashboardPane::checkCertificates()
{
    if (!session()->capabilities().certificates)
        return;
    m_certificateScope->reset();
    auto* reply = session()->certificates();
    m_certificateScope->onFinished(reply, [this, reply] {
        // The Certificates pane reports a failure to read them; the dashboard only warns.
        m_certificates = reply->ok() ? reply->value() : QList<CertificateInfo>();
        showCertificateWarning();
    });
}

void DashboardPane::showCertificateWarning()
{
    const int days = m_certificateWarningDays;
    QStringList problems;
    for (const CertificateInfo& certificate : std::as_const(m_certificates)) {
        if (certificate.needsWarning(days))
            problems << tr("%1 (%2): %3")
                            .arg(certificate.host, certificate.service, CertificatesModel::problem(certificate, days));
    }
    m_certificateWarning->setVisible(!problems.isEmpty());
    if (problems.isEmpty()) {
        m_certificateWarning->clear();
        return;
    }
    const int shown = 5;
    QString text = tr("%n certificate(s) need attention (missing, expired, not for their host, or expiring within "
                      "%1 days; see the Certificates pane):",
        nullptr, int(problems.size()))
                       .arg(days);
    text += QLatin1Char('\n') + problems.mid(0, shown).join(QLatin1Char('\n'));
    if (problems.size() > shown)
        text += QLatin1Char('\n') + tr("… and %n more", nullptr, int(problems.size()) - shown);
    PlainText::setText(m_certificateWarning, text);
}
