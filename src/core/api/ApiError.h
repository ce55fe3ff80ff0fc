// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSslCertificate>
#include <QString>

// An error of one API call, as a value. Classified once, where the reply is parsed;
// turned into a sentence for the user in one place: userMessage().
struct ApiError
{
    Q_GADGET
public:
    enum class Kind {
        None,
        InvalidInput, // refused before anything was sent (bad path segment, empty password, …)
        InsecureTransport, // Basic auth over plain HTTP to a non-loopback host without the opt-in
        ReadOnly, // a request that changes something, refused because the profile is read-only
        HostNotFound, // DNS: the server's name is unknown
        ConnectionRefused, // nothing listens on that port
        Timeout, // no answer within the profile's timeout
        Tls, // certificate or handshake failure
        Network, // any other transport failure (reset, closed mid-way)
        Cancelled, // cancel() was called
        AuthenticationFailed, // 401 "Authentication failure" or 400 "Invalid authentication details"
        NotAdmin, // 401 "User must be an administrator"
        NotWhitelisted, // 401 with an empty body
        UnknownVirtualHost, // 404 "Host does not exist or is malformed"
        ApiNotFound, // Prosody's own not-found page: admin_rest is not loaded at that address
        NotSupported, // 404 "Invalid request path" / 405: this server has no such route
        NotFound, // 404 for a user, contact, group, module …
        Conflict, // 409
        BadRequest, // other 400s
        MessageDropped, // 501 "Message dropped per configuration"
        ServerError, // 500 (JSON or HTML)
        HttpError, // any other unexpected status
        MalformedResponse, // the body is not what the contract promises
        ResponseTooLarge, // the body exceeded the client's size limit
        TooManyAttempts, // 429: the server refuses this address for a while after failed sign-ins
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer was received
    QString serverMessage; // the server's `result` string, whole, when it sent one (userMessage() quotes its start)
    QString detail; // technical detail (Qt's error string, parse error position)
    // Context for userMessage(), filled in by AdminRestClient: the admin JID the request used
    // ("admin@example.org") and the server it went to ("127.0.0.1:5280"). Either may be empty.
    QString account;
    QString server;
    // Tls only: the certificate chain the server presented (its own certificate first), so the
    // console can show the operator what was refused and offer to pin it. Empty when none arrived.
    QList<QSslCertificate> peerCertificateChain;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // A translated sentence that says what happened and what to do about it.
    QString userMessage() const;
    // A short translated name of the kind ("Timeout", "Not an administrator").
    QString title() const;

    // Convenience constructors. invalidInput's detail is a translated phrase shown to the user.
    static ApiError invalidInput(const QString& detail);
    static ApiError make(Kind kind, int httpStatus = 0, const QString& serverMessage = {}, const QString& detail = {});
};

Q_DECLARE_METATYPE(ApiError)
