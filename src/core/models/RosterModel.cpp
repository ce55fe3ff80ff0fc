// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/RosterModel.h"

#include <QSet>

RosterModel::RosterModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RosterRow& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case JidColumn:
            return row.jid;
        case NameColumn:
            return row.name;
        case SubscriptionColumn:
            return row.subscription;
        case AskColumn:
            return row.ask;
        case GroupsColumn:
            return row.groups.join(QStringLiteral(", "));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SubscriptionColumn) {
            if (row.subscription == QLatin1String("both"))
                return tr("Each sees the other's presence.");
            if (row.subscription == QLatin1String("to"))
                return tr("The user sees the contact's presence, not the other way round.");
            if (row.subscription == QLatin1String("from"))
                return tr("The contact sees the user's presence, not the other way round.");
            if (row.subscription == QLatin1String("none"))
                return tr("Neither sees the other's presence.");
        }
        if (index.column() == AskColumn && !row.ask.isEmpty())
            return tr("A subscription request is waiting for the contact's answer.");
        break;
    case JidRole:
        return row.jid;
    case SubscriptionRole:
        return row.subscription;
    case GroupsRole:
        return row.groups;
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JidColumn:
        return tr("Contact");
    case NameColumn:
        return tr("Name");
    case SubscriptionColumn:
        return tr("Subscription");
    case AskColumn:
        return tr("Pending");
    case GroupsColumn:
        return tr("Groups");
    }
    return {};
}

void RosterModel::setRoster(const QString& owner, const QList<RosterItem>& items)
{
    if (owner != m_owner) {
        // Another user's roster is a new data set: nothing of the old one carries over.
        clear();
        m_owner = owner;
    }
    QList<RosterRow> rows;
    rows.reserve(items.size());
    QSet<QString> seen;
    for (const RosterItem& item : items) {
        // The key must be unique; a server never sends a contact twice, but a model must not break if one does.
        if (!seen.contains(item.jid)) {
            seen.insert(item.jid);
            rows.append({item.jid, item.name, item.subscription, item.ask, item.groups});
        }
    }
    mergeRows(std::move(rows));
}

void RosterModel::clearRoster()
{
    clear();
    m_owner.clear();
}
