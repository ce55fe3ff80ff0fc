// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ServerResourceTypes.h"
#include "models/KeyedTableModel.h"

// KeyedTableModel compares rows to tell which changed.
inline bool operator==(const RoomInfo& a, const RoomInfo& b)
{
    return a.jid == b.jid && a.service == b.service && a.name == b.name && a.description == b.description
        && a.persistent == b.persistent && a.isPublic == b.isPublic && a.membersOnly == b.membersOnly
        && a.moderated == b.moderated && a.passwordProtected == b.passwordProtected && a.occupants == b.occupants
        && a.lastMessage == b.lastMessage && a.lastMessageSource == b.lastMessageSource && a.created == b.created;
}

// The rooms of every MUC component of the host (GET /rooms), keyed by address, updated by row.
// Qt::EditRole gives each column's sortable value (booleans, counts, times).
class RoomsModel : public KeyedTableModel<RoomInfo>
{
    Q_OBJECT
public:
    enum Column {
        AddressColumn,
        NameColumn,
        PersistentColumn,
        PublicColumn,
        MembersOnlyColumn,
        PasswordColumn,
        OccupantsColumn,
        LastMessageColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role { JidRole = Qt::UserRole, OccupantsRole, LastActivityRole };

    explicit RoomsModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRooms(const QList<RoomInfo>& rooms);
    // One room, added or updated (after reading its details).
    void upsertRoom(const RoomInfo& room) { upsertRow(room); }
    void removeRoom(const QString& jid) { removeKey(jid); }

protected:
    QString keyOf(const RoomInfo& row) const override { return row.jid; }
};
