// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// PATCH /user/<u>/role {"role": …} for each user, one after the other. Setting a role is idempotent,
// so a new attempt may go to every user again; retryFailed() resends only the failed ones.
class SetUserRoles : public Operation
{
    Q_OBJECT
public:
    // jids are bare JIDs (of the session's host, or a local part); role is a role id such as prosody:admin.
    SetUserRoles(ServerSession* session, const QStringList& jids, const QString& role, QObject* parent = nullptr);

    QString role() const { return m_role; }

private:
    QString m_role;
};
