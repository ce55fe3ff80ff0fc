#pragma once

#include <QByteArray>
#include <QStringList>

// One request of the admin_rest API as a route of AdminRestClient describes it, before anything is
// checked or sent.
struct ApiRequest
{
    QByteArray method;
    QStringList segments; // decoded; validated and encoded when the call is made
    QByteArray query; // already encoded, without '?'
    QByteArray body;
    QByteArray contentType;
    // Set on the one request that is no GET but changes nothing on the server: the capability probe's
    // multicast to no recipients. A read-only client sends it like a read.
    bool changesNothing = false;

    // Whether sending the request may change something on the server: what a read-only client refuses.
    bool changesServer() const { return method != "GET" && !changesNothing; }
};
