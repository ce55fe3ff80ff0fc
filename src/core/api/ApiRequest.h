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
};
