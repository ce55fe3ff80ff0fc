#include "messaging/MessagePreview.h"

#include "api/AdminRestClient.h"
#include "input/UserReference.h"

QString MessagePreview::recipient(const AdminRestClient* client)
{
    return client ? client->settings().jid.section(QLatin1Char('/'), 0, 0) : QString();
}

TypedReply<MessageDelivery>* MessagePreview::send(
    AdminRestClient* client, const QString& text, const MessageStyle& style)
{
    return client->sendMessage(UserReference::forPath(recipient(client), client->domain()), text, style);
}
