// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/TransportPolicy.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

TransportPolicy::TransportPolicy(const ConnectionSettings& settings)
    : m_baseUrl(settings.baseUrl)
    , m_allowInsecureRemote(settings.allowInsecureRemote)
{
    if (settings.caCertificatesFile.isEmpty()) {
        return;
    }
    m_caCertificates = QSslCertificate::fromPath(
        settings.caCertificatesFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (m_caCertificates.isEmpty()) {
        m_caProblem = tr("the CA file %1 holds no readable PEM certificate").arg(settings.caCertificatesFile);
    }
}

ApiError TransportPolicy::error() const
{
    const QString scheme = m_baseUrl.scheme().toLower();
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1)) {
        return ApiError::invalidInput(tr("the server address is not an http or https URL"));
    }
    if (scheme == "http"_L1 && !m_allowInsecureRemote && !isLoopbackHost(m_baseUrl.host())) {
        return ApiError::make(ApiError::Kind::InsecureTransport, 0, {}, u"plain http to %1"_s.arg(m_baseUrl.host()));
    }
    if (scheme == "https"_L1 && !m_caProblem.isEmpty()) {
        return ApiError::invalidInput(m_caProblem);
    }
    return {};
}

bool TransportPolicy::isLoopbackHost(const QString& host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0
        || host.compare("localhost."_L1, Qt::CaseInsensitive) == 0) {
        return true;
    }
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}
