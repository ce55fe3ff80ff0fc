#include "session/ServerResourceReads.h"

#include "session/ServerSession.h"

TypedReply<QList<RoomInfo>>* ServerResourceReads::rooms(
    const ServerSession* session, const QString& host, const QString& occupant)
{
    return session->client()->rooms(host, occupant);
}

TypedReply<RoomDetails>* ServerResourceReads::room(const ServerSession* session, const QString& roomJid)
{
    return session->client()->room(roomJid);
}

TypedReply<QList<S2sConnection>>* ServerResourceReads::s2sConnections(const ServerSession* session, const QString& host)
{
    return session->client()->s2sConnections(host);
}

TypedReply<QList<CertificateInfo>>* ServerResourceReads::certificates(const ServerSession* session, const QString& host)
{
    return session->client()->certificates(host);
}
