// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/MessagePreview.h"

#include "api/AdminRestClient.h"
#include "input/UserReference.h"

MessagePreview::MessagePreview(
    const BroadcastTarget& target, const QString& text, const MessageStyle& style, QObject* parent)
    : Operation(nullptr, parent)
{
    setReportsEnd(false);
    const QString own = recipient(target);
    addItem(own,
        {valueStepOn(
            target.client,
            [own, text, style](
                AdminRestClient* c) { return c->sendMessage(UserReference::forPath(own, c->domain()), text, style); },
            [this](MessageDelivery delivery) { m_delivery = delivery; })});
}

QString MessagePreview::recipient(const BroadcastTarget& target)
{
    return target.client ? target.client->settings().jid.section(QLatin1Char('/'), 0, 0) : QString();
}
