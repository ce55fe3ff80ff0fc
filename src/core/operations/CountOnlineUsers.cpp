// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/CountOnlineUsers.h"

#include "api/AdminRestClient.h"

CountOnlineUsers::CountOnlineUsers(const QList<BroadcastTarget>& targets, QObject* parent)
    : Operation(nullptr, parent)
    , m_online(targets.size(), -1)
{
    setConcurrency(int(targets.size()));
    setReportsEnd(false);
    for (int i = 0; i < targets.size(); ++i) {
        addItem(targets.at(i).name,
            {valueStepOn(
                targets.at(i).client, [](AdminRestClient* c) { return c->connectedUserCount(); },
                [this, i](int online) { m_online[i] = online; })});
    }
}
