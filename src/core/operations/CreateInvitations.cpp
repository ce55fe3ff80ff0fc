#include "operations/CreateInvitations.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

CreateInvitations::CreateInvitations(ServerSession* session, const QList<InvitationRequest>& requests, QObject* parent)
    : Operation(session, parent)
{
    setConcurrency(1);
    for (const InvitationRequest& request : requests) {
        const int index = int(m_invitations.size());
        m_invitations.append(Invitation{});
        const QString label = request.username.isEmpty() ? tr("(any name)") : request.username;
        addItem(label, {step([this, index, request](AdminRestClient* c) -> ApiReply* {
            TypedReply<Invitation>* reply = c->createInvitation(request);
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

Invitation CreateInvitations::invitation(int index) const
{
    return outcome(index).status == Status::Succeeded ? m_invitations.at(index) : Invitation{};
}

QList<Invitation> CreateInvitations::created() const
{
    QList<Invitation> found;
    for (int i = 0; i < itemCount(); ++i) {
        if (outcome(i).status == Status::Succeeded)
            found << m_invitations.at(i);
    }
    return found;
}
