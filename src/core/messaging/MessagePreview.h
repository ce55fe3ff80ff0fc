// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiTypes.h"
#include "messaging/BroadcastTarget.h"
#include "operations/Operation.h"

// "Preview to Me": the message as it stands, sent to the account the target's client signs in with
// (POST /message/<own account>), so the operator sees it in their own XMPP client first. One item,
// labelled with that account.
class MessagePreview : public Operation
{
    Q_OBJECT
public:
    MessagePreview(
        const BroadcastTarget& target, const QString& text, const MessageStyle& style, QObject* parent = nullptr);

    // The bare JID the preview goes to (the target's admin account), empty without a client.
    static QString recipient(const BroadcastTarget& target);
    // What the server did with the message, once it succeeded.
    MessageDelivery delivery() const { return m_delivery; }

private:
    MessageDelivery m_delivery = MessageDelivery::Delivered;
};
