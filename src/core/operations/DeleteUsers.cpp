#include "operations/DeleteUsers.h"

#include "api/AdminRestClient.h"
#include "input/UserReference.h"
#include "session/ServerSession.h"

DeleteUsers::DeleteUsers(ServerSession* session, const QStringList& jids, QObject* parent)
    : Operation(session, parent)
{
    setConcurrency(Concurrency);
    const QString domain = client() ? client()->domain() : QString();
    for (const QString& jid : jids) {
        const int index = int(m_alreadyGone.size());
        m_alreadyGone.append(false);
        const QString path = UserReference::forPath(jid, domain);
        addItem(jid, {step([this, index, path](AdminRestClient* c) -> ApiReply* {
            TypedReply<DeleteUserResult>* reply = c->deleteUser(path);
            // BulkJob::Outcome carries no typed value: record it here. Connected before the job
            // connects, so it is set by the time the item's outcome is announced.
            auto record = [this, index, reply] {
                if (reply->ok())
                    m_alreadyGone[index] = reply->value() == DeleteUserResult::DidNotExist;
            };
            if (reply->isFinished())
                record();
            else
                connect(reply, &ApiReply::finished, this, record);
            return reply;
        })});
    }
}

bool DeleteUsers::wasAlreadyGone(int index) const
{
    return outcome(index).status == Status::Succeeded && m_alreadyGone.at(index);
}

QStringList DeleteUsers::deleted() const
{
    QStringList found;
    for (int i = 0; i < itemCount(); ++i) {
        if (outcome(i).status == Status::Succeeded && !m_alreadyGone.at(i))
            found << outcome(i).label;
    }
    return found;
}

QStringList DeleteUsers::alreadyGone() const
{
    QStringList found;
    for (int i = 0; i < itemCount(); ++i) {
        if (wasAlreadyGone(i))
            found << outcome(i).label;
    }
    return found;
}
