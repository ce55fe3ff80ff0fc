#pragma once

#include "api/AdminRestClient.h"

class ServerSession;

// The reads of the rooms, federation and certificates extensions on a session's current server,
// each named like the client's call (issue 16). They belong among ServerSession's read methods (a
// compact block there); kept apart for now so that this branch leaves ServerSession.h, which nearly
// every file includes, as it is on main. For a connected session (a pane checks that first).
class ServerResourceReads
{
public:
    static TypedReply<QList<RoomInfo>>* rooms(
        const ServerSession* session, const QString& host = {}, const QString& occupant = {});
    static TypedReply<RoomDetails>* room(const ServerSession* session, const QString& roomJid);
    static TypedReply<QList<S2sConnection>>* s2sConnections(const ServerSession* session, const QString& host = {});
    static TypedReply<QList<CertificateInfo>>* certificates(const ServerSession* session, const QString& host = {});
};
