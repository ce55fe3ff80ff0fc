// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/MessageSendJob.h"

#include "api/AdminRestClient.h"
#include "operations/MulticastMessage.h"
#include "operations/SendMessages.h"
#include "session/ServerSession.h"

#include <QMetaObject>

MessageSendJob::MessageSendJob(ServerSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_client(session->client())
    , m_domain(session->domain().toLower())
{
    const Capabilities& caps = session->capabilities();
    m_tryMulticast = !caps.probed || caps.multicast;
}

MessageSendJob::~MessageSendJob()
{
    dropOperations();
}

bool MessageSendJob::isFor(const ServerSession* session) const
{
    return session && m_client && m_client == session->client();
}

int MessageSendJob::inFlight() const
{
    int running = 0;
    for (const QPointer<Operation>& operation : m_operations) {
        if (operation)
            running += operation->count(Operation::Status::Running);
    }
    return running;
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
    dropOperations();
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
    dropOperations();
    m_running = true;
    if (!m_session || !m_client || m_session->client() != m_client) {
        // The server this job was made for is gone: nothing is sent.
        for (const QString& recipient : recipients)
            setOutcome(recipient, Outcome::Cancelled, ApiError::make(ApiError::Kind::Cancelled));
    } else if (m_tryMulticast && !m_multicastMissing) {
        QStringList together;
        QStringList alone;
        for (const QString& recipient : recipients)
            (m_unverified.contains(userKey(recipient)) ? alone : together) << recipient;
        // One recipient: the per-recipient route costs the same one request and answers exactly.
        if (together.size() > 1) {
            multicast(together);
            sendOneByOne(alone);
            return;
        }
        sendOneByOne(recipients);
        return;
    } else {
        sendOneByOne(recipients);
        return;
    }
    // finished() from the event loop, as promised by start().
    QMetaObject::invokeMethod(this, &MessageSendJob::finishIfIdle, Qt::QueuedConnection);
}

void MessageSendJob::setUnverified(const QStringList& recipients)
{
    m_unverified.clear();
    for (const QString& recipient : recipients)
        m_unverified.insert(userKey(recipient));
}

void MessageSendJob::multicast(const QStringList& recipients)
{
    for (const QString& recipient : recipients)
        setOutcome(recipient, Outcome::Sending);
    auto* operation = new MulticastMessage(m_session, m_message, m_style, recipients, this);
    connect(operation, &Operation::finished, this, [this, operation, recipients] {
        multicastFinished(*operation, recipients);
        finishIfIdle();
    });
    run(operation);
}

void MessageSendJob::multicastFinished(const MulticastMessage& operation, const QStringList& recipients)
{
    if (!operation.online()) {
        // Without knowing who is online, multicast counts cannot be attributed: ask one by one.
        sendOneByOne(recipients);
        return;
    }
    if (operation.counts()) {
        m_lastMulticast = operation.counts();
        QSet<QString> online;
        for (const QString& user : *operation.online())
            online.insert(userKey(user));
        reconcileMulticast(recipients, online, *operation.counts());
        return;
    }
    const ApiError error = operation.error();
    if (error.kind == ApiError::Kind::NotSupported
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
    if (recipients.isEmpty())
        return;
    for (const QString& recipient : recipients)
        setOutcome(recipient, Outcome::Pending);
    auto* operation = new SendMessages(m_session, m_message, m_style, recipients, m_maxConcurrent, this);
    connect(
        operation, &Operation::itemChanged, this, [this, operation](int index) { singleChanged(*operation, index); });
    connect(operation, &Operation::finished, this, &MessageSendJob::finishIfIdle);
    run(operation);
}

void MessageSendJob::singleChanged(const SendMessages& operation, int index)
{
    const Operation::Outcome& item = operation.outcome(index);
    const ApiError& error = item.error;
    switch (item.status) {
    case Operation::Status::NotStarted:
        setOutcome(item.label, Outcome::Pending);
        break;
    case Operation::Status::Running:
        setOutcome(item.label, Outcome::Sending);
        break;
    case Operation::Status::Succeeded:
        setOutcome(
            item.label, operation.delivery(index) == MessageDelivery::Queued ? Outcome::Queued : Outcome::Delivered);
        break;
    case Operation::Status::Cancelled:
        setOutcome(item.label, Outcome::Cancelled, error);
        break;
    case Operation::Status::Failed:
    case Operation::Status::Skipped:
        if (error.kind == ApiError::Kind::NotFound || error.kind == ApiError::Kind::UnknownVirtualHost)
            setOutcome(item.label, Outcome::NoSuchUser, error); // UnknownVirtualHost: user@host not served here
        else if (error.kind == ApiError::Kind::MessageDropped)
            setOutcome(item.label, Outcome::Dropped, error);
        else
            setOutcome(item.label, Outcome::Failed, error);
        break;
    }
}

void MessageSendJob::run(Operation* operation)
{
    m_operations.append(operation);
    connect(operation, &Operation::progress, this, [this] {
        for (const QPointer<Operation>& running : std::as_const(m_operations)) {
            if (running)
                m_maxInFlightObserved = qMax(m_maxInFlightObserved, running->peakInFlight());
        }
    });
    operation->start();
}

void MessageSendJob::dropOperations()
{
    const auto operations = m_operations;
    m_operations.clear();
    for (const QPointer<Operation>& operation : operations) {
        if (operation) {
            disconnect(operation, nullptr, this, nullptr);
            operation->abort();
            operation->deleteLater();
        }
    }
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

void MessageSendJob::finishIfIdle()
{
    if (!m_running)
        return;
    for (const QPointer<Operation>& operation : std::as_const(m_operations)) {
        if (operation && operation->isRunning())
            return;
    }
    m_running = false;
    emit finished();
}

QString MessageSendJob::userKey(const QString& user) const
{
    const QString lower = user.trimmed().toLower();
    if (lower.contains(QLatin1Char('@')) || m_domain.isEmpty())
        return lower;
    return lower + QLatin1Char('@') + m_domain;
}
