// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiTypes.h"
#include "operations/Operation.h"

// Adds one account: POST /user/<u> with its password (and the registration address, if given). On
// an account that exists, the server replaces its password (the pane asks first, after reading
// GET /user/<u>); created() tells which the server did.
class AddUser : public Operation
{
    Q_OBJECT
public:
    AddUser(ServerSession* session, const QString& jid, const QString& password, const QString& registrationIp = {},
        QObject* parent = nullptr);

    bool succeeded() const { return outcome(0).status == Status::Succeeded; }
    // Created, or PasswordUpdated for an account that existed; meaningful once succeeded().
    CreateUserResult result() const { return m_result; }

private:
    CreateUserResult m_result = CreateUserResult::Created;
};
