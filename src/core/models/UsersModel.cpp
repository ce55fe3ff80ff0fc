// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/UsersModel.h"

#include <QHash>
#include <QLocale>

namespace {
QString bareJid(const QString& username, const QString& domain)
{
    return username.contains(QLatin1Char('@')) ? username : username + QLatin1Char('@') + domain;
}

QHash<QString, int> sessionCounts(const QList<ConnectedSession>& sessions, const QString& domain)
{
    QHash<QString, int> counts;
    for (const ConnectedSession& session : sessions)
        ++counts[bareJid(session.username, domain)];
    return counts;
}
} // namespace

UsersModel::UsersModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const UserRow& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case JidColumn:
            return row.jid;
        case RoleColumn:
            return m_roleNames.at(row.roleId);
        case OnlineColumn:
            return row.sessions > 0 ? tr("online") : tr("offline");
        case SessionsColumn:
            return row.sessions;
        case LastActivityColumn:
            if (row.sessions > 0)
                return tr("now");
            if (row.lastActivity.isValid())
                return QLocale().toString(row.lastActivity, QLocale::ShortFormat);
            return m_activitySince.isValid() ? tr("not seen") : QString();
        case EnabledColumn:
            return row.enabled < 0 ? QString() : row.enabled ? tr("enabled") : tr("disabled");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == OnlineColumn)
            return tr("%n connected session(s)", nullptr, row.sessions);
        if (index.column() == LastActivityColumn && !row.lastActivity.isValid() && m_activitySince.isValid())
            return tr("Not seen since the server began recording activity on %1.")
                .arg(QLocale().toString(m_activitySince, QLocale::ShortFormat));
        break;
    case JidRole:
        return row.jid;
    case OnlineRole:
        return row.sessions > 0;
    case SessionCountRole:
        return row.sessions;
    case LastActivityRole:
        return row.lastActivity;
    case EnabledRole:
        return row.enabled < 0 ? QVariant() : QVariant(row.enabled == 1);
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JidColumn:
        return tr("JID");
    case RoleColumn:
        return tr("Role");
    case OnlineColumn:
        return tr("Online");
    case SessionsColumn:
        return tr("Sessions");
    case LastActivityColumn:
        return tr("Last activity");
    case EnabledColumn:
        return tr("Enabled");
    }
    return {};
}

void UsersModel::setUsers(const QList<RegisteredUser>& users, const QList<ConnectedSession>& sessions,
    const QString& domain, const QHash<QString, QDateTime>& lastActivity, const QDateTime& activitySince)
{
    const QHash<QString, int> counts = sessionCounts(sessions, domain);
    QList<UserRow> rows;
    rows.reserve(users.size());
    for (const RegisteredUser& user : users)
        rows.append({user.jid, counts.value(user.jid), roleIdOf(user.role), lastActivity.value(user.jid),
            qint8(user.enabled ? int(*user.enabled) : -1)});
    const bool sinceChanged = m_activitySince != activitySince;
    m_activitySince = activitySince;
    mergeRows(std::move(rows));
    if (sinceChanged && rowCount() > 0)
        emit dataChanged(index(0, LastActivityColumn), index(rowCount() - 1, LastActivityColumn));
}

void UsersModel::setConnectedOnly(const QList<ConnectedSession>& sessions, const QString& domain)
{
    const QHash<QString, int> counts = sessionCounts(sessions, domain);
    QList<UserRow> rows;
    rows.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({it.key(), it.value(), 0, {}});
    std::sort(rows.begin(), rows.end(), [](const UserRow& a, const UserRow& b) { return a.jid < b.jid; });
    mergeRows(std::move(rows));
}

void UsersModel::addUser(const QString& jid, const QString& role)
{
    const int existing = rowOfKey(jid);
    UserRow row = existing >= 0 ? rowAt(existing) : UserRow{jid, 0, 0, {}};
    if (!role.isEmpty())
        row.roleId = roleIdOf(role);
    upsertRow(row);
}

void UsersModel::setRole(const QString& jid, const QString& role)
{
    const int existing = rowOfKey(jid);
    if (existing < 0)
        return;
    UserRow row = rowAt(existing);
    row.roleId = roleIdOf(role);
    upsertRow(row);
}

void UsersModel::setEnabled(const QString& jid, bool enabled)
{
    const int existing = rowOfKey(jid);
    if (existing < 0)
        return;
    UserRow row = rowAt(existing);
    row.enabled = enabled ? 1 : 0;
    upsertRow(row);
}

void UsersModel::removeUsers(const QStringList& jids)
{
    for (const QString& jid : jids)
        removeKey(jid);
}

QStringList UsersModel::knownRoles() const
{
    QList<bool> listed(m_roleNames.size(), false);
    for (const UserRow& row : rows())
        listed[row.roleId] = true;
    QStringList sorted;
    for (qsizetype id = 1; id < m_roleNames.size(); ++id) {
        if (listed.at(id))
            sorted.append(m_roleNames.at(id));
    }
    sorted.sort();
    return sorted;
}

int UsersModel::roleIdOf(const QString& role)
{
    if (role.isEmpty())
        return 0;
    const auto found = m_roleIds.constFind(role);
    if (found != m_roleIds.cend())
        return found.value();
    m_roleNames.append(role);
    m_roleIds.insert(role, int(m_roleNames.size()) - 1);
    return int(m_roleNames.size()) - 1;
}
