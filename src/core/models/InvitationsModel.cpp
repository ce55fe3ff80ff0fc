// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/InvitationsModel.h"

#include <QLocale>

namespace {
QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

InvitationsModel::InvitationsModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int InvitationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InvitationsModel::isExpired(const Invitation& invitation)
{
    return invitation.expired
        || (invitation.expires.isValid() && invitation.expires <= QDateTime::currentDateTimeUtc());
}

QVariant InvitationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Invitation& row = rowAt(index.row());
    const bool expired = isExpired(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ForColumn:
            if (!row.username.isEmpty())
                return row.jid;
            return row.reusable ? tr("anyone (reusable)") : tr("anyone (once)");
        case KindColumn:
            switch (row.kind) {
            case Invitation::Kind::Account:
                return tr("new account");
            case Invitation::Kind::Reset:
                return tr("password reset");
            case Invitation::Kind::Contact:
                return tr("contact");
            }
            break;
        case RoleColumn:
            return row.role;
        case CreatedColumn:
            return when(row.created);
        case ExpiresColumn:
            return expired ? tr("expired %1").arg(when(row.expires)) : when(row.expires);
        case CreatorColumn:
            return row.creator.isEmpty() ? tr("server") : row.creator;
        }
        break;
    case Qt::ToolTipRole:
        if (expired)
            return tr("This invitation has expired: its link no longer works.");
        break;
    case TokenRole:
        return row.token;
    case ExpiredRole:
        return expired;
    case SortRole:
        if (index.column() == CreatedColumn)
            return row.created;
        if (index.column() == ExpiresColumn)
            return row.expires;
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant InvitationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ForColumn:
        return tr("For");
    case KindColumn:
        return tr("Kind");
    case RoleColumn:
        return tr("Role");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case CreatorColumn:
        return tr("Created by");
    }
    return {};
}
