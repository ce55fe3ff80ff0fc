// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/SendMessages.h"

#include "api/AdminRestClient.h"

SendMessages::SendMessages(ServerSession* session, const QString& message, const MessageStyle& style,
    const QStringList& recipients, int concurrency, QObject* parent)
    : Operation(session, parent)
{
    setConcurrency(concurrency);
    setReportsEnd(false);
    for (const QString& recipient : recipients) {
        const int index = int(m_deliveries.size());
        m_deliveries.append(MessageDelivery::Delivered);
        addItem(recipient,
            {valueStep(
                [recipient, message, style](AdminRestClient* c) { return c->sendMessage(recipient, message, style); },
                [this, index](MessageDelivery delivery) { m_deliveries[index] = delivery; })});
    }
}
