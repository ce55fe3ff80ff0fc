// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccountTypes.h"
#include "operations/Operation.h"

#include <QList>

// DELETE /user/<u>[?immediate=true] for each user (AdminRestClient::deleteAccount), at most
// Concurrency at a time; where the server has batch routes (our module), in POST
// /batch/delete-users requests instead, each user with the outcome its own DELETE would have had.
// On a server with a grace period (Prosody 13, mod_user_account_management) the account is then
// kept restorable: the server answers 202 with "restorable until <time>", which is the item's
// message; Mode::Immediately deletes at once, for good. An item succeeds when the account is gone
// or scheduled: deleted now, scheduled, or already gone (deleted meanwhile, elsewhere).
class DeleteUsers : public Operation
{
    Q_OBJECT
public:
    enum class Mode {
        AsTheServerKeepsThem, // restorable where the server has a grace period, else final
        Immediately, // final also where the server has a grace period
    };
    // Fewer than Qt's six connections: deleting an account makes Prosody remove its roster and
    // stored data, which is heavier on the server than a read.
    static constexpr int Concurrency = 4;

    // jids are bare JIDs (of the session's host, or a local part).
    DeleteUsers(ServerSession* session, const QStringList& jids, Mode mode = Mode::AsTheServerKeepsThem,
        QObject* parent = nullptr);

    Mode mode() const { return m_mode; }
    // How item `index`'s account went, once it succeeded.
    AccountDeletion::Outcome result(int index) const { return m_results.at(index); }
    // The item succeeded because the server had no such account.
    bool wasAlreadyGone(int index) const;
    // The labels of the succeeded items deleted for good, scheduled (restorable), and already gone, in order.
    QStringList deleted() const;
    QStringList scheduled() const;
    QStringList alreadyGone() const;

private:
    QStringList succeeded(AccountDeletion::Outcome outcome) const;

    Mode m_mode;
    QStringList m_paths; // per item
    QList<AccountDeletion::Outcome> m_results; // per item, from its last successful reply
    int m_batch = -1;
};
