#pragma once

#include "operations/Operation.h"

#include <QList>

// DELETE /user/<u> for each user, at most Concurrency at a time. An item succeeds when the account
// is gone: either this call deleted it, or the server answered that it did not exist any more
// (deleted meanwhile, elsewhere); wasAlreadyGone() tells which.
class DeleteUsers : public Operation
{
    Q_OBJECT
public:
    // Fewer than Qt's six connections: deleting an account makes Prosody remove its roster and
    // stored data, which is heavier on the server than a read.
    static constexpr int Concurrency = 4;

    // jids are bare JIDs (of the session's host, or a local part).
    DeleteUsers(ServerSession* session, const QStringList& jids, QObject* parent = nullptr);

    // The item succeeded because the server had no such account (DeleteUserResult::DidNotExist).
    bool wasAlreadyGone(int index) const;
    // The labels of the succeeded items this operation deleted, and of those already gone, in order.
    QStringList deleted() const;
    QStringList alreadyGone() const;

private:
    QList<bool> m_alreadyGone; // per item, from its last successful reply
};
