// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "certificates/CertificatesPane.h"

#include "ui_CertificatesPane.h"

#include "models/CertificatesModel.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "widgets/PlainText.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

CertificatesPane::CertificatesPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::CertificatesPane>())
    , m_model(new CertificatesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scope(new RequestScope(this))
{
    m_ui->setupUi(contentWidget());
    PlainText::protectViews(contentWidget());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);
    m_ui->certificatesView->setModel(m_proxy);
    m_ui->certificatesView->sortByColumn(CertificatesModel::HostColumn, Qt::AscendingOrder);
    m_ui->certificatesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->certificatesView->horizontalHeader()->setStretchLastSection(true);
    updateAvailability();
    updateSummary();
}

CertificatesPane::~CertificatesPane() = default;

QString CertificatesPane::title()
{
    return tr("Certificates");
}

QIcon CertificatesPane::icon()
{
    return QIcon(QStringLiteral(":/icons/key.svg"));
}

void CertificatesPane::setWarningDays(int days)
{
    m_model->setWarningDays(days);
    updateSummary();
}

void CertificatesPane::sessionDisconnected()
{
    m_scope->reset();
    m_loaded = false;
    m_model->clear();
    updateAvailability();
    updateSummary();
}

void CertificatesPane::refresh()
{
    updateAvailability();
    if (!isConnected() || !session()->capabilities().certificates)
        return;
    m_scope->reset();
    auto* reply = session()->certificates();
    m_scope->onFinished(reply, [this, reply] {
        if (!reply->ok()) {
            showError(reply->error(), tr("Could not read the server's certificates."));
            return;
        }
        m_model->setCertificates(reply->value());
        m_loaded = true;
        session()->markRefreshed();
        updateSummary();
    });
}

void CertificatesPane::updateAvailability()
{
    const bool connected = isConnected();
    const bool available = connected && session()->capabilities().certificates;
    m_ui->certificatesView->setEnabled(available);
    if (!connected || available) {
        m_ui->availabilityLabel->hide();
        return;
    }
    const QString reason = session()->capabilities().unavailableFeatures.value(QStringLiteral("certificates"));
    PlainText::setText(m_ui->availabilityLabel,
        reason.isEmpty() ? tr("Certificates are unavailable: this server's admin_rest module has no certificates "
                              "extension (it is the published module, or LuaSec cannot read certificates).")
                         : tr("Certificates are unavailable: %1").arg(reason));
    m_ui->availabilityLabel->show();
}

void CertificatesPane::updateSummary()
{
    if (!m_loaded) {
        m_ui->summaryLabel->clear();
        m_ui->summaryLabel->hide();
        return;
    }
    m_ui->summaryLabel->show();
    const int warnings = m_model->warningCount();
    const int days = m_model->warningDays();
    if (warnings == 0) {
        m_ui->summaryLabel->setStyleSheet({});
        m_ui->summaryLabel->setText(
            tr("All %n certificate(s) are valid for this host and for more than %1 days.", nullptr, m_model->rowCount())
                .arg(days));
        return;
    }
    m_ui->summaryLabel->setStyleSheet(QStringLiteral("color: #b02020; font-weight: bold;"));
    m_ui->summaryLabel->setText(tr("%n certificate(s) need attention: missing, expired, not for their host, or "
                                   "expiring within %1 days (see Status).",
        nullptr, warnings)
                                    .arg(days));
}
