// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ConnectionSettings.h"
#include "sandbox/SandboxInfo.h"

#include <QString>
#include <QStringList>

class SandboxProcess;

// The server an e2e or GUI test runs against: the external one named by ADMIN_REST_URL,
// ADMIN_REST_JID, ADMIN_REST_PASSWORD (XMPP_C2S_HOST, XMPP_C2S_PORT), or else a sandbox
// Prosody started for this test process and stopped with it.
class TestServer
{
public:
    TestServer() = default;
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    // Starts the sandbox (unless external) and waits for it. False with error() when it could not.
    bool start(const QStringList& sandboxArguments = {});
    void stop();

    static bool externalRequested();
    bool isExternal() const { return m_external; }
    QString error() const { return m_error; }

    ConnectionSettings settings() const; // the admin's connection
    QString domain() const; // the XMPP domain (of the admin's JID)
    QString c2sHost() const;
    int c2sPort() const;
    // Sandbox only: demo data. Empty on an external server.
    const SandboxInfo& sandbox() const { return m_info; }

    // A user name no one else uses: tests create only users with this random prefix and remove them.
    QString uniqueUser(const QString& stem);

private:
    SandboxProcess* m_process = nullptr;
    SandboxInfo m_info;
    bool m_external = false;
    QString m_error;
    QString m_prefix;
    int m_counter = 0;
};
