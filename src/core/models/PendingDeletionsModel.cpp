// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/PendingDeletionsModel.h"

#include <QLocale>

namespace {
QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

PendingDeletionsModel::PendingDeletionsModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int PendingDeletionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PendingDeletionsModel::timeLeft(const QDateTime& until, const QDateTime& now)
{
    if (!until.isValid())
        return {};
    const qint64 seconds = now.secsTo(until);
    if (seconds <= 0)
        return tr("any moment now");
    if (seconds >= 2 * 86400)
        return tr("%n day(s)", nullptr, int(seconds / 86400));
    if (seconds >= 2 * 3600)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    return tr("%n minute(s)", nullptr, int(std::max<qint64>(1, seconds / 60)));
}

QVariant PendingDeletionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PendingDeletion& row = rowAt(index.row());
    if (role == JidRole)
        return row.jid;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case JidColumn:
        return row.jid;
    case DeletedColumn:
        return when(row.deletedAt);
    case RestorableUntilColumn:
        return when(row.pendingUntil);
    case TimeLeftColumn:
        return timeLeft(row.pendingUntil, QDateTime::currentDateTimeUtc());
    }
    return {};
}

QVariant PendingDeletionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JidColumn:
        return tr("Account");
    case DeletedColumn:
        return tr("Deleted");
    case RestorableUntilColumn:
        return tr("Restorable until");
    case TimeLeftColumn:
        return tr("Time left");
    }
    return {};
}
