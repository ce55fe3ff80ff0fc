// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/Capabilities.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AdminRestClient;
class ApiReply;

// Finds out what a server has, without changing anything on it: ping alone (so that a wrong
// password is one failed sign-in), then the routes whose existence tells versions apart (the 404
// "Invalid request path" / 405 rule of the contract), concurrently. Emits finished() once; the
// result stays readable afterwards. The ping goes with the client's token authentication on, so it
// signs in first (POST /token with the password) and where the server has tokens every probe
// request carries the token: the password crosses the wire once. Where the server has none (a
// published module answers the sign-in with "no such route"), token authentication ends off and
// every request carries the password.
class CapabilityProbe : public QObject
{
    Q_OBJECT
public:
    explicit CapabilityProbe(AdminRestClient* client, QObject* parent = nullptr);
    ~CapabilityProbe() override; // cancels the probe's requests still under way

    // Starts probing; ignored while a probe is running. A probe can be started again afterwards.
    void start();
    bool isRunning() const { return m_outstanding > 0; }
    const Capabilities& result() const { return m_result; }

signals:
    void finished(const Capabilities& capabilities);

private:
    // Asks the routes that tell versions apart, once ping has answered.
    void probeRoutes();
    // GET /all-users, asked only where the paged listing is missing (the published modules).
    void probeAllUsers();
    // The ping's failure leaves nothing worth asking (a wrong password, no server, …).
    bool pingStopsEverything() const;
    // Counts one answered request; finishes when the last one is in.
    void settle(const ApiReply* reply);
    void conclude();

    QPointer<AdminRestClient> m_client;
    Capabilities m_result;
    QList<QPointer<ApiReply>> m_replies;
    int m_outstanding = 0;
    ApiError m_pingError;
    bool m_allUsersRoute = false;
    bool m_cancelled = false; // a request was cancelled (the client went away): the probe did not finish
    bool m_pingRequestId = false; // ping's answer carried X-Request-Id (Prosody 13)
    QStringList m_listedRoles; // /info's roles (our module)
};
