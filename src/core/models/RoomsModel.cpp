// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/RoomsModel.h"

#include <QLocale>
#include <QSet>

namespace {

QString yesNo(bool value)
{
    return value ? RoomsModel::tr("yes") : RoomsModel::tr("no");
}

QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : RoomsModel::tr("unknown");
}

} // namespace

RoomsModel::RoomsModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int RoomsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RoomInfo& room = rowAt(index.row());
    if (role == JidRole)
        return room.jid;
    if (role == OccupantsRole)
        return room.occupants;
    if (role == LastActivityRole)
        return room.lastActivity();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case AddressColumn:
            return room.jid;
        case NameColumn:
            return room.name;
        case PersistentColumn:
            return room.persistent ? tr("persistent") : tr("temporary");
        case PublicColumn:
            return room.isPublic ? tr("public") : tr("hidden");
        case MembersOnlyColumn:
            return yesNo(room.membersOnly);
        case PasswordColumn:
            return yesNo(room.passwordProtected);
        case OccupantsColumn:
            return room.occupants;
        case LastMessageColumn:
            return room.lastMessage.isValid() ? when(room.lastMessage) : tr("none known");
        case CreatedColumn:
            return when(room.created);
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case PersistentColumn:
            return room.persistent;
        case PublicColumn:
            return room.isPublic;
        case MembersOnlyColumn:
            return room.membersOnly;
        case PasswordColumn:
            return room.passwordProtected;
        case OccupantsColumn:
            return room.occupants;
        case LastMessageColumn:
            return room.lastMessage;
        case CreatedColumn:
            return room.created;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == LastMessageColumn && !room.lastMessageSource.isEmpty())
        return tr("From the room's %1").arg(room.lastMessageSource);
    if (role == Qt::TextAlignmentRole && index.column() == OccupantsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RoomsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case NameColumn:
        return tr("Name");
    case PersistentColumn:
        return tr("Kept");
    case PublicColumn:
        return tr("Listed");
    case MembersOnlyColumn:
        return tr("Members only");
    case PasswordColumn:
        return tr("Password");
    case OccupantsColumn:
        return tr("Occupants");
    case LastMessageColumn:
        return tr("Last message");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void RoomsModel::setRooms(const QList<RoomInfo>& rooms)
{
    QList<RoomInfo> rows;
    rows.reserve(rooms.size());
    QSet<QString> seen;
    for (const RoomInfo& room : rooms) {
        if (room.jid.isEmpty() || seen.contains(room.jid))
            continue;
        seen.insert(room.jid);
        rows.append(room);
    }
    mergeRows(std::move(rows));
}
