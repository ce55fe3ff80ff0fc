// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ConnectionSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

// Whether the settings let anything be sent to their server, and the extra CAs its TLS connections
// trust. Only http and https URLs; Basic authentication over plain HTTP only to this machine (loopback)
// unless the profile opts in (allowInsecureRemote); https only when the profile's CA file, if it names
// one, holds certificates.
class TransportPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TransportPolicy)
public:
    // Reads the CA file of the settings, if they name one.
    explicit TransportPolicy(const ConnectionSettings& settings = {});

    // InsecureTransport or InvalidInput when nothing may be sent, else ApiError{}.
    ApiError error() const;
    const QList<QSslCertificate>& caCertificates() const { return m_caCertificates; }

    // True for "localhost", 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString& host);

private:
    QUrl m_baseUrl;
    bool m_allowInsecureRemote = false;
    QList<QSslCertificate> m_caCertificates;
    QString m_caProblem; // why the CA file could not be used, if it could not
};
