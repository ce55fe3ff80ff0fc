#pragma once

#include "api/ApiTypes.h"

#include <QString>

class AdminRestClient;
template <typename T> class TypedReply;

// "Preview to Me": the message as it stands, sent to the account the client signs in with
// (POST /message/<own account>), so the operator sees it in their own XMPP client first.
class MessagePreview
{
public:
    // The bare JID the preview goes to (the client's admin account), empty without a client.
    static QString recipient(const AdminRestClient* client);
    static TypedReply<MessageDelivery>* send(AdminRestClient* client, const QString& text, const MessageStyle& style);
};
