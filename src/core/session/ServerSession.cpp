// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "session/ServerSession.h"

#include "api/AdminRestClient.h"
#include "api/CapabilityProbe.h"
#include "api/SignOut.h"

ServerSession::ServerSession(QObject* parent)
    : QObject(parent)
{
}

ServerSession::~ServerSession()
{
    if (m_probe)
        m_probe->disconnect(this);
    SignOut::release(m_client);
}

void ServerSession::connectTo(const QString& displayName, const ConnectionSettings& settings,
    const AdminRestClient::PasswordSource& passwordSource)
{
    disconnectFromServer();
    m_displayName = displayName;
    m_client = new AdminRestClient(settings, this);
    m_client->setReadOnly(m_readOnly);
    m_client->setPasswordSource(passwordSource);
    connect(m_client, &AdminRestClient::requestFinished, this, &ServerSession::requestFinished);
    m_probe = new CapabilityProbe(m_client, this);
    setState(State::Connecting);
    connect(m_probe, &CapabilityProbe::finished, this, [this, probe = m_probe.data()](const Capabilities& found) {
        probe->deleteLater();
        m_capabilities = found;
        if (found.error.isError()) {
            setState(State::Failed);
            emit failed(found.error);
            return;
        }
        setState(State::Connected);
        emit connected();
    });
    m_probe->start();
}

void ServerSession::disconnectFromServer()
{
    if (m_probe) {
        m_probe->disconnect(this); // its end, when the sign-out cancels its requests, is no news
        m_probe->deleteLater();
    }
    // The client revokes its token on the server (bounded in time), then goes.
    SignOut::release(m_client);
    m_probe = nullptr;
    m_client = nullptr;
    m_capabilities = {};
    m_lastRefresh = {};
    setState(State::Disconnected);
}

void ServerSession::markRefreshed()
{
    m_lastRefresh = QDateTime::currentDateTime();
    emit refreshed(m_lastRefresh);
}

void ServerSession::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    // The client refuses the writes itself: the panes' disabled actions are not the only guard.
    if (m_client)
        m_client->setReadOnly(readOnly);
    emit readOnlyChanged(readOnly);
}

QString ServerSession::domain() const
{
    return m_client ? m_client->domain() : QString();
}

QString ServerSession::accountJid() const
{
    return m_client ? m_client->settings().jid : QString();
}

QUrl ServerSession::baseUrl() const
{
    return m_client ? m_client->settings().baseUrl : QUrl();
}

bool ServerSession::isLocal() const
{
    const QString host = baseUrl().host();
    return !host.isEmpty() && AdminRestClient::isLoopbackHost(host);
}

void ServerSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
