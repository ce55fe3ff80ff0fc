// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/HttpExchange.h"

#include "api/PoolRelease.h"
#include "logging/LogCategories.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

using Kind = ApiError::Kind;

// A failure below HTTP: no usable answer came, whatever status line may have arrived before it.
ApiError transportError(QNetworkReply::NetworkError code, const QString& detail)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::make(Kind::ConnectionRefused, 0, {}, detail);
    case QNetworkReply::HostNotFoundError:
        return ApiError::make(Kind::HostNotFound, 0, {}, detail);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // QNetworkRequest::setTransferTimeout aborts the reply
        return ApiError::make(Kind::Timeout, 0, {}, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::make(Kind::Tls, 0, {}, detail);
    default:
        return ApiError::make(Kind::Network, 0, {}, detail);
    }
}

bool isTransportFailure(QNetworkReply::NetworkError code)
{
    // 1–99: network layer, 101–199: proxy. Everything from 200 on is Qt's name for an HTTP status.
    return code != QNetworkReply::NoError && int(code) < 200;
}

} // namespace

HttpExchange::HttpExchange(
    QNetworkReply* reply, const QByteArray& method, const QString& path, const Limits& limits, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_limits(limits)
{
    m_limits.pinnedCertificateSha256 = normalizedPin(limits.pinnedCertificateSha256);
    m_timer.start();
    m_record.started = QDateTime::currentDateTimeUtc();
    m_record.method = method;
    m_record.path = path;
    // Qt's network thread reads no further ahead of us than this: a server sending faster than this
    // thread takes the body in (a hostile one, an endless chunked body) would otherwise pile up data
    // in the event queue, past the size limit, and keep the event loop busy taking it.
    reply->setReadBufferSize(ReadAheadBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::checkDeclaredLength);
    connect(reply, &QNetworkReply::readyRead, this, &HttpExchange::readBody);
    connect(reply, &QNetworkReply::sslErrors, this, &HttpExchange::checkSslErrors);
    connect(reply, &QNetworkReply::encrypted, this, &HttpExchange::checkPin);
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::finish);
    if (m_limits.maxDurationMs > 0) {
        QTimer::singleShot(m_limits.maxDurationMs, this, &HttpExchange::abortTooSlow);
    }
}

HttpExchange::~HttpExchange()
{
    abort();
}

bool HttpExchange::abort()
{
    if (m_done) {
        return false;
    }
    m_done = true;
    if (QNetworkReply* reply = m_reply) {
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    }
    return true;
}

RequestRecord HttpExchange::record(ApiError::Kind kind, int httpStatus, const QString& message) const
{
    RequestRecord record = m_record;
    record.httpStatus = httpStatus;
    record.durationMs = m_timer.elapsed();
    record.errorKind = kind;
    record.message = message;
    return record;
}

QByteArray HttpExchange::certificateDigest(const QSslCertificate& certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex();
}

QByteArray HttpExchange::normalizedPin(const QByteArray& pin)
{
    QByteArray hex = pin.trimmed().toLower();
    hex.replace(':', QByteArray());
    hex.replace(' ', QByteArray());
    return hex;
}

void HttpExchange::checkDeclaredLength()
{
    if (m_done || !m_reply) {
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_limits.maxResponseBytes) {
        abortTooLarge();
    }
}

void HttpExchange::readBody()
{
    if (!m_done && !m_tooLarge && m_reply) {
        readAvailable();
    }
}

void HttpExchange::readAvailable()
{
    const qint64 available = m_reply->bytesAvailable();
    if (available <= 0) {
        return;
    }
    if (m_body.size() + available > m_limits.maxResponseBytes) {
        abortTooLarge();
        return;
    }
    // Read into the body's own end, never body += readAll(): QByteArray's append reallocates by
    // allocating anew and copying, so a body of tens of megabytes would be copied whole, on this
    // thread, each time it outgrew its buffer (and readAll() makes a copy of its own). resize() grows in
    // place (realloc), and a declared length is reserved once.
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (m_body.isEmpty() && declared.isValid() && declared.toLongLong() <= m_limits.maxResponseBytes) {
        m_body.reserve(declared.toLongLong());
    }
    const qsizetype start = m_body.size();
    m_body.resize(start + available);
    const qint64 read = m_reply->read(m_body.data() + start, available);
    m_body.resize(start + qMax<qint64>(read, 0));
}

void HttpExchange::abortTooLarge()
{
    m_tooLarge = true;
    PoolRelease::drop(std::exchange(m_body, {}));
    if (m_reply) {
        m_reply->abort();
    }
}

void HttpExchange::abortTooSlow()
{
    if (m_done || !m_reply) {
        return;
    }
    m_tooSlow = true;
    PoolRelease::drop(std::exchange(m_body, {}));
    m_reply->abort();
}

void HttpExchange::checkSslErrors(const QList<QSslError>& errors)
{
    if (!m_reply) {
        return;
    }
    m_peerChain = m_reply->sslConfiguration().peerCertificateChain();
    for (const QSslError& error : errors) {
        if (m_peerChain.isEmpty() && !error.certificate().isNull()) {
            m_peerChain.append(error.certificate());
        }
    }
    const QByteArray& pin = m_limits.pinnedCertificateSha256;
    for (const QSslError& error : errors)
        qCDebug(lcTls).noquote() << m_record.path << "certificate error:" << error.errorString();
    if (pin.isEmpty()) {
        return; // default verification: nothing is ignored
    }
    // Ignore exactly the errors about the pinned certificate; any other error still fails the handshake.
    QList<QSslError> pinned;
    for (const QSslError& error : errors) {
        if (!error.certificate().isNull() && certificateDigest(error.certificate()) == pin) {
            pinned.append(error);
        }
    }
    if (!pinned.isEmpty()) {
        qCDebug(lcTls) << "The pinned certificate is the server's: its errors are ignored";
        m_reply->ignoreSslErrors(pinned);
    } else {
        qCWarning(lcTls) << "The server's certificate is not the pinned one";
        m_pinMismatch = true; // say so, rather than only "untrusted"
    }
}

void HttpExchange::checkPin()
{
    const QByteArray& pin = m_limits.pinnedCertificateSha256;
    if (pin.isEmpty() || !m_reply) {
        return;
    }
    // A certificate that verifies against the CAs but is not the pinned one is refused too.
    const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    if (peer.isNull() || certificateDigest(peer) != pin) {
        qCWarning(lcTls) << "The server's certificate is not the pinned one; the request is not sent";
        m_pinMismatch = true;
        m_peerChain = m_reply->sslConfiguration().peerCertificateChain();
        m_reply->abort();
    }
}

void HttpExchange::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    QNetworkReply* reply = m_reply;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    if (!m_tooLarge && !m_tooSlow && reply->isOpen()) {
        readAvailable();
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (ApiError error = failure(status)) {
        if (error.kind == Kind::Tls) {
            error.peerCertificateChain = m_peerChain;
        }
        qCDebug(lcHttp).noquote() << m_record.method << m_record.path << "failed:" << status << error.detail
                                  << m_timer.elapsed() << "ms";
        emit failed(error, status);
        return;
    }
    HttpResponse response;
    response.status = status;
    response.contentType = reply->rawHeader("Content-Type");
    response.requestId = reply->rawHeader("X-Request-Id");
    response.body = m_body;
    qCDebug(lcHttp).noquote() << m_record.method << m_record.path << status << m_body.size() << "bytes"
                              << m_timer.elapsed() << "ms";
    emit answered(response);
    if (response.body.size() >= ApiReply::ParseOffThreadBytes) {
        m_body = {};
        PoolRelease::drop(std::move(response.body)); // whoever holds it last (the parse) is on the pool too
    }
}

ApiError HttpExchange::failure(int status) const
{
    const QNetworkReply::NetworkError code = m_reply->error();
    if (m_tooLarge) {
        return ApiError::make(
            Kind::ResponseTooLarge, status, {}, u"the body exceeded %1 bytes"_s.arg(m_limits.maxResponseBytes));
    }
    if (m_tooSlow) {
        return ApiError::make(
            Kind::Timeout, 0, {}, tr("the answer took longer than %1 s").arg(m_limits.maxDurationMs / 1000.0));
    }
    if (m_pinMismatch) {
        return ApiError::make(Kind::Tls, 0, {}, tr("the server's certificate is not the pinned certificate"));
    }
    if (isTransportFailure(code) || status == 0) {
        return transportError(code, m_reply->errorString());
    }
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && m_body.size() < declared.toLongLong()) {
        // Depending on timing Qt may report a connection reset mid-body as a complete answer.
        return ApiError::make(Kind::Network, 0, {},
            tr("the connection closed after %1 of %2 bytes").arg(m_body.size()).arg(declared.toLongLong()));
    }
    return {};
}
