// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccountTypes.h"
#include "models/KeyedTableModel.h"

// Rows compare by value (for KeyedTableModel's merge).
inline bool operator==(const Invitation& a, const Invitation& b)
{
    return a.token == b.token && a.kind == b.kind && a.jid == b.jid && a.username == b.username && a.uri == b.uri
        && a.landingPage == b.landingPage && a.created == b.created && a.expires == b.expires && a.expired == b.expired
        && a.reusable == b.reusable && a.creator == b.creator && a.role == b.role && a.groups == b.groups;
}

// The host's invitations (GET /invites), expired ones too, keyed by token and updated by row: a
// refresh merges, a new invitation is upserted, a revoked one removed. Expired ones are marked (the
// Expires column says so, ExpiredRole for a view to grey them) until the server forgets them.
class InvitationsModel : public KeyedTableModel<Invitation>
{
    Q_OBJECT
public:
    enum Column { ForColumn, KindColumn, RoleColumn, CreatedColumn, ExpiresColumn, CreatorColumn, ColumnCount };
    // SortRole: the times as QDateTime (chronological), the display text elsewhere.
    enum Role { TokenRole = Qt::UserRole, ExpiredRole, SortRole };

    explicit InvitationsModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setInvitations(const QList<Invitation>& invitations) { mergeRows(invitations); }
    void addInvitation(const Invitation& invitation) { upsertRow(invitation); }
    void removeToken(const QString& token) { removeKey(token); }
    // An invitation whose expiry has passed, by the server's word or by this computer's clock.
    static bool isExpired(const Invitation& invitation);

protected:
    QString keyOf(const Invitation& row) const override { return row.token; }
};
