// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// How to name a user in an API path so that every version of the module understands it. The
// published classic module accepts only a localpart ("alice"; "alice@example.org" answers 404), so
// a JID on the module's own host is sent as its localpart. A JID on another host of the server
// stays a bare JID, which only the current module and ours accept.
class UserReference
{
public:
    // `jid` is a bare JID or a localpart; `moduleDomain` is the host the module acts on
    // (AdminRestClient::domain()).
    static QString forPath(const QString& jid, const QString& moduleDomain);
};
