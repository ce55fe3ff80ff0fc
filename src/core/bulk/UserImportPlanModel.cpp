// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "bulk/UserImportPlanModel.h"

UserImportPlanModel::UserImportPlanModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int UserImportPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserImportPlanModel::statusText(const UserImportPlan::Entry& entry)
{
    switch (entry.status) {
    case UserImportPlan::Status::New:
        return entry.action == UserImportPlan::Action::Invite ? tr("New: invite") : tr("New");
    case UserImportPlan::Status::Exists:
        return entry.action == UserImportPlan::Action::OverwritePassword ? tr("Exists: overwrite") : tr("Exists: skip");
    case UserImportPlan::Status::Invalid:
        return tr("Invalid");
    }
    return {};
}

QVariant UserImportPlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const UserImportPlan::Entry& entry = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return entry.line;
        case UserColumn:
            return entry.jid.isEmpty() ? entry.user : entry.jid;
        case RoleColumn:
            return entry.role;
        case StatusColumn:
            return statusText(entry);
        case ReasonColumn:
            return entry.reason;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == StatusColumn)
            return entry.reason;
        if (index.column() == UserColumn && entry.user != entry.jid)
            return tr("Written in the file as “%1”").arg(entry.user);
        break;
    case StatusRole:
        return int(entry.status);
    case ActionRole:
        return int(entry.action);
    case LineRole:
        return entry.line;
    }
    return {};
}

QVariant UserImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case UserColumn:
        return tr("User");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Will be");
    case ReasonColumn:
        return tr("Details");
    }
    return {};
}

void UserImportPlanModel::setPlan(const UserImportPlan& plan, bool sameFile)
{
    if (!sameFile)
        clear();
    mergeRows(plan.entries());
}
