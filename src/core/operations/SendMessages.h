// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiTypes.h"
#include "operations/Operation.h"

#include <QList>

// Sends one message to each recipient, one request each (POST /message/<user>), at most
// `concurrency` at a time: each recipient's delivery (sent to its online sessions, or queued for
// offline delivery) or the error that the server answered (404 no such user, 501 dropped, …).
// Recipients are given as the server expects them ("alice" on the session's host, "bob@other.example"
// elsewhere); they are the items' labels.
class SendMessages : public Operation
{
    Q_OBJECT
public:
    SendMessages(ServerSession* session, const QString& message, const MessageStyle& style,
        const QStringList& recipients, int concurrency, QObject* parent = nullptr);

    // What the server did with a Succeeded item's message.
    MessageDelivery delivery(int index) const { return m_deliveries.at(index); }

private:
    QList<MessageDelivery> m_deliveries;
};
