// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "bulk/BulkOutcomeModel.h"

BulkOutcomeModel::BulkOutcomeModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BulkOutcomeModel::setJob(BulkJob* job)
{
    beginResetModel();
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    m_rows = job ? job->itemCount() : 0;
    endResetModel();
    if (!job)
        return;
    connect(job, &BulkJob::itemChanged, this, [this](int row) {
        if (row < m_rows)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(job, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
}

int BulkOutcomeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BulkOutcomeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkOutcomeModel::statusText(BulkJob::Status status)
{
    switch (status) {
    case BulkJob::Status::NotStarted:
        return tr("Not started");
    case BulkJob::Status::Running:
        return tr("Running…");
    case BulkJob::Status::Succeeded:
        return tr("Succeeded");
    case BulkJob::Status::Failed:
        return tr("Failed");
    case BulkJob::Status::Skipped:
        return tr("Skipped");
    case BulkJob::Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant BulkOutcomeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_job || index.row() >= rowCount())
        return {};
    const BulkJob::Outcome& outcome = m_job->outcome(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            return outcome.label;
        case StatusColumn:
            return statusText(outcome.status);
        case MessageColumn:
            return outcome.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn && !outcome.message.isEmpty())
            return outcome.message;
        break;
    case StatusRole:
        return int(outcome.status);
    }
    return {};
}

QVariant BulkOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case StatusColumn:
        return tr("Status");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}
