// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
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
    // How the request authenticates. Session: with the client's token where it signs in once
    // (AdminRestClient::setTokenAuthentication), else with the password. Password: always HTTP Basic
    // (POST /token). HeldToken: the token the client holds, else the password; never signs in for one.
    enum class Auth { Session, Password, HeldToken };
    Auth auth = Auth::Session;

    // Whether sending the request may change something on the server: what a read-only client refuses.
    bool changesServer() const { return method != "GET" && !changesNothing; }
    // Whether sending it twice does what sending it once does: such a request refused for its token
    // (401) is sent again, once, with a new token. GET, PUT and DELETE (the module's deletions of
    // something already gone answer as if it was there), and the POSTs that change nothing (batch reads).
    // POST and PATCH are not: a 401 there is reported, and the next request has a new token.
    bool idempotent() const { return method == "GET" || method == "PUT" || method == "DELETE" || changesNothing; }
};
