// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/BearerToken.h"

#include <QString>

void BearerToken::setEnabled(bool enabled)
{
    if (!enabled) {
        m_header.clear();
        m_state = State::Off;
    } else if (m_state == State::Off) {
        m_state = State::Missing;
    }
}

void BearerToken::fetchStarted()
{
    m_state = State::Fetching;
}

QList<BearerToken::Waiter> BearerToken::fetched(const QString& token)
{
    m_header = "Bearer " + token.toLatin1();
    m_state = State::Held;
    ++m_fetchCount;
    return takeWaiters();
}

QList<BearerToken::Waiter> BearerToken::fetchFailed(bool fallBack)
{
    m_header.clear();
    m_state = fallBack ? State::Off : State::Missing;
    return takeWaiters();
}

void BearerToken::refused(const QByteArray& header)
{
    if (m_state == State::Held && header == m_header) {
        forget();
    }
}

void BearerToken::forget()
{
    m_header.clear();
    if (m_state == State::Held) {
        m_state = State::Missing;
    }
}

QList<BearerToken::Waiter> BearerToken::takeWaiters()
{
    QList<Waiter> waiters;
    waiters.swap(m_waiters);
    return waiters;
}
