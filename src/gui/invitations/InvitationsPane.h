// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/Pane.h"

#include <memory>

class InvitationCard;
class InvitationsModel;
class PendingDeletionsModel;
class QSortFilterProxyModel;
class RequestScope;
struct Invitation;
namespace Ui {
class InvitationsPane;
}

// Invitations (mod_invites, Prosody 0.12 and 13): create one (CreateInvitationDialog), show the
// selected one as a QR code and a link to copy (InvitationCard), the pending list with expiry
// (expired ones marked), revoke. Below, the accounts deleted within the server's grace period
// (Prosody 13 with mod_user_account_management) with the time left, and Restore. Each part is
// disabled with the server's reason where the server lacks it.
class InvitationsPane : public Pane
{
    Q_OBJECT
public:
    explicit InvitationsPane(ServerSession* session, QWidget* parent = nullptr);
    ~InvitationsPane() override;

    static QString title();
    static QIcon icon();
    void refresh() override;

    InvitationsModel* model() const { return m_model; }
    PendingDeletionsModel* pendingModel() const { return m_pending; }
    InvitationCard* card() const { return m_card; }

protected:
    void sessionDisconnected() override;

private:
    void loadInvitations();
    void loadPendingDeletions();
    void createInvitation();
    void created(const Invitation& invitation);
    void revokeSelected();
    void restoreSelected();
    void showSelected();
    QStringList selected(const QAbstractItemView* view, int role) const;
    void updateState();
    void updateActions();

    std::unique_ptr<Ui::InvitationsPane> m_ui;
    InvitationsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    PendingDeletionsModel* m_pending = nullptr;
    InvitationCard* m_card = nullptr;
    RequestScope* m_scope = nullptr; // the invitations list and the writes to it
    RequestScope* m_pendingScope = nullptr; // the pending deletions and the restores
    int m_busy = 0; // operations under way
};
