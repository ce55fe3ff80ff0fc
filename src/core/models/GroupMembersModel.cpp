// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/GroupMembersModel.h"

#include <QSet>

GroupMembersModel::GroupMembersModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int GroupMembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMembersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const GroupMemberRow& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MemberColumn)
            return row.jid;
        break;
    case UserRole:
        return row.user;
    case JidRole:
        return row.jid;
    }
    return {};
}

QVariant GroupMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == MemberColumn)
        return tr("Member");
    return {};
}

void GroupMembersModel::setMembers(const QString& groupId, const QStringList& members, const QString& domain)
{
    if (groupId != m_groupId) {
        clear();
        m_groupId = groupId;
    }
    QList<GroupMemberRow> rows;
    rows.reserve(members.size());
    QSet<QString> seen;
    for (const QString& member : members) {
        if (member.isEmpty() || seen.contains(member))
            continue;
        seen.insert(member);
        const bool bare = member.contains(QLatin1Char('@')) || domain.isEmpty();
        rows.append({member, bare ? member : member + QLatin1Char('@') + domain});
    }
    mergeRows(std::move(rows));
}

void GroupMembersModel::clearMembers()
{
    clear();
    m_groupId.clear();
}
