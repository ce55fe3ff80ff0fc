// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/Capabilities.h"
#include "api/ConnectionSettings.h"
#include "api/ServerResourceTypes.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QPointer>

class AdminRestClient;
class ApiReply;
class CapabilityProbe;

// What probing one profile's server found: its capabilities (or why it could not be used) and how
// many users are connected.
struct ProfileProbeResult
{
    Capabilities capabilities; // capabilities.error says why the server could not be used
    int connectedUsers = -1; // -1 when unknown
    // The server's certificates (our certificates extension), read when the server has it.
    QList<CertificateInfo> certificates;
    bool certificatesRead = false;
    qint64 elapsedMs = 0;

    const ApiError& error() const { return capabilities.error; }
    bool ok() const { return capabilities.probed && !capabilities.error.isError(); }
};

Q_DECLARE_METATYPE(ProfileProbeResult)

// Tests one server without changing anything on it, with its own client: ping (which needs the
// password and admin rights), then the capability probe, then the connected users, then (where the
// server has our certificates extension) its certificates. Used by "Test
// connection" and the fleet overview. Emits finished() once; destroying it cancels the requests.
// Each run has its own client, which signs out when the run ends (SignOut): the token it signed in
// with does not outlive the probe.
class ProfileProbe : public QObject
{
    Q_OBJECT
public:
    // The checks in the order the operator reads them; a failure names the first that failed.
    enum class Step {
        Connect, // name resolution, TCP, TLS, the plain-HTTP rule
        Api, // admin_rest answers at that address for this computer
        SignIn, // the admin JID's host and password
        AdminRights, // the account is an administrator
        Capabilities, // what this server's admin_rest can do
    };
    Q_ENUM(Step)
    static constexpr int StepCount = 5;

    explicit ProfileProbe(const ConnectionSettings& settings, QObject* parent = nullptr);
    ~ProfileProbe() override;

    void start();
    bool isRunning() const { return m_running; }
    const ProfileProbeResult& result() const { return m_result; }

    // The step an error stops at.
    static Step failedStep(const ApiError& error);
    // The step's name, translated ("Sign in").
    static QString stepName(Step step);

signals:
    void finished(const ProfileProbeResult& result);

private:
    void probed(const Capabilities& capabilities);
    void readCertificates();
    void finish();

    ConnectionSettings m_settings;
    QPointer<AdminRestClient> m_client; // from start() to the end, then signed out
    QPointer<CapabilityProbe> m_probe;
    QPointer<ApiReply> m_pending; // the ping or the user count under way
    ProfileProbeResult m_result;
    QElapsedTimer m_timer;
    bool m_running = false;
};
