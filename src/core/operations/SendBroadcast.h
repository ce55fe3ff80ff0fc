// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiTypes.h"
#include "messaging/BroadcastTarget.h"
#include "operations/Operation.h"

#include <QList>

// Sends one message to the users of each of a list of servers, all asked at once (each target is a
// server of its own, an item labelled with the target's name): to those online now (POST
// /broadcast), or to every registered user, offline ones through their offline queue (POST
// /announce, our module's extension).
class SendBroadcast : public Operation
{
    Q_OBJECT
public:
    enum class Audience { Online, Registered };

    struct Reach
    {
        int reached = -1; // users the server reports the message reached
        int queued = -1; // Registered audience: of those reached, queued for offline users
    };

    SendBroadcast(const QList<BroadcastTarget>& targets, const QString& message, const MessageStyle& style,
        Audience audience, QObject* parent = nullptr);

    // A Succeeded item's reach.
    const Reach& reach(int index) const { return m_reach.at(index); }

private:
    QList<Reach> m_reach;
};
