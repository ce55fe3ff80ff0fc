// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/Pane.h"

#include <memory>

class CertificatesModel;
class QSortFilterProxyModel;
class RequestScope;
namespace Ui {
class CertificatesPane;
}

// Every certificate the server uses, per host and service (our GET /certificates): subject,
// alternative names, issuer, validity, days left and whether it matches the host. Expired, not yet
// valid, mismatched and soon expiring ones (within the profile's warning days) are flagged and
// counted above the table. Without the extension it says why.
class CertificatesPane : public Pane
{
    Q_OBJECT
public:
    explicit CertificatesPane(ServerSession* session, QWidget* parent = nullptr);
    ~CertificatesPane() override;

    static QString title();
    static QIcon icon();
    void refresh() override;

    CertificatesModel* model() const { return m_model; }
    // Certificates expiring within this many days are flagged (the profile's setting; 14 by default).
    void setWarningDays(int days);

protected:
    void sessionDisconnected() override;

private:
    void updateAvailability();
    void updateSummary();

    std::unique_ptr<Ui::CertificatesPane> m_ui;
    CertificatesModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    RequestScope* m_scope = nullptr;
    bool m_loaded = false;
};
