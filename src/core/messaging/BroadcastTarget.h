// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QString>

class AdminRestClient;
class ServerSession;

// One server a broadcast goes to: its client and the name the operator knows it by.
struct BroadcastTarget
{
    QString name;
    QPointer<AdminRestClient> client;

    // Whether its client is still there (a session connected anew drops its old one).
    bool isAvailable() const { return !client.isNull(); }
    // The session's server, under the name the session shows.
    static BroadcastTarget of(const ServerSession* session);
};
