#include "messaging/BroadcastJob.h"

#include "bulk/JobNotices.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

#include <algorithm>

BroadcastTarget BroadcastTarget::of(const ServerSession* session)
{
    return {session->displayName(), session->client()};
}

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
    ++m_countGeneration;
    ++m_sendGeneration;
    for (const auto* list : {&m_countReplies, &m_sendReplies}) {
        for (const QPointer<ApiReply>& reply : *list) {
            if (reply) {
                disconnect(reply, nullptr, this, nullptr);
                reply->cancel();
            }
        }
    }
}

void BroadcastJob::countOnline()
{
    const quint64 generation = ++m_countGeneration;
    for (const QPointer<ApiReply>& reply : std::as_const(m_countReplies)) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->cancel();
        }
    }
    m_countReplies.clear();
    m_counting = 0;
    for (int i = 0; i < m_targets.size(); ++i) {
        Status& status = m_statuses[i];
        AdminRestClient* client = m_targets.at(i).client;
        if (!client) {
            status.countState = CountState::Failed;
            status.countError = ApiError::make(ApiError::Kind::Cancelled);
            emit statusChanged(i);
            continue;
        }
        status.countState = CountState::Counting;
        status.countError = {};
        emit statusChanged(i);
        auto* reply = client->connectedUserCount();
        m_countReplies.append(reply);
        ++m_counting;
        connect(reply, &ApiReply::finished, this, [this, reply, i, generation] {
            if (generation != m_countGeneration)
                return;
            Status& status = m_statuses[i];
            if (reply->ok()) {
                status.countState = CountState::Counted;
                status.online = reply->value();
                status.countError = {};
            } else {
                status.countState = CountState::Failed;
                status.countError = reply->error();
            }
            emit statusChanged(i);
            if (--m_counting == 0)
                emit countsFinished();
        });
    }
    if (m_counting == 0)
        QMetaObject::invokeMethod(this, &BroadcastJob::countsFinished, Qt::QueuedConnection);
}

void BroadcastJob::send(const QString& message)
{
    if (m_sending > 0)
        return;
    m_message = message;
    ++m_sendGeneration;
    m_sendReplies.clear();
    for (int i = 0; i < m_targets.size(); ++i) {
        m_statuses[i].reached = -1;
        sendTo(i);
    }
    if (m_sending == 0)
        QMetaObject::invokeMethod(this, &BroadcastJob::sendFinished, Qt::QueuedConnection);
}

bool BroadcastJob::retryFailed()
{
    const QList<int> failed = failedTargets();
    if (m_sending > 0 || failed.isEmpty())
        return false;
    ++m_sendGeneration;
    m_sendReplies.clear();
    for (int i : failed)
        sendTo(i);
    if (m_sending == 0)
        QMetaObject::invokeMethod(this, &BroadcastJob::sendFinished, Qt::QueuedConnection);
    return true;
}

void BroadcastJob::sendTo(int i)
{
    Status& status = m_statuses[i];
    AdminRestClient* client = m_targets.at(i).client;
    if (!client) {
        status.sendState = SendState::Failed;
        status.sendError = ApiError::make(ApiError::Kind::Cancelled);
        emit statusChanged(i);
        return;
    }
    status.sendState = SendState::Sending;
    status.sendError = {};
    emit statusChanged(i);
    const quint64 generation = m_sendGeneration;
    if (m_audience == Audience::Registered) {
        watchSend(
            client->announce(m_message, m_style), i, generation, [](Status& status, const AnnounceResult& result) {
                status.reached = result.sent + result.queued;
                status.queued = result.queued;
            });
    } else {
        watchSend(client->broadcast(m_message, m_style), i, generation, [](Status& status, int reached) {
            status.reached = reached;
            status.queued = -1;
        });
    }
}

template <typename T>
void BroadcastJob::watchSend(TypedReply<T>* reply, int i, quint64 generation,
    const std::type_identity_t<std::function<void(Status&, const T&)>>& record)
{
    m_sendReplies.append(reply);
    ++m_sending;
    connect(reply, &ApiReply::finished, this, [this, reply, i, generation, record] {
        if (generation != m_sendGeneration)
            return;
        Status& status = m_statuses[i];
        if (reply->ok()) {
            status.sendState = SendState::Sent;
            record(status, reply->value());
            status.sendError = {};
        } else {
            status.sendState
                = reply->error().kind == ApiError::Kind::Cancelled ? SendState::Cancelled : SendState::Failed;
            status.sendError = reply->error();
        }
        emit statusChanged(i);
        if (--m_sending == 0) {
            reportEnd();
            emit sendFinished();
        }
    });
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
    const bool wasSending = m_sending > 0;
    const bool wasCounting = m_counting > 0;
    ++m_sendGeneration;
    ++m_countGeneration;
    m_sending = 0;
    m_counting = 0;
    const auto replies = m_sendReplies + m_countReplies;
    m_sendReplies.clear();
    m_countReplies.clear();
    for (const QPointer<ApiReply>& reply : replies) {
        if (reply)
            reply->cancel();
    }
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
