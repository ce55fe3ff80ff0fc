// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "api/RequestRecord.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

class QNetworkReply;
class QSslError;

// One HTTP request on the wire, from the moment it was sent to its end. It owns the QNetworkReply,
// reads the body within the size limit (declared or counted), accepts only the pinned certificate when
// the profile pins one, keeps the certificate chain the server presented, and reports once:
// answered() with the whole HTTP answer, or failed() with the transport error (Timeout, Tls, Network,
// ResponseTooLarge …) when no usable answer came. abort() ends it without a report. The transfer
// timeout is the request's own (QNetworkRequest::setTransferTimeout), reported here as Timeout, and
// so is an exchange that outlasts Limits::maxDurationMs.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxResponseBytes = 0; // larger bodies fail with ResponseTooLarge
        QByteArray pinnedCertificateSha256; // hex, any spelling; empty: default verification only
        // The whole exchange, sending to the last byte; longer fails with Timeout. The transfer timeout
        // restarts with every byte, so without this a server trickling a byte now and then would hold
        // the request for ever. 0: no limit.
        int maxDurationMs = 0;
    };

    // The most of an answer Qt's network thread reads ahead of this one (QNetworkReply::setReadBufferSize).
    static constexpr qint64 ReadAheadBytes = 1024 * 1024;

    // Takes over `reply`, sent for `method` and `path` (below the base URL) just now.
    HttpExchange(QNetworkReply* reply, const QByteArray& method, const QString& path, const Limits& limits,
        QObject* parent = nullptr);
    ~HttpExchange() override; // aborts the request if it is still under way

    bool isDone() const { return m_done; }
    // Stops the request under way; nothing is reported. False when it had ended already.
    bool abort();
    // The activity log's record of this exchange, ended as given.
    RequestRecord record(ApiError::Kind kind, int httpStatus, const QString& message) const;

    // The hex SHA-256 digest of a certificate (DER).
    static QByteArray certificateDigest(const QSslCertificate& certificate);
    // A pin as the profile may spell it ("AB:CD:…", upper or lower case) in the form of certificateDigest().
    static QByteArray normalizedPin(const QByteArray& pin);

signals:
    void answered(const HttpResponse& response);
    // `httpStatus` is the status line that arrived before the failure, or 0.
    void failed(const ApiError& error, int httpStatus);

private:
    void checkDeclaredLength();
    void readBody();
    // Takes what has arrived into m_body, or fails with ResponseTooLarge past the limit.
    void readAvailable();
    void checkSslErrors(const QList<QSslError>& errors);
    void checkPin();
    void finish();
    // Why the finished reply is no usable answer, or no error.
    ApiError failure(int status) const;
    void abortTooLarge();
    void abortTooSlow();

    QPointer<QNetworkReply> m_reply;
    Limits m_limits;
    QByteArray m_body;
    QElapsedTimer m_timer;
    RequestRecord m_record; // started, method and path; the rest when it ends
    bool m_done = false;
    bool m_tooLarge = false;
    bool m_tooSlow = false;
    bool m_pinMismatch = false;
    QList<QSslCertificate> m_peerChain; // what the server presented, for a Tls error
};
