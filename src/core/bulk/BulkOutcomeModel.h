// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkJob.h"

#include <QAbstractTableModel>
#include <QPointer>

// The outcome of every item of a BulkJob: item, status, message. Follows the job row by row
// (dataChanged for the row that changed); a new job is a new data set (reset).
class BulkOutcomeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, StatusColumn, MessageColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole };

    explicit BulkOutcomeModel(QObject* parent = nullptr);

    BulkJob* job() const { return m_job; }
    void setJob(BulkJob* job);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(BulkJob::Status status);

private:
    QPointer<BulkJob> m_job;
    int m_rows = 0; // the job's item count when it was set: items are only added before a run
};
