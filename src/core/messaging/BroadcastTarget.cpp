// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/BroadcastTarget.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

BroadcastTarget BroadcastTarget::of(const ServerSession* session)
{
    return {session->displayName(), session->client()};
}
