// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/S2sModel.h"

#include <QLocale>
#include <QSet>

S2sModel::S2sModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int S2sModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant S2sModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const S2sConnection& c = rowAt(index.row());
    if (role == IdRole)
        return c.id;
    if (role == Qt::ToolTipRole && index.column() == AuthColumn && !c.certificateChain.isEmpty())
        return tr("Certificate chain: %1").arg(c.certificateChain);
    if (role == Qt::ToolTipRole && index.column() == RemoteColumn && !c.ip.isEmpty())
        return c.ip;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case RemoteColumn:
        return c.remoteHost.isEmpty() ? tr("(not yet known)") : c.remoteHost;
    case DirectionColumn:
        return c.incoming ? tr("incoming") : tr("outgoing");
    case SecureColumn:
        return c.secure ? tr("TLS") : tr("not encrypted");
    case AuthColumn:
        if (!c.authenticated || c.auth.isEmpty())
            return tr("not authenticated");
        return c.auth == QLatin1String("certificate") ? tr("certificate") : c.auth;
    case SinceColumn:
        if (role == Qt::EditRole)
            return c.since;
        return c.since.isValid() ? QLocale().toString(c.since.toLocalTime(), QLocale::ShortFormat) : tr("unknown");
    case LocalColumn:
        return c.localHost;
    }
    return {};
}

QVariant S2sModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RemoteColumn:
        return tr("Remote domain");
    case DirectionColumn:
        return tr("Direction");
    case SecureColumn:
        return tr("Secure");
    case AuthColumn:
        return tr("Authenticated by");
    case SinceColumn:
        return tr("Since");
    case LocalColumn:
        return tr("Local host");
    }
    return {};
}

void S2sModel::setConnections(const QList<S2sConnection>& connections)
{
    QList<S2sConnection> rows;
    QSet<QString> seen;
    for (const S2sConnection& c : connections) {
        if (c.id.isEmpty() || seen.contains(c.id))
            continue;
        seen.insert(c.id);
        rows.append(c);
    }
    mergeRows(std::move(rows));
}

QString S2sModel::describe(const QString& id) const
{
    const int row = rowOfKey(id);
    if (row < 0)
        return id;
    const S2sConnection& c = rowAt(row);
    const QString remote = c.remoteHost.isEmpty() ? tr("an unknown server") : c.remoteHost;
    return c.incoming ? tr("%1 (incoming, to %2)").arg(remote, c.localHost)
                      : tr("%1 (outgoing, from %2)").arg(remote, c.localHost);
}
