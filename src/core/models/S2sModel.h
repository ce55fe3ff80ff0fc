// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ServerResourceTypes.h"
#include "models/KeyedTableModel.h"

// KeyedTableModel compares rows to tell which changed.
inline bool operator==(const S2sConnection& a, const S2sConnection& b)
{
    return a.id == b.id && a.incoming == b.incoming && a.localHost == b.localHost && a.remoteHost == b.remoteHost
        && a.authenticated == b.authenticated && a.secure == b.secure && a.auth == b.auth
        && a.certificateChain == b.certificateChain && a.ip == b.ip && a.since == b.since;
}

// The server-to-server connections (GET /s2s), keyed by the server's connection id, updated by row.
class S2sModel : public KeyedTableModel<S2sConnection>
{
    Q_OBJECT
public:
    enum Column { RemoteColumn, DirectionColumn, SecureColumn, AuthColumn, SinceColumn, LocalColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole };

    explicit S2sModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setConnections(const QList<S2sConnection>& connections);
    void removeConnection(const QString& id) { removeKey(id); }
    // "remote.example (incoming)": how a confirmation names the connection.
    QString describe(const QString& id) const;

protected:
    QString keyOf(const S2sConnection& row) const override { return row.id; }
};
