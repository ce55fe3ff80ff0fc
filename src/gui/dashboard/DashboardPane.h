// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/Pane.h"

#include "api/ServerResourceTypes.h"

#include <memory>

class QLabel;
class RequestScope;

class DashboardHistory;
class RequestScope;
class QTimer;
namespace Ui {
class DashboardPane;
}

// The server at a glance: version, uptime and memory (where the server reports them), users and
// sessions online now, modules loaded; users online over time since the console opened, sampled at
// the profile's refresh interval (every 30 s when auto-refresh is off) whether or not the pane is
// shown; and sessions grouped by client. The history starts anew on another server.
class DashboardPane : public Pane
{
    Q_OBJECT
public:
    static constexpr int DefaultSamplingSeconds = 30;

    explicit DashboardPane(ServerSession* session, QWidget* parent = nullptr);
    ~DashboardPane() override;

    static QString title();
    static QIcon icon();
    void refresh() override;
    // Seconds between samples; 0: the default.
    void setSamplingInterval(int seconds);
    int samplingInterval() const;
    // Certificates expiring within this many days are listed (the profile's setting; 14 by default).
    void setCertificateWarningDays(int days);

    DashboardHistory* history() const { return m_history; }

signals:
    // A refresh's answers are all in.
    void refreshed();

protected:
    void sessionDisconnected() override;

private:
    void showHistory();
    void settle();

    std::unique_ptr<Ui::DashboardPane> m_ui;
    DashboardHistory* m_history = nullptr;
    QTimer* m_sampler = nullptr;
    QLabel* m_hostWarning = nullptr; // the published module's cross-host danger, where it applies
    RequestScope* m_scope = nullptr; // the current refresh's replies
    // Certificates expiring within the profile's warning days (our certificates extension).
    void checkCertificates();
    void showCertificateWarning();
    QLabel* m_certificateWarning = nullptr;
    RequestScope* m_certificateScope = nullptr;
    QList<CertificateInfo> m_certificates;
    int m_certificateWarningDays = 14;
    int m_pending = 0;
};
