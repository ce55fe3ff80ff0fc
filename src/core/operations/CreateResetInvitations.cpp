#include "operations/CreateResetInvitations.h"

#include "api/AdminRestClient.h"
#include "input/UserReference.h"
#include "session/ServerSession.h"

CreateResetInvitations::CreateResetInvitations(ServerSession* session, const QStringList& jids, QObject* parent)
    : Operation(session, parent)
{
    setConcurrency(1);
    const QString domain = client() ? client()->domain() : QString();
    for (const QString& jid : jids) {
        const int index = int(m_invitations.size());
        m_invitations.append(Invitation{});
        const QString path = UserReference::forPath(jid, domain);
        addItem(jid, {step([this, index, path](AdminRestClient* c) -> ApiReply* {
            TypedReply<Invitation>* reply = c->createResetInvitation(path);
            auto record = [this, index, reply] {
                if (reply->ok())
                    m_invitations[index] = reply->value();
            };
            if (reply->isFinished())
                record();
            else
                connect(reply, &ApiReply::finished, this, record);
            return reply;
        })});
    }
}

Invitation CreateResetInvitations::invitation(int index) const
{
    return outcome(index).status == Status::Succeeded ? m_invitations.at(index) : Invitation{};
}
