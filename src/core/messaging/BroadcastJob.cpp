// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/BroadcastJob.h"

#include "bulk/JobNotices.h"

#include "api/AdminRestClient.h"
#include "operations/CountOnlineUsers.h"

BroadcastJob::BroadcastJob(const QList<BroadcastTarget>& targets, QObject* parent)
    : QObject(parent)
    , m_targets(targets)
    , m_statuses(targets.size())
{
}

void BroadcastJob::takeClients()
{
    for (const BroadcastTarget& target : std::as_const(m_targets)) {
        if (target.client)
            target.client->setParent(this);
    }
}

BroadcastJob::~BroadcastJob()
{
    drop(m_count);
    drop(m_send);
}

bool BroadcastJob::isCounting() const
{
    return m_count && m_count->isRunning();
}

bool BroadcastJob::isSending() const
{
    return m_send && m_send->isRunning();
}

void BroadcastJob::countOnline()
{
    drop(m_count);
    m_count = new CountOnlineUsers(m_targets, this);
    for (int i = 0; i < m_targets.size(); ++i) {
        m_statuses[i].countState = CountState::Counting;
        m_statuses[i].countError = {};
        emit statusChanged(i);
    }
    connect(m_count, &Operation::itemChanged, this, &BroadcastJob::countChanged);
    connect(m_count, &Operation::finished, this, &BroadcastJob::countsFinished);
    m_count->start();
}

void BroadcastJob::countChanged(int index)
{
    const Operation::Outcome& outcome = m_count->outcome(index);
    Status& status = m_statuses[index];
    if (outcome.status == Operation::Status::Succeeded) {
        status.countState = CountState::Counted;
        status.online = m_count->online(index);
        status.countError = {};
    } else if (outcome.status == Operation::Status::Failed || outcome.status == Operation::Status::Cancelled) {
        status.countState = CountState::Failed;
        status.countError = outcome.error;
    } else {
        return;
    }
    emit statusChanged(index);
}

void BroadcastJob::send(const QString& message)
{
    if (isSending())
        return;
    m_message = message;
    QList<int> all;
    for (int i = 0; i < m_targets.size(); ++i) {
        m_statuses[i].reached = -1;
        all << i;
    }
    startSend(all);
}

bool BroadcastJob::retryFailed()
{
    const QList<int> failed = failedTargets();
    if (isSending() || failed.isEmpty())
        return false;
    startSend(failed);
    return true;
}

void BroadcastJob::startSend(const QList<int>& targets)
{
    drop(m_send);
    QList<BroadcastTarget> sendTo;
    for (int i : targets) {
        sendTo << m_targets.at(i);
        m_statuses[i].sendState = SendState::Sending;
        m_statuses[i].sendError = {};
        emit statusChanged(i);
    }
    m_sendTargets = targets;
    m_send = new SendBroadcast(sendTo, m_message, m_style, m_audience, this);
    connect(m_send, &Operation::itemChanged, this, &BroadcastJob::sendChanged);
    connect(m_send, &Operation::finished, this, [this] {
        reportEnd();
        emit sendFinished();
    });
    m_send->start();
}

void BroadcastJob::sendChanged(int item)
{
    const Operation::Outcome& outcome = m_send->outcome(item);
    const int index = m_sendTargets.at(item);
    Status& status = m_statuses[index];
    switch (outcome.status) {
    case Operation::Status::Succeeded:
        status.sendState = SendState::Sent;
        status.reached = m_send->reach(item).reached;
        status.queued = m_send->reach(item).queued;
        status.sendError = {};
        break;
    case Operation::Status::Failed:
    case Operation::Status::Skipped:
        status.sendState = SendState::Failed;
        status.sendError = outcome.error;
        break;
    case Operation::Status::Cancelled:
        status.sendState = SendState::Cancelled;
        status.sendError = outcome.error;
        break;
    case Operation::Status::NotStarted:
    case Operation::Status::Running:
        return;
    }
    emit statusChanged(index);
}

void BroadcastJob::drop(Operation* operation)
{
    if (!operation)
        return;
    disconnect(operation, nullptr, this, nullptr);
    operation->abort();
    operation->deleteLater();
}

void BroadcastJob::reportEnd() const
{
    const int failed = countIn(SendState::Failed);
    JobNotices::instance()->report(tr("Broadcast finished: sent on %1 of %2 servers, %3 failed.")
                                       .arg(countIn(SendState::Sent))
                                       .arg(m_statuses.size())
                                       .arg(failed),
        failed > 0);
}

void BroadcastJob::cancel()
{
    const bool wasSending = isSending();
    const bool wasCounting = isCounting();
    drop(m_count);
    drop(m_send);
    m_count = nullptr;
    m_send = nullptr;
    for (int i = 0; i < m_statuses.size(); ++i) {
        Status& status = m_statuses[i];
        bool changed = false;
        if (status.sendState == SendState::Sending) {
            status.sendState = SendState::Cancelled;
            status.sendError = ApiError::make(ApiError::Kind::Cancelled);
            changed = true;
        }
        if (status.countState == CountState::Counting) {
            status.countState = CountState::Unknown;
            changed = true;
        }
        if (changed)
            emit statusChanged(i);
    }
    if (wasCounting)
        emit countsFinished();
    if (wasSending)
        emit sendFinished();
}

int BroadcastJob::totalOnline() const
{
    int total = 0;
    for (const Status& status : m_statuses) {
        if (status.countState == CountState::Counted)
            total += status.online;
    }
    return total;
}

int BroadcastJob::totalReached() const
{
    int total = 0;
    for (const Status& status : m_statuses) {
        if (status.sendState == SendState::Sent)
            total += status.reached;
    }
    return total;
}

int BroadcastJob::countIn(SendState state) const
{
    return int(std::count_if(
        m_statuses.cbegin(), m_statuses.cend(), [state](const Status& status) { return status.sendState == state; }));
}

QList<int> BroadcastJob::failedTargets() const
{
    QList<int> result;
    for (int i = 0; i < m_statuses.size(); ++i) {
        const SendState state = m_statuses.at(i).sendState;
        if (state == SendState::Failed || state == SendState::Cancelled)
            result << i;
    }
    return result;
}
