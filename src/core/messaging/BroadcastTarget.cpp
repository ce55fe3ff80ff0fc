#include "messaging/BroadcastTarget.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

BroadcastTarget BroadcastTarget::of(const ServerSession* session)
{
    return {session->displayName(), session->client()};
}
