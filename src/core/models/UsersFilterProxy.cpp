// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
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
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_users = qobject_cast<UsersModel*>(model);
    m_matchesValid = false;
    m_sourceSorted = m_users && sourceSortedAround(0, m_users->rowCount() - 1);
    QSortFilterProxyModel::setSourceModel(model);
    if (m_users)
        watchSource();
    applySort();
}

void UsersFilterProxy::watchSource()
{
    // Connected after QSortFilterProxyModel's own handlers: they have placed the rows when these run.
    // Rows removed keep an ascending order, and may end a disorder (a row added out of place).
    const auto rowsRemoved = [this] {
        m_matchesValid = false;
        if (!m_sourceSorted && m_sortColumn == UsersModel::JidColumn && m_sortOrder == Qt::AscendingOrder) {
            m_sourceSorted = sourceSortedAround(0, m_users->rowCount() - 1);
            applySort();
        }
    };
    const auto recheckAll = [this] {
        m_matchesValid = false;
        m_sourceSorted = sourceSortedAround(0, m_users->rowCount() - 1);
        applySort();
    };
    const auto recheckRows = [this](int first, int last) {
        m_matchesValid = false;
        if (m_sourceSorted && !sourceSortedAround(first, last)) {
            m_sourceSorted = false;
            applySort();
        }
    };
    m_sourceConnections = {
        connect(m_users, &QAbstractItemModel::rowsInserted, this,
            [recheckRows](const QModelIndex&, int first, int last) { recheckRows(first, last); }),
        connect(m_users, &QAbstractItemModel::dataChanged, this,
            [this, recheckRows](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                if (topLeft.column() <= UsersModel::JidColumn && bottomRight.column() >= UsersModel::JidColumn)
                    recheckRows(topLeft.row(), bottomRight.row());
                else
                    m_matchesValid = false;
            }),
        connect(m_users, &QAbstractItemModel::rowsRemoved, this, rowsRemoved),
        connect(m_users, &QAbstractItemModel::rowsMoved, this, recheckAll),
        connect(m_users, &QAbstractItemModel::modelReset, this, recheckAll),
        connect(m_users, &QAbstractItemModel::layoutChanged, this, recheckAll),
    };
}

bool UsersFilterProxy::sourceSortedAround(int first, int last) const
{
    const int from = std::max(first - 1, 0);
    const int to = std::min(last + 1, m_users->rowCount() - 1);
    for (int row = from; row < to; ++row) {
        if (m_users->rowAt(row).jid.compare(m_users->rowAt(row + 1).jid, Qt::CaseInsensitive) >= 0)
            return false;
    }
    return true;
}

void UsersFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

void UsersFilterProxy::applySort()
{
    // lessThan() sorts by JID ignoring case, and ties keep the model's order: on rows already in
    // strictly ascending order, sorting changes nothing.
    m_keepsSourceOrder
        = m_users && m_sourceSorted && m_sortColumn == UsersModel::JidColumn && m_sortOrder == Qt::AscendingOrder;
    if (m_keepsSourceOrder)
        QSortFilterProxyModel::sort(-1, Qt::AscendingOrder);
    else
        QSortFilterProxyModel::sort(m_sortColumn, m_sortOrder);
}

void UsersFilterProxy::setText(const QString& text)
{
    if (text == m_text)
        return;
    const bool narrowing = canNarrowTo(text);
    m_text = text;
    if (!m_users) {
        setFilterFixedString(text);
        return;
    }
    refilter(narrowing ? Pass::PreviousMatches : Pass::Every);
    m_rowsTestedByText = m_tested;
}

bool UsersFilterProxy::canNarrowTo(const QString& text) const
{
    // A JID that contains the new text contains the old one: only the rows that matched can match.
    // Not while the inactivity is measured from the clock, which moves between two keystrokes.
    return m_users && m_matchesValid && text.contains(m_text, Qt::CaseInsensitive)
        && (m_inactiveDays <= 0 || m_referenceTime.isValid());
}

void UsersFilterProxy::refilter(Pass pass)
{
    const int rows = m_users ? m_users->rowCount() : 0;
    if (pass == Pass::Every)
        m_matches.assign(size_t(rows), false);
    m_pass = pass;
    m_calls = 0;
    m_tested = 0;
    invalidateFilter();
    m_pass = Pass::None;
    // QSortFilterProxyModel asks once for every row when it has them mapped; otherwise it maps them
    // later, and this record is incomplete.
    m_matchesValid = m_users && m_calls == rows;
}

void UsersFilterProxy::setInactiveDays(int days)
{
    if (days == m_inactiveDays)
        return;
    m_inactiveDays = std::max(0, days);
    refilter(Pass::Every);
}

void UsersFilterProxy::setSignedInJid(const QString& jid)
{
    if (jid == m_signedInJid)
        return;
    m_signedInJid = jid;
    refilter(Pass::Every);
}

void UsersFilterProxy::setEnabledFilter(EnabledFilter filter)
{
    if (filter == m_enabledFilter)
        return;
    m_enabledFilter = filter;
    refilter(Pass::Every);
}

void UsersFilterProxy::setReferenceTime(const QDateTime& time)
{
    m_referenceTime = time;
    refilter(Pass::Every);
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
    if (m_pass == Pass::None)
        return acceptsUser(sourceRow);
    ++m_calls;
    if (size_t(sourceRow) >= m_matches.size())
        return acceptsUser(sourceRow); // not a row of this pass's record (never expected)
    if (m_pass == Pass::PreviousMatches && !m_matches[size_t(sourceRow)])
        return false;
    ++m_tested;
    const bool accepted = acceptsUser(sourceRow);
    m_matches[size_t(sourceRow)] = accepted;
    return accepted;
}

bool UsersFilterProxy::acceptsUser(int sourceRow) const
{
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
