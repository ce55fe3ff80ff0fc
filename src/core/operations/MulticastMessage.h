// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiTypes.h"
#include "operations/Operation.h"

#include <QSet>

#include <optional>

// One message to many recipients in one request, and who was online just before: one item of two
// steps, GET /users (the connected users) then POST /message with the recipients (the server's
// multicast, which answers only aggregate counts). When the first step fails, nothing is sent.
// What the counts mean for each recipient is the caller's to judge (MessageSendJob).
class MulticastMessage : public Operation
{
    Q_OBJECT
public:
    MulticastMessage(ServerSession* session, const QString& message, const MessageStyle& style,
        const QStringList& recipients, QObject* parent = nullptr);

    // The users connected before the multicast (bare JIDs or local parts, as the server named them),
    // once the first step succeeded.
    const std::optional<QStringList>& online() const { return m_online; }
    // The server's counts, once the multicast succeeded.
    const std::optional<MulticastResult>& counts() const { return m_counts; }
    // The error of the step that failed (the list of connected users, or the multicast).
    ApiError error() const { return outcome(0).error; }

private:
    std::optional<QStringList> m_online;
    std::optional<MulticastResult> m_counts;
};
