// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// Sets one account's password: PATCH /user/<u>/password.
class ChangePassword : public Operation
{
    Q_OBJECT
public:
    ChangePassword(ServerSession* session, const QString& jid, const QString& password, QObject* parent = nullptr);

    bool succeeded() const { return outcome(0).status == Status::Succeeded; }
};
