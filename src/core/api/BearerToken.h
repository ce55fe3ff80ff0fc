// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QList>

#include <functional>

// The client's side of signing in once (our module's tokens): whether the client uses a token, the
// token it holds (in memory only, as the Authorization header to send), and the requests waiting
// while one is fetched. AdminRestClient drives it: Off (HTTP Basic on every request) ⇄ Missing (the
// next request fetches one) → Fetching (requests wait) → Held (requests carry it) → Missing again
// when the server refuses it. A fetch that fails because the server has no tokens turns tokens Off:
// the password goes with each request, as on the published modules. The waiters get the error that
// ends them unsent (the password refused, the server out of reach), or none: then they are sent.
class BearerToken
{
public:
    enum class State { Off, Missing, Fetching, Held };
    using Waiter = std::function<void(const ApiError& failure)>;

    State state() const { return m_state; }
    // Turns signing in once on (Missing, unless a token is held or being fetched) or off (forgets the token).
    void setEnabled(bool enabled);
    bool enabled() const { return m_state != State::Off; }
    // "Bearer <token>" while one is held, else empty.
    QByteArray header() const { return m_state == State::Held ? m_header : QByteArray(); }
    // How many tokens the server issued to the client: one per sign-in (and renewal).
    int fetchCount() const { return m_fetchCount; }

    void fetchStarted();
    // The fetch's end: the token, or none (`fallBack`: turn tokens off; else try again next time).
    // Returns the waiters to run, in the order they came.
    QList<Waiter> fetched(const QString& token);
    QList<Waiter> fetchFailed(bool fallBack);
    // The server refused `header` (401): forgotten, unless another token replaced it meanwhile.
    void refused(const QByteArray& header);
    // Forgets the token held (the server revoked it, or the connection changed).
    void forget();
    // Runs `waiter` when the fetch under way ends.
    void wait(Waiter waiter) { m_waiters.append(std::move(waiter)); }

private:
    QList<Waiter> takeWaiters();

    State m_state = State::Off;
    QByteArray m_header;
    QList<Waiter> m_waiters;
    int m_fetchCount = 0;
};
