// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/RoomsFilterProxy.h"

#include "models/RoomsModel.h"

RoomsFilterProxy::RoomsFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RoomsFilterProxy::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

void RoomsFilterProxy::setIdleDays(int days)
{
    if (days == m_idleDays)
        return;
    m_idleDays = days;
    invalidateRowsFilter();
}

void RoomsFilterProxy::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void RoomsFilterProxy::setNow(const QDateTime& now)
{
    m_now = now;
    invalidateRowsFilter();
}

bool RoomsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* rooms = qobject_cast<const RoomsModel*>(sourceModel());
    if (!rooms || sourceParent.isValid())
        return false;
    const RoomInfo& room = rooms->rowAt(sourceRow);
    if (!m_text.isEmpty() && !room.jid.contains(m_text, Qt::CaseInsensitive)
        && !room.name.contains(m_text, Qt::CaseInsensitive))
        return false;
    switch (m_show) {
    case Show::All:
        return true;
    case Show::Empty:
        return room.occupants == 0;
    case Show::Idle:
        return room.isIdleSince((m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).addDays(-m_idleDays));
    }
    return true;
}
