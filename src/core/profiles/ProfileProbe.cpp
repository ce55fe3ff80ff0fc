// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ProfileProbe.h"

#include "api/ApiErrorGroup.h"

#include "api/AdminRestClient.h"
#include "api/CapabilityProbe.h"
#include "api/SignOut.h"

#include <utility>

ProfileProbe::ProfileProbe(const ConnectionSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
}

ProfileProbe::~ProfileProbe()
{
    if (m_pending)
        m_pending->disconnect(this);
    delete m_probe;
    SignOut::release(m_client);
}

void ProfileProbe::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = {};
    m_timer.start();
    delete m_probe;
    SignOut::release(m_client);
    m_client = new AdminRestClient(m_settings, this);
    // Ping alone first: an unreachable server then fails after one timeout, not after the capability
    // probe's requests have queued behind each other for the same host. It signs in once (a token
    // where the server has them), like the capability probe after it.
    m_client->setTokenAuthentication(true);
    auto* ping = m_client->ping();
    m_pending = ping;
    connect(ping, &ApiReply::finished, this, [this, ping] {
        const ApiError& error = ping->error();
        if (error.isError() && !(error.kind == ApiError::Kind::NotSupported && error.httpStatus == 404)) {
            Capabilities failed;
            failed.probed = true;
            failed.error = error;
            probed(failed);
            return;
        }
        m_probe = new CapabilityProbe(m_client, this);
        connect(m_probe, &CapabilityProbe::finished, this, &ProfileProbe::probed);
        m_probe->start();
    });
}

void ProfileProbe::probed(const Capabilities& capabilities)
{
    m_result.capabilities = capabilities;
    if (capabilities.error.isError()) {
        finish();
        return;
    }
    auto* count = m_client->connectedUserCount();
    m_pending = count;
    connect(count, &ApiReply::finished, this, [this, count] {
        // A server without the count still answered everything else: the count stays unknown.
        m_result.connectedUsers = count->ok() ? count->value() : -1;
        if (m_result.capabilities.certificates)
            readCertificates();
        else
            finish();
    });
}

void ProfileProbe::readCertificates()
{
    auto* certificates = m_client->certificates();
    m_pending = certificates;
    connect(certificates, &ApiReply::finished, this, [this, certificates] {
        // Unread certificates leave the server reachable: the overview then says nothing about them.
        m_result.certificatesRead = certificates->ok();
        if (certificates->ok())
            m_result.certificates = certificates->value();
        finish();
    });
}

void ProfileProbe::finish()
{
    // The probe leaves no token on the server: the client revokes it and goes.
    if (m_probe)
        m_probe->deleteLater();
    SignOut::release(std::exchange(m_client, nullptr));
    m_running = false;
    m_result.elapsedMs = m_timer.elapsed();
    emit finished(m_result);
}

ProfileProbe::Step ProfileProbe::failedStep(const ApiError& error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return Step::Capabilities;
    case Kind::NotAdmin:
        return Step::AdminRights;
    case Kind::NotWhitelisted: // signed in, but the module refuses this address
    case Kind::ResponseTooLarge: // the server answered
        return Step::Api;
    default:
        break;
    }
    switch (apiErrorGroup(error.kind)) {
    case ApiErrorGroup::None:
    case ApiErrorGroup::Refused:
    case ApiErrorGroup::Transport:
        return Step::Connect;
    case ApiErrorGroup::Access:
        return Step::SignIn;
    case ApiErrorGroup::Answer:
        return Step::Api;
    }
    return Step::Api;
}

QString ProfileProbe::stepName(Step step)
{
    switch (step) {
    case Step::Connect:
        return tr("Reach the server");
    case Step::Api:
        return tr("Find admin_rest");
    case Step::SignIn:
        return tr("Sign in");
    case Step::AdminRights:
        return tr("Administrator rights");
    case Step::Capabilities:
        return tr("Capabilities");
    }
    return {};
}
