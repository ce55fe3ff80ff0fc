#include "UsersFilterProxy.h"

#include "UsersModel.h"

UsersFilterProxy::UsersFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(UsersModel::JidColumn);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void UsersFilterProxy::setText(const QString& text)
{
    setFilterFixedString(text);
}

void UsersFilterProxy::setInactiveDays(int days)
{
    if (days == m_inactiveDays)
        return;
    m_inactiveDays = std::max(0, days);
    invalidateFilter();
}

void UsersFilterProxy::setSignedInJid(const QString& jid)
{
    m_signedInJid = jid;
    invalidateFilter();
}

void UsersFilterProxy::setReferenceTime(const QDateTime& time)
{
    m_referenceTime = time;
    invalidateFilter();
}

QDateTime UsersFilterProxy::cutoff() const
{
    const QDateTime now = m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTime();
    return now.addDays(-m_inactiveDays);
}

bool UsersFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    if (m_inactiveDays <= 0)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, UsersModel::JidColumn, sourceParent);
    if (index.data(UsersModel::OnlineRole).toBool()
        || index.data(UsersModel::JidRole).toString().compare(m_signedInJid, Qt::CaseInsensitive) == 0)
        return false;
    const QDateTime last = index.data(UsersModel::LastActivityRole).toDateTime();
    const QDateTime limit = cutoff();
    if (last.isValid())
        return last < limit;
    // Never seen: inactive only if the server has been recording for longer than N days.
    const auto* users = qobject_cast<const UsersModel*>(sourceModel());
    const QDateTime since = users ? users->activitySince() : QDateTime();
    return since.isValid() && since < limit;
}

bool UsersFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == UsersModel::LastActivityColumn) {
        const bool leftOnline = left.data(UsersModel::OnlineRole).toBool();
        const bool rightOnline = right.data(UsersModel::OnlineRole).toBool();
        if (leftOnline != rightOnline)
            return rightOnline; // online ("now") is the most recent
        const QDateTime a = left.data(UsersModel::LastActivityRole).toDateTime();
        const QDateTime b = right.data(UsersModel::LastActivityRole).toDateTime();
        if (a.isValid() != b.isValid())
            return !a.isValid(); // never seen first
        return a < b;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
