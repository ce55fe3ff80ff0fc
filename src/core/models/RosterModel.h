// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiTypes.h"
#include "models/KeyedTableModel.h"

struct RosterRow
{
    QString jid; // the contact's bare JID: the key
    QString name;
    QString subscription; // "none", "to", "from", "both"
    QString ask; // "subscribe" while a request is pending, else empty
    QStringList groups;
    bool operator==(const RosterRow&) const = default;
};

// The roster of one user (GET /roster/<user>). Showing another user's roster is a new data set
// (a reset); reloading the same user's roster is merged by contact JID.
class RosterModel : public KeyedTableModel<RosterRow>
{
    Q_OBJECT
public:
    enum Column { JidColumn, NameColumn, SubscriptionColumn, AskColumn, GroupsColumn, ColumnCount };
    enum Role { JidRole = Qt::UserRole, SubscriptionRole, GroupsRole };

    explicit RosterModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The bare JID of the user whose roster this is; empty when none is shown.
    QString owner() const { return m_owner; }
    void setRoster(const QString& owner, const QList<RosterItem>& items);
    // Shows no roster at all.
    void clearRoster();

protected:
    QString keyOf(const RosterRow& row) const override { return row.jid; }

private:
    QString m_owner;
};
