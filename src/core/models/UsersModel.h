// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiTypes.h"
#include "models/KeyedTableModel.h"

#include <QDateTime>
#include <QHash>

struct UserRow
{
    QString jid; // bare JID: the key
    int sessions = 0; // connected sessions
    // The role's place in its model's role table (a host has a handful of roles: 4 bytes a row
    // instead of a string handle); UsersModel::roleOf() gives the text. 0: the server does not say.
    int roleId = 0;
    QDateTime lastActivity; // invalid: not seen since the server began recording, or not reported
    qint8 enabled = -1; // 1 enabled, 0 disabled, -1 not reported (our module's fields=enabled)
    bool operator==(const UserRow&) const = default;
};

// The users of a host: registered ones (all-users or our paged listing), with their online state
// merged in from the connected sessions. Where the server cannot list registered users, the rows
// come from the connected sessions alone.
class UsersModel : public KeyedTableModel<UserRow>
{
    Q_OBJECT
public:
    enum Column { JidColumn, RoleColumn, OnlineColumn, SessionsColumn, LastActivityColumn, EnabledColumn, ColumnCount };
    // EnabledRole: true, false, or invalid where the server does not say.
    enum Role { JidRole = Qt::UserRole, OnlineRole, SessionCountRole, LastActivityRole, EnabledRole };

    explicit UsersModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The registered users (for a new listing) and the connected sessions of the same moment; their
    // last activity where the server reports it (bare JID → time; missing: not seen since
    // `activitySince`).
    void setUsers(const QList<RegisteredUser>& users, const QList<ConnectedSession>& sessions, const QString& domain,
        const QHash<QString, QDateTime>& lastActivity = {}, const QDateTime& activitySince = {});
    // When the server began recording activity (invalid: unknown or not reported).
    QDateTime activitySince() const { return m_activitySince; }
    // Only connected users are known (the server cannot list registered users).
    void setConnectedOnly(const QList<ConnectedSession>& sessions, const QString& domain);

    // Local updates after a write succeeded, until the next refresh confirms them.
    void addUser(const QString& jid, const QString& role = {});
    void setRole(const QString& jid, const QString& role);
    void setEnabled(const QString& jid, bool enabled);
    void removeUsers(const QStringList& jids);
    // The role of a row; empty when the server does not say.
    QString roleOf(int row) const { return m_roleNames.at(rowAt(row).roleId); }
    // The distinct roles of the listed users, sorted.
    QStringList knownRoles() const;

protected:
    QString keyOf(const UserRow& row) const override { return row.jid; }

private:
    // The place of `role` in the role table, added if new.
    int roleIdOf(const QString& role);

    QDateTime m_activitySince;
    // Every role seen, by UserRow::roleId; ids stay valid for the model's lifetime, so equal rows
    // have equal roles. The first is the empty role.
    QStringList m_roleNames{QString()};
    QHash<QString, int> m_roleIds;
};
