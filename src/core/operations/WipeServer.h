// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// Destroys what the server stores: DELETE /data (accounts, rosters, every module's data) or
// DELETE /certs (its certificates). The server refuses (403) unless its configuration allows wipes.
class WipeServer : public Operation
{
    Q_OBJECT
public:
    enum class Target { Data, Certificates };
    Q_ENUM(Target)

    WipeServer(ServerSession* session, Target target, QObject* parent = nullptr);

    bool succeeded() const { return outcome(0).status == Status::Succeeded; }
};
