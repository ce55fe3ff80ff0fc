#include "messaging/MessageSendJob.h"

#include "session/ServerSession.h"

#include "api/AdminRestClient.h"

#include <QMetaObject>

MessageSendJob::MessageSendJob(AdminRestClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

MessageSendJob::MessageSendJob(ServerSession* session, QObject* parent)
    : MessageSendJob(session->client(), parent)
{
    const Capabilities& caps = session->capabilities();
    m_tryMulticast = !caps.probed || caps.multicast;
}

MessageSendJob::~MessageSendJob()
{
    // Nothing may call back into a half-destroyed job: forget the replies, then abort them.
    ++m_round;
    const auto replies = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiReply>& reply : replies) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->cancel();
        }
    }
}

AdminRestClient* MessageSendJob::client() const
{
    return m_client;
}

bool MessageSendJob::isFor(const ServerSession* session) const
{
    return session && m_client && m_client == session->client();
}

void MessageSendJob::setMaxConcurrent(int count)
{
    m_maxConcurrent = qMax(1, count);
}

int MessageSendJob::count(Outcome outcome) const
{
    int n = 0;
    for (const QString& recipient : m_recipients) {
        if (this->outcome(recipient) == outcome)
            ++n;
    }
    return n;
}

bool MessageSendJob::isRetryable(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Dropped:
    case Outcome::NoSuchUser:
    case Outcome::Failed:
    case Outcome::Cancelled:
        return true;
    default:
        return false;
    }
}

bool MessageSendJob::isReached(Outcome outcome)
{
    return outcome == Outcome::Delivered || outcome == Outcome::Queued || outcome == Outcome::Reached;
}

QStringList MessageSendJob::retryableRecipients() const
{
    QStringList result;
    for (const QString& recipient : m_recipients) {
        if (isRetryable(outcome(recipient)))
            result << recipient;
    }
    return result;
}

void MessageSendJob::start(const QString& message, const QStringList& recipients)
{
    if (m_running)
        return;
    m_message = message;
    m_recipients.clear();
    m_outcomes.clear();
    m_errors.clear();
    m_inferred.clear();
    m_lastMulticast.reset();
    QSet<QString> seen;
    for (const QString& recipient : recipients) {
        const QString key = userKey(recipient);
        if (recipient.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        m_recipients << recipient;
        setOutcome(recipient, Outcome::Pending);
    }
    startRound(m_recipients);
}

bool MessageSendJob::retryFailed()
{
    if (m_running)
        return false;
    const QStringList again = retryableRecipients();
    if (again.isEmpty())
        return false;
    for (const QString& recipient : again)
        setOutcome(recipient, Outcome::Pending);
    startRound(again);
    return true;
}

void MessageSendJob::cancel()
{
    if (!m_running)
        return;
    ++m_round; // the replies' handlers ignore what follows
    const auto replies = m_inFlight;
    m_inFlight.clear();
    m_queue.clear();
    for (const QPointer<ApiReply>& reply : replies) {
        if (reply)
            reply->cancel();
    }
    for (const QString& recipient : std::as_const(m_recipients)) {
        const Outcome current = outcome(recipient);
        if (current == Outcome::Pending || current == Outcome::Sending)
            setOutcome(recipient, Outcome::Cancelled, ApiError::make(ApiError::Kind::Cancelled));
    }
    m_running = false;
    emit finished();
}

void MessageSendJob::startRound(const QStringList& recipients)
{
    m_running = true;
    const quint64 round = ++m_round;
    if (!m_client) {
        for (const QString& recipient : recipients)
            setOutcome(recipient, Outcome::Cancelled, ApiError::make(ApiError::Kind::Cancelled));
    }
    if (recipients.isEmpty() || !m_client) {
        // finished() from the event loop, as promised by start().
        QMetaObject::invokeMethod(
            this,
            [this, round] {
                if (round == m_round)
                    finishIfIdle();
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_tryMulticast && !m_multicastMissing) {
        QStringList together;
        QStringList alone;
        for (const QString& recipient : recipients)
            (m_unverified.contains(userKey(recipient)) ? alone : together) << recipient;
        // One recipient: the per-recipient route costs the same one request and answers exactly.
        if (together.size() > 1) {
            fetchOnlineThenMulticast(round, together);
            sendOneByOne(alone);
            return;
        }
    }
    sendOneByOne(recipients);
}

void MessageSendJob::setUnverified(const QStringList& recipients)
{
    m_unverified.clear();
    for (const QString& recipient : recipients)
        m_unverified.insert(userKey(recipient));
}

void MessageSendJob::fetchOnlineThenMulticast(quint64 round, const QStringList& recipients)
{
    for (const QString& recipient : recipients)
        setOutcome(recipient, Outcome::Sending);
    auto* sessions = m_client->connectedSessions();
    addInFlight(sessions);
    connect(sessions, &ApiReply::finished, this, [this, sessions, round, recipients] {
        if (round != m_round)
            return;
        removeInFlight(sessions);
        if (!sessions->ok()) {
            // Without knowing who is online, multicast counts cannot be attributed: ask one by one.
            sendOneByOne(recipients);
            finishIfIdle();
            return;
        }
        QSet<QString> online;
        for (const ConnectedSession& session : sessions->value())
            online.insert(userKey(session.username));
        multicast(round, recipients, online);
    });
}

void MessageSendJob::multicast(quint64 round, const QStringList& recipients, const QSet<QString>& online)
{
    QList<MulticastRecipient> list;
    list.reserve(recipients.size());
    for (const QString& recipient : recipients)
        list.append({recipient, m_message});
    auto* reply = m_client->multicast(list, m_style);
    addInFlight(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, round, recipients, online] {
        if (round != m_round)
            return;
        removeInFlight(reply);
        const ApiError& error = reply->error();
        if (!error.isError()) {
            m_lastMulticast = reply->value();
            reconcileMulticast(recipients, online, reply->value());
        } else if (error.kind == ApiError::Kind::NotSupported
            || (error.kind == ApiError::Kind::ServerError && error.serverMessage.isEmpty())) {
            // The published "current" module answers every multicast 404 "Invalid request path";
            // "classic" fails on every multicast with Prosody's own 500 page (no JSON envelope: its
            // handler raised an error, before sending anything). Either way nothing was sent.
            m_multicastMissing = true;
            emit fellBackToSingleMessages();
            sendOneByOne(recipients);
        } else if (error.kind == ApiError::Kind::NotFound) {
            // 404 "No multicast recipients": nothing was sent nor queued, so asking one by one
            // duplicates nothing and tells each recipient's reason (no such user, dropped).
            sendOneByOne(recipients);
        } else {
            // A 2xx the client could not read: the server did send. Anything else: it did not
            // (or, for a failure mid-way, the server cannot tell us for whom).
            const bool answeredSuccess = error.httpStatus >= 200 && error.httpStatus < 300;
            for (const QString& recipient : recipients)
                setOutcome(recipient, answeredSuccess ? Outcome::Uncertain : Outcome::Failed, error);
        }
        finishIfIdle();
    });
}

// Multicast answers only aggregate counts, "S/D": S sent to online sessions, D queued. We keep
// multicast (one request, however many recipients) and attribute the counts with the list of
// connected users fetched just before, checking that they add up:
// - S equals the recipients that were online: those are Delivered. Then, of the offline ones,
//   - D equals all of them: Queued;
//   - D is 0: the server neither sent nor queued anything to them (dropped, or no such user): they
//     are asked again one by one, which duplicates nothing and answers each exactly (501, 404);
//   - otherwise some were queued and we cannot say which: Uncertain (never retried on its own).
// - S differs but S + D covers everyone: presence changed between the two requests, everyone was
//   reached but we cannot say how: Reached.
// - anything else: Uncertain.
// The window between the two requests is a few milliseconds; a caller that needs every
// recipient's exact outcome sets setTryMulticast(false) and pays one request per recipient.
void MessageSendJob::reconcileMulticast(
    const QStringList& recipients, const QSet<QString>& online, const MulticastResult& counts)
{
    QStringList wereOnline;
    QStringList wereOffline;
    for (const QString& recipient : recipients)
        (online.contains(userKey(recipient)) ? wereOnline : wereOffline) << recipient;

    if (counts.sent == wereOnline.size()) {
        for (const QString& recipient : std::as_const(wereOnline))
            setOutcome(recipient, Outcome::Delivered, {}, true);
        if (counts.queued == wereOffline.size()) {
            for (const QString& recipient : std::as_const(wereOffline))
                setOutcome(recipient, Outcome::Queued, {}, true);
        } else if (counts.queued == 0) {
            sendOneByOne(wereOffline);
        } else {
            for (const QString& recipient : std::as_const(wereOffline))
                setOutcome(recipient, Outcome::Uncertain, {}, true);
        }
        return;
    }
    const Outcome all = counts.sent + counts.queued == recipients.size() ? Outcome::Reached : Outcome::Uncertain;
    for (const QString& recipient : recipients)
        setOutcome(recipient, all, {}, true);
}

void MessageSendJob::sendOneByOne(const QStringList& recipients)
{
    for (const QString& recipient : recipients) {
        setOutcome(recipient, Outcome::Pending);
        m_queue << recipient;
    }
    pump();
}

void MessageSendJob::pump()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < m_maxConcurrent && m_running)
        sendSingle(m_queue.takeFirst());
}

void MessageSendJob::sendSingle(const QString& recipient)
{
    const quint64 round = m_round;
    setOutcome(recipient, Outcome::Sending);
    auto* reply = m_client->sendMessage(recipient, m_message, m_style);
    addInFlight(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, round, recipient] {
        if (round != m_round)
            return;
        removeInFlight(reply);
        const ApiError& error = reply->error();
        switch (error.kind) {
        case ApiError::Kind::None:
            setOutcome(recipient, reply->value() == MessageDelivery::Queued ? Outcome::Queued : Outcome::Delivered);
            break;
        case ApiError::Kind::NotFound:
        case ApiError::Kind::UnknownVirtualHost: // user@host where this server does not serve host
            setOutcome(recipient, Outcome::NoSuchUser, error);
            break;
        case ApiError::Kind::MessageDropped:
            setOutcome(recipient, Outcome::Dropped, error);
            break;
        case ApiError::Kind::Cancelled:
            setOutcome(recipient, Outcome::Cancelled, error);
            break;
        default:
            setOutcome(recipient, Outcome::Failed, error);
            break;
        }
        pump();
        finishIfIdle();
    });
}

void MessageSendJob::setOutcome(const QString& recipient, Outcome outcome, const ApiError& error, bool inferred)
{
    const bool changed = m_outcomes.value(recipient, Outcome::Pending) != outcome || !m_outcomes.contains(recipient)
        || m_inferred.contains(recipient) != inferred;
    m_outcomes.insert(recipient, outcome);
    if (error.isError())
        m_errors.insert(recipient, error);
    else
        m_errors.remove(recipient);
    if (inferred)
        m_inferred.insert(recipient);
    else
        m_inferred.remove(recipient);
    if (changed || error.isError())
        emit outcomeChanged(recipient, outcome);
}

void MessageSendJob::addInFlight(ApiReply* reply)
{
    m_inFlight.append(reply);
    m_maxInFlightObserved = qMax(m_maxInFlightObserved, int(m_inFlight.size()));
}

void MessageSendJob::removeInFlight(ApiReply* reply)
{
    m_inFlight.removeIf([reply](const QPointer<ApiReply>& p) { return !p || p == reply; });
}

void MessageSendJob::finishIfIdle()
{
    if (!m_running || !m_inFlight.isEmpty() || !m_queue.isEmpty())
        return;
    m_running = false;
    emit finished();
}

QString MessageSendJob::userKey(const QString& user) const
{
    const QString lower = user.trimmed().toLower();
    if (lower.contains(QLatin1Char('@')) || !m_client)
        return lower;
    return lower + QLatin1Char('@') + m_client->domain().toLower();
}
