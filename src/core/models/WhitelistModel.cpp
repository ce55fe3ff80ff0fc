// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/WhitelistModel.h"

#include "input/IpAddressValidator.h"

#include <QSet>

WhitelistModel::WhitelistModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int WhitelistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhitelistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const WhitelistRow& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == AddressColumn)
            return row.address;
        if (index.column() == ProtocolColumn) {
            // The published module stores whatever it is sent: say when an entry can never match.
            if (row.address.contains(QLatin1Char('/')))
                return tr("range (CIDR)");
            const IpAddressValidator::Result check = IpAddressValidator::check(row.address);
            if (!check.valid)
                return tr("not an address");
            return check.protocol == QAbstractSocket::IPv4Protocol ? tr("IPv4") : tr("IPv6");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ProtocolColumn && row.address.contains(QLatin1Char('/')))
            return tr("A range from the server's configuration: only this project's module matches ranges.");
        if (index.column() == ProtocolColumn && !IpAddressValidator::check(row.address).valid)
            return tr("No client can ever match this entry.");
        break;
    case AddressRole:
        return row.address;
    }
    return {};
}

QVariant WhitelistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case ProtocolColumn:
        return tr("Kind");
    }
    return {};
}

void WhitelistModel::setAddresses(const QStringList& addresses)
{
    QList<WhitelistRow> rows;
    rows.reserve(addresses.size());
    QSet<QString> seen;
    for (const QString& address : addresses) {
        if (!seen.contains(address)) {
            seen.insert(address);
            rows.append({address});
        }
    }
    mergeRows(std::move(rows));
}

void WhitelistModel::addAddress(const QString& address)
{
    upsertRow({address});
}

void WhitelistModel::removeAddress(const QString& address)
{
    removeKey(address);
}

QStringList WhitelistModel::addresses() const
{
    QStringList list;
    list.reserve(rowCount());
    for (const WhitelistRow& row : rows())
        list.append(row.address);
    return list;
}
