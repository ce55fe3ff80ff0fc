// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccountTypes.h"
#include "models/KeyedTableModel.h"

// Rows compare by value (for KeyedTableModel's merge).
inline bool operator==(const PendingDeletion& a, const PendingDeletion& b)
{
    return a.jid == b.jid && a.deletedAt == b.deletedAt && a.pendingUntil == b.pendingUntil;
}

// Accounts deleted within the server's grace period (GET /pending-deletions), keyed by JID, updated
// by row: each with when it was deleted, until when it can be restored and the time left.
class PendingDeletionsModel : public KeyedTableModel<PendingDeletion>
{
    Q_OBJECT
public:
    enum Column { JidColumn, DeletedColumn, RestorableUntilColumn, TimeLeftColumn, ColumnCount };
    enum Role { JidRole = Qt::UserRole };

    explicit PendingDeletionsModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPending(const QList<PendingDeletion>& pending) { mergeRows(pending); }
    void removeJid(const QString& jid) { removeKey(jid); }
    // "3 days", "5 hours", "12 minutes", or "any moment now" once the time has passed.
    static QString timeLeft(const QDateTime& until, const QDateTime& now);

protected:
    QString keyOf(const PendingDeletion& row) const override { return row.jid; }
};
