// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/GroupsModel.h"

#include <QSet>

GroupsModel::GroupsModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int GroupsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const GroupRow& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name.isEmpty() ? row.id : row.name;
        case IdColumn:
            return row.id;
        case MembersColumn:
            return row.memberCount >= 0 ? QVariant(row.memberCount) : QVariant(tr("unknown"));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MembersColumn && row.memberCount < 0)
            return tr("This server cannot list a group's members.");
        break;
    case IdRole:
        return row.id;
    case NameRole:
        return row.name;
    case MemberCountRole:
        return row.memberCount;
    }
    return {};
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("Id");
    case MembersColumn:
        return tr("Members");
    }
    return {};
}

void GroupsModel::setGroups(const QList<GroupInfo>& groups)
{
    QList<GroupRow> rows;
    rows.reserve(groups.size());
    QSet<QString> seen;
    for (const GroupInfo& group : groups) {
        if (group.id.isEmpty() || seen.contains(group.id))
            continue;
        seen.insert(group.id);
        rows.append({group.id, group.name, group.memberCount});
    }
    mergeRows(std::move(rows));
}

void GroupsModel::upsertGroup(const GroupInfo& group)
{
    if (group.id.isEmpty())
        return;
    GroupRow row{group.id, group.name, group.memberCount};
    const int existing = rowOfKey(group.id);
    if (existing >= 0) {
        // Keep what is known when the update does not say (a name, a member count).
        const GroupRow& old = rowAt(existing);
        if (row.name.isEmpty())
            row.name = old.name;
        if (row.memberCount < 0)
            row.memberCount = old.memberCount;
    }
    upsertRow(row);
}

void GroupsModel::removeGroup(const QString& id)
{
    removeKey(id);
}

QString GroupsModel::nameOf(const QString& id) const
{
    const int row = rowOfKey(id);
    if (row < 0 || rowAt(row).name.isEmpty())
        return id;
    return rowAt(row).name;
}

GroupsModel::IdCheck GroupsModel::checkId(const QString& input)
{
    IdCheck result;
    const QString id = input.trimmed();
    if (id.isEmpty()) {
        result.message = tr("Enter a group id.");
        return result;
    }
    for (const QChar c : id) {
        if (c.isSpace()) {
            result.message = tr("A group id cannot contain spaces.");
            return result;
        }
        if (c == QLatin1Char('/') || c == QLatin1Char('%') || c == QLatin1Char('\\')
            || c.category() == QChar::Other_Control) {
            result.message = tr("A group id cannot contain “%1”.").arg(c);
            return result;
        }
    }
    if (id == QLatin1String(".") || id == QLatin1String("..")) {
        result.message = tr("“%1” cannot be a group id.").arg(id);
        return result;
    }
    result.valid = true;
    result.normalized = id;
    return result;
}
