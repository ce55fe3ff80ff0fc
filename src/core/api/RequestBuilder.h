// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/ConnectionSettings.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrl;

// Turns an ApiRequest into an HTTP request to one server: the path from its segments, the URL below
// the base URL, the headers (Basic authentication or the bearer token given, no compression, no cache, HTTP/1.1, no
// redirects), the TLS configuration with the profile's extra CAs, and the method with or without a body. Whether the
// request may be sent at all is the client's to decide, before.
class RequestBuilder
{
public:
    // `authorization`: the Authorization header to send ("Bearer …"); empty: Basic with the settings' password.
    RequestBuilder(const ConnectionSettings& settings, const QList<QSslCertificate>& caCertificates,
        QByteArray authorization = {});

    // The encoded path ("/user/alice?x=y") or the InvalidInput error of the first bad segment.
    static ApiError encodePath(const ApiRequest& request, QString& path);
    // The full URL a path below the base URL is sent to ("/user/alice" → http://h:5280/admin_rest/user/alice).
    static QUrl urlFor(const QUrl& baseUrl, const QString& encodedPathAndQuery);

    // The request for `path` (as encodePath() made it) with its headers and TLS configuration.
    QNetworkRequest networkRequest(const ApiRequest& request, const QString& path) const;
    // Sends the request for `path` on `network`. The reply belongs to the caller.
    QNetworkReply* send(QNetworkAccessManager& network, const ApiRequest& request, const QString& path) const;

private:
    QByteArray authorizationHeader() const;

    ConnectionSettings m_settings;
    QList<QSslCertificate> m_caCertificates;
    QByteArray m_authorization;
};
