// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// Adds addresses to the whitelist (PUT /whitelist/<address>) or removes them (DELETE …), one after
// the other in the given order, and stops at the first failure: the addresses after it are left
// NotStarted. Order matters here: the first address added turns the whitelist on, and the last one
// removed may lock everyone out.
class ChangeWhitelist : public Operation
{
    Q_OBJECT
public:
    enum class Change { Add, Remove };
    Q_ENUM(Change)

    ChangeWhitelist(ServerSession* session, Change change, const QStringList& addresses, QObject* parent = nullptr);

    Change change() const { return m_change; }
    // Every address was added (or removed).
    bool allDone() const { return count(Status::Succeeded) == itemCount(); }

private:
    Change m_change;
};
