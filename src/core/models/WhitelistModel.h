// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "models/KeyedTableModel.h"

#include <QStringList>

struct WhitelistRow
{
    QString address; // as the server lists it: the key
    bool operator==(const WhitelistRow&) const = default;
};

// The addresses on admin_rest's whitelist (GET /whitelist). An empty list means the whitelist is off
// on our module, and on the published ones unless an address was removed since the module loaded.
class WhitelistModel : public KeyedTableModel<WhitelistRow>
{
    Q_OBJECT
public:
    enum Column { AddressColumn, ProtocolColumn, ColumnCount };
    enum Role { AddressRole = Qt::UserRole };

    explicit WhitelistModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAddresses(const QStringList& addresses);
    void addAddress(const QString& address);
    void removeAddress(const QString& address);
    QStringList addresses() const;

protected:
    QString keyOf(const WhitelistRow& row) const override { return row.address; }
};
