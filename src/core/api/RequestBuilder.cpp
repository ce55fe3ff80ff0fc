// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/RequestBuilder.h"

#include "api/PathSegment.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

using namespace Qt::StringLiterals;

RequestBuilder::RequestBuilder(
    const ConnectionSettings& settings, const QList<QSslCertificate>& caCertificates, QByteArray authorization)
    : m_settings(settings)
    , m_caCertificates(caCertificates)
    , m_authorization(std::move(authorization))
{
}

ApiError RequestBuilder::encodePath(const ApiRequest& request, QString& path)
{
    QByteArray encoded;
    for (const QString& segment : request.segments) {
        const std::optional<QByteArray> part = PathSegment::encode(segment);
        if (!part) {
            return ApiError::invalidInput(PathSegment::problem(segment));
        }
        encoded += '/' + *part;
    }
    if (!request.query.isEmpty()) {
        encoded += '?' + request.query;
    }
    path = QString::fromLatin1(encoded);
    return {};
}

QUrl RequestBuilder::urlFor(const QUrl& baseUrl, const QString& encodedPathAndQuery)
{
    const QByteArray base
        = baseUrl.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return QUrl::fromEncoded(base + encodedPathAndQuery.toLatin1());
}

QNetworkRequest RequestBuilder::networkRequest(const ApiRequest& request, const QString& path) const
{
    QNetworkRequest networkRequest(urlFor(m_settings.baseUrl, path));
    networkRequest.setTransferTimeout(m_settings.timeoutMs);
    networkRequest.setRawHeader("Authorization", authorizationHeader());
    // No transparent decompression: the bytes counted against the size limit and the declared
    // Content-Length are then the bytes on the wire.
    networkRequest.setRawHeader("Accept-Encoding", "identity");
    // A redirect would carry the Authorization header elsewhere: report it instead of following it.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Prosody speaks HTTP/1.1 only.
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!request.contentType.isEmpty()) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    }
    if (m_settings.baseUrl.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_caCertificates.isEmpty()) {
            tls.addCaCertificates(m_caCertificates);
        }
        networkRequest.setSslConfiguration(tls);
    }
    return networkRequest;
}

QNetworkReply* RequestBuilder::send(
    QNetworkAccessManager& network, const ApiRequest& request, const QString& path) const
{
    QNetworkRequest networkRequest = this->networkRequest(request, path);
    const QByteArray& method = request.method;
    const bool hasBody = !request.body.isEmpty() || !request.contentType.isEmpty();
    if (method == "GET") {
        return network.get(networkRequest);
    }
    if (method == "DELETE" && !hasBody) {
        return network.deleteResource(networkRequest);
    }
    if (!hasBody) {
        // PUT /module/x and the like carry no body: no Content-Type for the server to misread.
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        return network.sendCustomRequest(networkRequest, method);
    }
    return network.sendCustomRequest(networkRequest, method, request.body);
}

QByteArray RequestBuilder::authorizationHeader() const
{
    if (!m_authorization.isEmpty()) {
        return m_authorization;
    }
    return "Basic " + (m_settings.jid.trimmed() + u':' + m_settings.password).toUtf8().toBase64();
}
