// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/CapabilityProbe.h"

#include "api/AdminRestClient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

using Kind = ApiError::Kind;

// The server has this route: it answered over HTTP with anything but "no such path"
// (404 "Invalid request path", or Prosody's not-found page when admin_rest is not there at all).
bool routeExists(const ApiReply* reply)
{
    const ApiError& error = reply->error();
    if (reply->httpStatus() == 0) {
        return false;
    }
    return !(error.kind == Kind::NotSupported && reply->httpStatus() == 404) && error.kind != Kind::ApiNotFound;
}

} // namespace

CapabilityProbe::CapabilityProbe(AdminRestClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

CapabilityProbe::~CapabilityProbe()
{
    const auto replies = m_replies;
    for (const QPointer<ApiReply>& reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->cancel();
        }
    }
}

void CapabilityProbe::start()
{
    if (isRunning()) {
        return;
    }
    m_result = Capabilities{};
    m_pingError = ApiError{};
    m_allUsersRoute = false;
    m_pingRequestId = false;
    m_cancelled = false;
    m_listedRoles.clear();
    m_replies.clear();

    if (!m_client) {
        m_result.probed = true;
        m_result.error = ApiError::invalidInput(tr("there is no connection to probe"));
        // Asynchronously, like every other outcome.
        QTimer::singleShot(0, this, [this] { emit finished(m_result); });
        return;
    }
    // Ping first, alone: a wrong password then costs the server one failed sign-in, not one per
    // probe request (our module throttles an address after a few). With token authentication on, the
    // ping signs in first (POST /token with the password): where the server has tokens, the ping and
    // every request after it carry the token, so the password crosses the wire once; a published
    // module answers "no such route" and the client goes back to the password on every request.
    m_client->setTokenAuthentication(true);
    m_outstanding = 1;
    auto* ping = m_client->ping();
    connect(ping, &ApiReply::finished, this, [this, ping] {
        m_result.ping = ping->ok();
        m_pingError = ping->error();
        m_pingRequestId = !ping->requestId().isEmpty();
        if (pingStopsEverything() || !m_client) {
            settle(ping);
            return;
        }
        probeRoutes();
        settle(ping);
    });
    m_replies = {ping};
}

bool CapabilityProbe::pingStopsEverything() const
{
    // A server without ping may still be usable; anything else that stops ping stops everything.
    return m_pingError.isError() && !(m_pingError.kind == Kind::NotSupported && m_pingError.httpStatus == 404);
}

void CapabilityProbe::probeRoutes()
{
    AdminRestClient* client = m_client;
    m_outstanding += 5;

    // Our paged listing first; GET /all-users (every account in one answer: minutes of the server's
    // time on a host of a million users) only where there is none, to tell the published modules apart.
    auto* registered = client->registeredUsers(0, 1);
    connect(registered, &ApiReply::finished, this, [this, registered] {
        m_result.registeredUsersPaged = registered->ok();
        if (!registered->ok() && registered->error().kind != Kind::Cancelled)
            probeAllUsers();
        settle(registered);
    });

    auto* groups = client->groups();
    connect(groups, &ApiReply::finished, this, [this, groups] {
        // 405: the group routes exist but there is no listing (current); 200: our listing.
        m_result.groups = groups->httpStatus() == 405 || groups->httpStatus() == 200;
        m_result.groupListing = groups->ok();
        settle(groups);
    });

    auto* info = client->serverInfo();
    connect(info, &ApiReply::finished, this, [this, info] {
        m_result.serverInfo = info->ok();
        if (info->ok()) {
            m_result.prosodyVersion = info->value().prosodyVersion;
            m_listedRoles = info->value().roles;
            const QStringList& extensions = info->value().extensions;
            m_result.kick = extensions.contains(QStringLiteral("kick"));
            m_result.announce = extensions.contains(QStringLiteral("announce"));
            m_result.messageStyle = extensions.contains(QStringLiteral("message-type"));
            m_result.lastActivity = extensions.contains(QStringLiteral("last-activity"));
            m_result.accountDisable = extensions.contains(QStringLiteral("account-disable"));
            m_result.invitations = extensions.contains(QStringLiteral("invitations"));
            m_result.pendingDeletions = extensions.contains(QStringLiteral("pending-deletions"));
            m_result.unavailableFeatures = info->value().unavailable;
            m_result.rooms = extensions.contains(QStringLiteral("rooms"));
            m_result.federation = extensions.contains(QStringLiteral("federation"));
            m_result.certificates = extensions.contains(QStringLiteral("certificates"));
            m_result.tokens = extensions.contains(QStringLiteral("tokens"));
            m_result.batch = extensions.contains(QStringLiteral("batch")) && info->value().batchMax > 0;
            m_result.batchMax = m_result.batch ? info->value().batchMax : 0;
        }
        settle(info);
    });

    // No recipients: nothing is sent to anyone (so a read-only client sends it too). 404 "No multicast
    // recipients" means the route works.
    auto* multicast = client->multicast({});
    connect(multicast, &ApiReply::finished, this, [this, multicast] {
        m_result.multicast = routeExists(multicast) && multicast->httpStatus() < 500;
        settle(multicast);
    });

    const QString localpart = client->adminLocalpart().isEmpty() ? u"admin"_s : client->adminLocalpart();
    auto* vcard = client->vcard(localpart);
    connect(vcard, &ApiReply::finished, this, [this, vcard] {
        m_result.vcards = routeExists(vcard) && vcard->httpStatus() != 405;
        settle(vcard);
    });

    m_replies += {registered, groups, info, multicast, vcard};
}

void CapabilityProbe::probeAllUsers()
{
    if (!m_client)
        return;
    ++m_outstanding;
    auto* allUsers = m_client->allUsers();
    connect(allUsers, &ApiReply::finished, this, [this, allUsers] {
        // 200 with an empty body (published module with lua-cjson): the route is there, the list is not.
        m_allUsersRoute = allUsers->httpStatus() == 200 || (routeExists(allUsers) && allUsers->ok());
        m_result.allUsers = allUsers->ok();
        settle(allUsers);
    });
    m_replies += allUsers;
}

void CapabilityProbe::settle(const ApiReply* reply)
{
    m_cancelled = m_cancelled || reply->error().kind == Kind::Cancelled;
    if (--m_outstanding == 0) {
        conclude();
    }
}

void CapabilityProbe::conclude()
{
    m_replies.clear();
    Capabilities& result = m_result;
    result.probed = true;

    if (pingStopsEverything() || m_cancelled) {
        const ApiError error = m_cancelled ? ApiError::make(Kind::Cancelled) : m_pingError;
        result = Capabilities{};
        result.probed = true;
        result.error = error;
        emit finished(result);
        return;
    }

    const bool ours = result.serverInfo || result.registeredUsersPaged;
    if (ours) {
        result.flavor = Capabilities::Flavor::Ours;
    } else if (m_allUsersRoute) {
        result.flavor = Capabilities::Flavor::Current;
    } else if (result.ping) {
        result.flavor = Capabilities::Flavor::Classic;
    } else {
        result.flavor = Capabilities::Flavor::Unknown;
    }
    const bool currentOrOurs
        = result.flavor == Capabilities::Flavor::Current || result.flavor == Capabilities::Flavor::Ours;
    result.roles = m_allUsersRoute || ours;
    // The published current module has the route, but its reload always fails with a 500
    // (it believes Prosody is not running): only ours reloads.
    result.reload = ours;
    result.wipes = currentOrOurs;
    result.rosterRemovalIsMutual = ours;
    result.prosodySeries = Capabilities::seriesOf(result.prosodyVersion);
    if (result.prosodySeries.isEmpty())
        result.prosodySeries = m_pingRequestId ? u"13"_s : u"0.12"_s;
    result.rolesListedByServer = !m_listedRoles.isEmpty();
    result.availableRoles
        = result.rolesListedByServer ? m_listedRoles : Capabilities::builtInRoles(result.prosodySeries);
    // Sign in once where the server can: the requests after the probe carry the token.
    if (m_client) {
        m_client->setTokenAuthentication(result.tokens);
    }
    emit finished(result);
}
