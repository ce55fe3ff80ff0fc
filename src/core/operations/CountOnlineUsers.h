// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "messaging/BroadcastTarget.h"
#include "operations/Operation.h"

#include <QList>

// Counts the users online on each of a list of servers (GET /users/count), all asked at once: each
// target is a server of its own, an item labelled with the target's name.
class CountOnlineUsers : public Operation
{
    Q_OBJECT
public:
    explicit CountOnlineUsers(const QList<BroadcastTarget>& targets, QObject* parent = nullptr);

    // A Succeeded item's count.
    int online(int index) const { return m_online.at(index); }

private:
    QList<int> m_online;
};
