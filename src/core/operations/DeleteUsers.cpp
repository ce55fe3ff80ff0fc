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
        addItem(jid,
            {valueStep([path](AdminRestClient* c) { return c->deleteUser(path); },
                [this, index](
                    DeleteUserResult result) { m_alreadyGone[index] = result == DeleteUserResult::DidNotExist; })});
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
