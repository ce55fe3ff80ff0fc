// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/SendBroadcast.h"

#include "api/AdminRestClient.h"

SendBroadcast::SendBroadcast(const QList<BroadcastTarget>& targets, const QString& message, const MessageStyle& style,
    Audience audience, QObject* parent)
    : Operation(nullptr, parent)
    , m_reach(targets.size())
{
    setConcurrency(int(targets.size()));
    setReportsEnd(false);
    for (int i = 0; i < targets.size(); ++i) {
        const QPointer<AdminRestClient>& client = targets.at(i).client;
        if (audience == Audience::Registered) {
            addItem(targets.at(i).name,
                {valueStepOn(
                    client, [message, style](AdminRestClient* c) { return c->announce(message, style); },
                    [this, i](const AnnounceResult& result) {
                        m_reach[i] = {result.sent + result.queued, result.queued};
                    })});
        } else {
            addItem(targets.at(i).name,
                {valueStepOn(
                    client, [message, style](AdminRestClient* c) { return c->broadcast(message, style); },
                    [this, i](int reached) {
                        m_reach[i] = {reached, -1};
                    })});
        }
    }
}
