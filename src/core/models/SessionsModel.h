// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiTypes.h"
#include "models/KeyedTableModel.h"

struct SessionRow
{
    QString user; // bare JID of the session's user
    Session session;
    bool operator==(const SessionRow& other) const
    {
        return user == other.user && session.resource == other.session.resource && session.id == other.session.id
            && session.ip == other.session.ip && session.port == other.session.port
            && session.secure == other.session.secure;
    }
};

// Connected sessions: of one user (from GET /user/<u>) or of the whole host.
// Keyed by user and resource. Columns a server does not report show as empty.
class SessionsModel : public KeyedTableModel<SessionRow>
{
    Q_OBJECT
public:
    enum Column { UserColumn, ResourceColumn, IpColumn, PortColumn, SecureColumn, IdColumn, ColumnCount };
    enum Role { UserRole = Qt::UserRole, ResourceRole };

    explicit SessionsModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSessions(const QString& user, const QList<Session>& sessions);
    void setSessionRows(QList<SessionRow> rows);
    // Host-wide listing (GET /users: user and resource of every session). Rows already known keep
    // their details (ip, port, secure, id) until updateUserSessions() brings new ones.
    void setConnectedSessions(const QList<ConnectedSession>& sessions, const QString& domain);
    // The sessions of one user, with details (GET /user/<u>), leaving the other users' rows alone.
    void updateUserSessions(const QString& user, const QList<Session>& sessions);
    // The distinct users of the rows, in row order.
    QStringList users() const;
    int connectedUserCount() const;

protected:
    QString keyOf(const SessionRow& row) const override { return row.user + QLatin1Char('/') + row.session.resource; }
};
