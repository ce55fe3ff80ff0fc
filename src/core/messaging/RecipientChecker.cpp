// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/RecipientChecker.h"

#include "session/ServerSession.h"

#include "api/AdminRestClient.h"
#include "session/RequestScope.h"

#include <algorithm>

RecipientChecker::RecipientChecker(AdminRestClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(new RequestScope(this))
{
}

RecipientChecker::~RecipientChecker()
{
    cancel();
}

void RecipientChecker::setClient(AdminRestClient* client)
{
    cancel();
    m_client = client;
}

void RecipientChecker::setSession(const ServerSession* session)
{
    setClient(session && session->hasServer() ? session->client() : nullptr);
}

void RecipientChecker::check(const QStringList& users)
{
    for (const QString& user : users) {
        if (user.isEmpty() || m_queue.contains(user))
            continue;
        const bool busy = std::any_of(
            m_inFlight.cbegin(), m_inFlight.cend(), [&user](const InFlight& item) { return item.user == user; });
        if (!busy)
            m_queue << user;
    }
    pump();
}

void RecipientChecker::cancel()
{
    m_scope->reset(); // the replies in flight are dropped unheard
    m_queue.clear();
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (const InFlight& item : inFlight) {
        if (item.reply)
            item.reply->cancel();
    }
}

void RecipientChecker::pump()
{
    if (!m_client) {
        m_queue.clear();
        return;
    }
    while (!m_queue.isEmpty() && m_inFlight.size() < m_maxConcurrent) {
        const QString user = m_queue.takeFirst();
        auto* reply = m_client->user(user);
        m_inFlight.append({user, reply});
        m_maxInFlightObserved = qMax(m_maxInFlightObserved, int(m_inFlight.size()));
        m_scope->onFinished(reply, [this, reply, user] {
            m_inFlight.removeIf([reply](const InFlight& item) { return !item.reply || item.reply == reply; });
            const ApiError& error = reply->error();
            if (!error.isError())
                emit checked(user, Existence::Exists, reply->value().connected, {});
            else if (error.kind == ApiError::Kind::NotFound || error.kind == ApiError::Kind::UnknownVirtualHost)
                emit checked(user, Existence::Unknown, false, error);
            else
                emit checked(user, Existence::CheckFailed, false, error);
            pump();
            if (!isBusy())
                emit idle();
        });
    }
}
