#include "models/UsersFilterProxy.h"

#include "models/UsersModel.h"

UsersFilterProxy::UsersFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(UsersModel::JidColumn);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void UsersFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_users = qobject_cast<UsersModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void UsersFilterProxy::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    if (m_users)
        invalidateFilter();
    else
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
    if (jid == m_signedInJid)
        return;
    m_signedInJid = jid;
    invalidateFilter();
}

void UsersFilterProxy::setEnabledFilter(EnabledFilter filter)
{
    if (filter == m_enabledFilter)
        return;
    m_enabledFilter = filter;
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
    if (!m_users)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    // Straight from the rows: a keystroke tests every user, and a QVariant per row would double it.
    const UserRow& row = m_users->rowAt(sourceRow);
    if (!m_text.isEmpty() && !row.jid.contains(m_text, Qt::CaseInsensitive))
        return false;
    if (m_enabledFilter != EnabledFilter::All && row.enabled != (m_enabledFilter == EnabledFilter::Enabled ? 1 : 0))
        return false;
    if (m_inactiveDays <= 0)
        return true;
    if (row.sessions > 0 || row.jid.compare(m_signedInJid, Qt::CaseInsensitive) == 0)
        return false;
    const QDateTime limit = cutoff();
    if (row.lastActivity.isValid())
        return row.lastActivity < limit;
    // Never seen: inactive only if the server has been recording for longer than N days.
    const QDateTime since = m_users->activitySince();
    return since.isValid() && since < limit;
}

bool UsersFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_users)
        return QSortFilterProxyModel::lessThan(left, right);
    const UserRow& a = m_users->rowAt(left.row());
    const UserRow& b = m_users->rowAt(right.row());
    switch (left.column()) {
    case UsersModel::JidColumn:
        return a.jid.compare(b.jid, Qt::CaseInsensitive) < 0;
    case UsersModel::LastActivityColumn:
        if ((a.sessions > 0) != (b.sessions > 0))
            return b.sessions > 0; // online ("now") is the most recent
        if (a.lastActivity.isValid() != b.lastActivity.isValid())
            return !a.lastActivity.isValid(); // never seen first
        return a.lastActivity < b.lastActivity;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}
