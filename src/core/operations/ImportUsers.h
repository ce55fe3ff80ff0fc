// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccountTypes.h"
#include "api/ApiTypes.h"
#include "bulk/UserImportPlan.h"
#include "operations/Operation.h"

#include <QList>

// Imports users as a UserImportPlan says, one item per entry of the plan, in file order:
// - Create: POST /user/<u> with the password; where the server has batch routes (our module), the
//   creations go together in POST /batch/create-users requests instead, each user with its own
//   outcome, exactly as its own POST would have given;
// - OverwritePassword: PATCH /user/<u>/password;
// - Invite: POST /invites for the user name (and the row's role), instead of a password;
// - then PATCH /user/<u>/role where a created or changed row names a role;
// - Skip: a skipped item whose message is the plan's reason.
// retryFailed() resumes each failed item at the step that failed, so nothing is created twice.
class ImportUsers : public Operation
{
    Q_OBJECT
public:
    ImportUsers(ServerSession* session, const UserImportPlan& plan, QObject* parent = nullptr);

    // The dialog's choice of how many requests at once (a batch request counts once).
    using Operation::setConcurrency;
    // The invitations made, in item order, for the CSV export of (user, link).
    QList<Invitation> invitations() const;

private:
    void addEntry(const UserImportPlan::Entry& entry);

    QList<UserImportPlan::Entry> m_entries; // per item
    QList<Invitation> m_invitations; // per item, where it invites
    int m_batch = -1;
};
