#include "SessionsModel.h"

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
