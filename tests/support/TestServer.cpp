// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "TestServer.h"

#include "sandbox/SandboxProcess.h"

#include <QRandomGenerator>
#include <QSignalSpy>

TestServer::~TestServer()
{
    stop();
}

bool TestServer::externalRequested()
{
    return !qEnvironmentVariableIsEmpty("ADMIN_REST_URL");
}

bool TestServer::start(const QStringList& sandboxArguments)
{
    m_prefix = QStringLiteral("t%1-").arg(QRandomGenerator::global()->bounded(0x100000, 0xFFFFFF), 0, 16);
    if (externalRequested()) {
        m_external = true;
        m_info = {};
        m_info.url = QUrl(qEnvironmentVariable("ADMIN_REST_URL"));
        m_info.jid = qEnvironmentVariable("ADMIN_REST_JID");
        m_info.password = qEnvironmentVariable("ADMIN_REST_PASSWORD");
        m_info.domain = m_info.jid.section(QLatin1Char('@'), 1).section(QLatin1Char('/'), 0, 0);
        m_info.c2sHost = qEnvironmentVariable("XMPP_C2S_HOST", m_info.url.host());
        m_info.c2sPort = qEnvironmentVariableIntValue("XMPP_C2S_PORT");
        if (m_info.c2sPort == 0)
            m_info.c2sPort = 5222;
        if (!m_info.url.isValid() || m_info.jid.isEmpty()) {
            m_error = QStringLiteral("ADMIN_REST_URL and ADMIN_REST_JID must be set for an external server");
            return false;
        }
        return true;
    }
    m_process = new SandboxProcess;
    m_process->setArguments(sandboxArguments);
    QSignalSpy ready(m_process, &SandboxProcess::ready);
    QSignalSpy failed(m_process, &SandboxProcess::failed);
    m_process->start();
    // Prosody start-up plus demo users and bots: a few seconds; the bound is generous for slow CI.
    for (int waited = 0; waited < 120 && ready.isEmpty() && failed.isEmpty(); ++waited)
        ready.wait(1000);
    if (!failed.isEmpty() || ready.isEmpty()) {
        m_error = failed.isEmpty() ? QStringLiteral("the sandbox did not get ready in 120 s\n") + m_process->logTail()
                                   : failed.first().first().toString();
        stop();
        return false;
    }
    m_info = m_process->info();
    return true;
}

void TestServer::stop()
{
    delete m_process;
    m_process = nullptr;
}

ConnectionSettings TestServer::settings() const
{
    ConnectionSettings settings;
    settings.baseUrl = m_info.url;
    settings.jid = m_info.jid;
    settings.password = m_info.password;
    settings.timeoutMs = 20000;
    return settings;
}

QString TestServer::domain() const
{
    return m_info.domain;
}

QString TestServer::c2sHost() const
{
    return m_info.c2sHost;
}

int TestServer::c2sPort() const
{
    return m_info.c2sPort;
}

QString TestServer::uniqueUser(const QString& stem)
{
    return m_prefix + stem + QString::number(++m_counter);
}
