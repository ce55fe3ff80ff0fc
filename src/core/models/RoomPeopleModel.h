// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ServerResourceTypes.h"
#include "models/KeyedTableModel.h"

// One row of a room's people: an occupant (with a nick and role) or an affiliated JID not in the
// room now (no nick, no role).
struct RoomPerson
{
    QString nick;
    QString jid; // the real JID of an occupant, the bare JID of an affiliation
    QString role; // empty when not in the room
    QString affiliation;
    bool operator==(const RoomPerson&) const = default;
};

// The occupants of one room and its affiliations (GET /rooms/<room>), in one table: each occupant,
// then each affiliated JID that is not in the room now. Updated by row.
class RoomPeopleModel : public KeyedTableModel<RoomPerson>
{
    Q_OBJECT
public:
    enum Column { NickColumn, JidColumn, RoleColumn, AffiliationColumn, ColumnCount };
    enum Role { BareJidRole = Qt::UserRole };

    explicit RoomPeopleModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRoom(const RoomDetails& details);
    void clearRoom();
    QString roomJid() const { return m_roomJid; }
    int occupantCount() const { return m_occupants; }

protected:
    QString keyOf(const RoomPerson& row) const override;

private:
    QString m_roomJid;
    int m_occupants = 0;
};
