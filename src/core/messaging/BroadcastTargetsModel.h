// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class BroadcastJob;

// The targets of a broadcast as a table: how many are online on each, how many the broadcast
// reached, and what went wrong. Rows follow the job's targets; a new job is a new data set.
class BroadcastTargetsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ServerColumn, OnlineColumn, ReachedColumn, StatusColumn, ColumnCount };
    enum Role { CountStateRole = Qt::UserRole, SendStateRole, OnlineCountRole, ReachedCountRole };

    explicit BroadcastTargetsModel(QObject* parent = nullptr);

    void setJob(BroadcastJob* job);
    BroadcastJob* job() const { return m_job; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<BroadcastJob> m_job;
};
