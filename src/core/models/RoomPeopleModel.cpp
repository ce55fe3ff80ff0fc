// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/RoomPeopleModel.h"

#include <QSet>

RoomPeopleModel::RoomPeopleModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int RoomPeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RoomPeopleModel::keyOf(const RoomPerson& row) const
{
    return row.nick.isEmpty() ? QLatin1Char('@') + row.jid : QLatin1Char('/') + row.nick;
}

QVariant RoomPeopleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RoomPerson& person = rowAt(index.row());
    if (role == BareJidRole)
        return person.jid.section(QLatin1Char('/'), 0, 0);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NickColumn:
        return person.nick.isEmpty() ? tr("(not in the room)") : person.nick;
    case JidColumn:
        return person.jid;
    case RoleColumn:
        return person.role;
    case AffiliationColumn:
        return person.affiliation;
    }
    return {};
}

QVariant RoomPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NickColumn:
        return tr("Nick");
    case JidColumn:
        return tr("Real address");
    case RoleColumn:
        return tr("Role");
    case AffiliationColumn:
        return tr("Affiliation");
    }
    return {};
}

void RoomPeopleModel::setRoom(const RoomDetails& details)
{
    if (details.room.jid != m_roomJid)
        clear();
    m_roomJid = details.room.jid;
    QList<RoomPerson> rows;
    QSet<QString> present;
    QSet<QString> keys;
    for (const RoomOccupant& occupant : details.occupants) {
        RoomPerson person{occupant.nick, occupant.jid, occupant.role, occupant.affiliation};
        if (person.nick.isEmpty() || keys.contains(keyOf(person)))
            continue;
        keys.insert(keyOf(person));
        present.insert(occupant.jid.section(QLatin1Char('/'), 0, 0));
        rows.append(person);
    }
    m_occupants = int(rows.size());
    for (const RoomAffiliation& affiliation : details.affiliations) {
        RoomPerson person{{}, affiliation.jid, {}, affiliation.affiliation};
        if (present.contains(affiliation.jid) || keys.contains(keyOf(person)))
            continue;
        keys.insert(keyOf(person));
        rows.append(person);
    }
    mergeRows(std::move(rows));
}

void RoomPeopleModel::clearRoom()
{
    m_roomJid.clear();
    m_occupants = 0;
    clear();
}
