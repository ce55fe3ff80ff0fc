// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/SessionsModel.h"

#include <QSet>

SessionsModel::SessionsModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int SessionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SessionRow& row = rowAt(index.row());
    if (role == UserRole)
        return row.user;
    if (role == ResourceRole)
        return row.session.resource;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UserColumn:
        return row.user;
    case ResourceColumn:
        return row.session.resource;
    case IpColumn:
        return row.session.ip;
    case PortColumn:
        return row.session.port >= 0 ? QVariant(row.session.port) : QVariant();
    case SecureColumn:
        if (!row.session.secure.has_value())
            return {};
        return *row.session.secure ? tr("yes") : tr("no");
    case IdColumn:
        return row.session.id;
    }
    return {};
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case ResourceColumn:
        return tr("Resource");
    case IpColumn:
        return tr("IP address");
    case PortColumn:
        return tr("Port");
    case SecureColumn:
        return tr("Secure");
    case IdColumn:
        return tr("Session id");
    }
    return {};
}

void SessionsModel::setSessions(const QString& user, const QList<Session>& sessions)
{
    QList<SessionRow> rows;
    rows.reserve(sessions.size());
    for (const Session& session : sessions)
        rows.append({user, session});
    mergeRows(std::move(rows));
}

void SessionsModel::setSessionRows(QList<SessionRow> rows)
{
    mergeRows(std::move(rows));
}

int SessionsModel::connectedUserCount() const
{
    QSet<QString> users;
    for (const SessionRow& row : rows())
        users.insert(row.user);
    return int(users.size());
}

void SessionsModel::setConnectedSessions(const QList<ConnectedSession>& sessions, const QString& domain)
{
    QList<SessionRow> rows;
    rows.reserve(sessions.size());
    for (const ConnectedSession& connected : sessions) {
        const QString user = connected.username.contains(QLatin1Char('@'))
            ? connected.username
            : connected.username + QLatin1Char('@') + domain;
        SessionRow row{user, Session{connected.resource, {}, {}, -1, std::nullopt}};
        const int existing = rowOfKey(keyOf(row));
        if (existing >= 0)
            row = rowAt(existing);
        rows.append(row);
    }
    mergeRows(std::move(rows));
}

void SessionsModel::updateUserSessions(const QString& user, const QList<Session>& sessions)
{
    QSet<QString> current;
    for (const Session& session : sessions) {
        const SessionRow row{user, session};
        current.insert(keyOf(row));
        upsertRow(row);
    }
    QStringList gone;
    for (const SessionRow& row : rows()) {
        if (row.user == user && !current.contains(keyOf(row)))
            gone.append(keyOf(row));
    }
    for (const QString& key : std::as_const(gone))
        removeKey(key);
}

QStringList SessionsModel::users() const
{
    QStringList result;
    QSet<QString> seen;
    for (const SessionRow& row : rows()) {
        if (!seen.contains(row.user)) {
            seen.insert(row.user);
            result.append(row.user);
        }
    }
    return result;
}
