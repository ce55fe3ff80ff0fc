// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/BroadcastTargetsModel.h"

#include "messaging/BroadcastJob.h"

BroadcastTargetsModel::BroadcastTargetsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BroadcastTargetsModel::setJob(BroadcastJob* job)
{
    beginResetModel();
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    if (m_job) {
        connect(m_job, &BroadcastJob::statusChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
        connect(m_job, &QObject::destroyed, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
    endResetModel();
}

int BroadcastTargetsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_job ? 0 : m_job->targetCount();
}

int BroadcastTargetsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BroadcastTargetsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_job || index.row() >= m_job->targetCount())
        return {};
    using CountState = BroadcastJob::CountState;
    using SendState = BroadcastJob::SendState;
    const BroadcastJob::Status& status = m_job->status(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServerColumn:
            return m_job->target(index.row()).name;
        case OnlineColumn:
            switch (status.countState) {
            case CountState::Unknown:
                return QString();
            case CountState::Counting:
                return tr("Counting…");
            case CountState::Counted:
                return tr("%n user(s)", nullptr, status.online);
            case CountState::Failed:
                return tr("Unknown");
            }
            break;
        case ReachedColumn:
            return status.sendState == SendState::Sent ? tr("%n user(s)", nullptr, status.reached) : QString();
        case StatusColumn:
            switch (status.sendState) {
            case SendState::NotSent:
                return status.countState == CountState::Failed
                    ? tr("Could not count: %1").arg(status.countError.userMessage())
                    : tr("Not sent yet");
            case SendState::Sending:
                return tr("Sending…");
            case SendState::Sent:
                return tr("Sent");
            case SendState::Failed:
                return tr("Failed: %1").arg(status.sendError.userMessage());
            case SendState::Cancelled:
                return tr("Cancelled");
            }
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn) {
            if (status.sendState == SendState::Failed)
                return status.sendError.userMessage();
            if (status.sendState == SendState::Cancelled)
                return tr("Cancelled before the server answered: it may or may not have sent the message.");
        }
        if (index.column() == OnlineColumn && status.countState == CountState::Failed)
            return status.countError.userMessage();
        break;
    case CountStateRole:
        return QVariant::fromValue(status.countState);
    case SendStateRole:
        return QVariant::fromValue(status.sendState);
    case OnlineCountRole:
        return status.online;
    case ReachedCountRole:
        return status.reached;
    }
    return {};
}

QVariant BroadcastTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServerColumn:
        return tr("Server");
    case OnlineColumn:
        return tr("Online now");
    case ReachedColumn:
        return tr("Reached");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}
