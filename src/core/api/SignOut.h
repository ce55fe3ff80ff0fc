// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class AdminRestClient;

// Lets go of a client whose owner is done with it (a session that disconnects, a probe that ended):
// the client signs out (AdminRestClient::signOut(): its requests end Cancelled, and the token it holds
// is revoked with DELETE /token) and is deleted when the server answered, or after LimitMs, whichever
// comes first. The sign-out, not the owner, keeps the client meanwhile, so the owner can go at once;
// a client without a token is deleted at once (from the event loop). Every client's records
// (requestFinished) stop here: the revocation is not in the activity log of what comes next.
class SignOut : public QObject
{
    Q_OBJECT
public:
    static constexpr int LimitMs = 3000;

    static void release(AdminRestClient* client);
    // Runs the event loop until every sign-out under way has ended, or for `timeoutMs` at most (at
    // quit); those still under way are then given up (their clients deleted, the requests aborted).
    // True when all had ended.
    static bool finishAll(int timeoutMs);
    // Sign-outs waiting for the server's answer.
    static int underWay();

signals:
    void ended();

private:
    explicit SignOut(QObject* parent);
    void end();

    bool m_ended = false;
};
