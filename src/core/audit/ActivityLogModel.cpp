// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "audit/ActivityLogModel.h"

#include <algorithm>

#include <QStringList>

namespace {
QString flattened(QString text)
{
    for (QChar& c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}
} // namespace

ActivityLogModel::ActivityLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int ActivityLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActivityLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActivityLogModel::isFailure(const RequestRecord& record)
{
    return record.errorKind != ApiError::Kind::None && record.errorKind != ApiError::Kind::Cancelled;
}

bool ActivityLogModel::isExpectedProbeAnswer(const Entry& entry)
{
    return entry.probe
        && (entry.record.errorKind == ApiError::Kind::NotSupported
            || entry.record.errorKind == ApiError::Kind::NotFound);
}

bool ActivityLogModel::isFailure(int row) const
{
    return isFailure(m_records.at(row));
}

QString ActivityLogModel::displayText(const RequestRecord& record, int column) const
{
    switch (column) {
    case TimeColumn:
        return record.started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case MethodColumn:
        return QString::fromLatin1(record.method);
    case PathColumn:
        return record.path;
    case StatusColumn:
        if (record.httpStatus > 0)
            return QString::number(record.httpStatus);
        // No HTTP answer: say why instead (timeout, refused, cancelled …).
        return record.errorKind == ApiError::Kind::None ? QString() : ApiError::make(record.errorKind).title();
    case DurationColumn:
        return tr("%1 ms").arg(record.durationMs);
    case MessageColumn:
        return record.message;
    }
    return {};
}

QVariant ActivityLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Entry& entry = m_records.at(index.row());
    const RequestRecord& record = entry.record;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, index.column());
    case Qt::ToolTipRole:
        if (isExpectedProbeAnswer(entry) && (index.column() == StatusColumn || index.column() == MessageColumn))
            return QString(tr("Capability probe: this answer only means that the server lacks the feature.")
                + QLatin1Char('\n') + displayText(record, index.column()));
        if (index.column() == TimeColumn)
            return record.started.toLocalTime().toString(Qt::ISODateWithMs);
        if (index.column() == MessageColumn || index.column() == PathColumn)
            return displayText(record, index.column());
        if (index.column() == StatusColumn && record.errorKind != ApiError::Kind::None)
            return ApiError::make(record.errorKind).title();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FailedRole:
        return isFailure(entry);
    case ProbeRole:
        return entry.probe;
    case ExpectedProbeAnswerRole:
        return isExpectedProbeAnswer(entry);
    case ErrorKindRole:
        return int(record.errorKind);
    case HttpStatusRole:
        return record.httpStatus;
    case StartedRole:
        return record.started;
    }
    return {};
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case MessageColumn:
        return tr("Server message");
    }
    return {};
}

void ActivityLogModel::append(const RequestRecord& record, bool probe)
{
    if (m_records.size() >= m_maximumEntries)
        dropOldest(int(m_records.size()) - m_maximumEntries + 1);
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(Entry{record, probe});
    if (isFailure(m_records.last()))
        ++m_failures;
    endInsertRows();
}

void ActivityLogModel::clear()
{
    if (m_records.isEmpty())
        return;
    beginResetModel();
    m_records.clear();
    m_failures = 0;
    endResetModel();
}

void ActivityLogModel::prependEarlier(const QList<LoggedRequest>& entries)
{
    const qsizetype room = m_maximumEntries - m_records.size();
    if (room <= 0 || entries.isEmpty())
        return;
    const QList<Entry> earlier = entries.size() > room ? entries.mid(entries.size() - room) : entries;
    beginInsertRows({}, 0, int(earlier.size()) - 1);
    m_records = earlier + m_records;
    m_failures += int(std::count_if(
        earlier.cbegin(), earlier.cend(), [](const Entry& entry) { return ActivityLogModel::isFailure(entry); }));
    endInsertRows();
}

void ActivityLogModel::setMaximumEntries(int maximum)
{
    m_maximumEntries = qMax(1, maximum);
    if (m_records.size() > m_maximumEntries)
        dropOldest(int(m_records.size()) - m_maximumEntries);
}

void ActivityLogModel::dropOldest(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    for (int i = 0; i < count; ++i) {
        if (isFailure(m_records.at(i)))
            --m_failures;
    }
    m_records.remove(0, count);
    endRemoveRows();
}

QString ActivityLogModel::rowText(int row) const
{
    QStringList fields;
    fields.reserve(ColumnCount);
    for (int column = 0; column < ColumnCount; ++column)
        fields.append(flattened(displayText(m_records.at(row).record, column)));
    return fields.join(QLatin1Char('\t'));
}

QString ActivityLogModel::headerText() const
{
    QStringList fields;
    fields.reserve(ColumnCount);
    for (int column = 0; column < ColumnCount; ++column)
        fields.append(headerData(column, Qt::Horizontal).toString());
    return fields.join(QLatin1Char('\t'));
}
