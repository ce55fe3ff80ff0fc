// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/Pane.h"

#include <memory>

class QSortFilterProxyModel;
class RequestScope;
class S2sModel;
namespace Ui {
class FederationPane;
}

// The server's server-to-server connections, incoming and outgoing (our /s2s extension): remote
// domain, direction, TLS, how it was authenticated, since when; close the selected ones after a
// confirmation. Without the extension it says why.
class FederationPane : public Pane
{
    Q_OBJECT
public:
    explicit FederationPane(ServerSession* session, QWidget* parent = nullptr);
    ~FederationPane() override;

    static QString title();
    static QIcon icon();
    void refresh() override;

    S2sModel* model() const { return m_model; }

protected:
    void sessionDisconnected() override;

private:
    void closeSelected();
    QStringList selectedIds() const;
    void updateAvailability();
    void updateActions();

    std::unique_ptr<Ui::FederationPane> m_ui;
    S2sModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    RequestScope* m_scope = nullptr; // the listing, and the closings started since it
    int m_busy = 0;
};
