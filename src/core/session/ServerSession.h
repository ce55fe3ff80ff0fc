// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/AdminRestClient.h"
#include "api/Capabilities.h"
#include "api/ConnectionSettings.h"
#include "api/RequestRecord.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class CapabilityProbe;

// The console's connection to one server: the client, what the probe found, and the state the
// status bar shows. Panes hold a pointer to it; they read through its read methods below (one per
// GET route, named like the client's call) and start core operations for everything that writes.
// The read methods are for a connected session (a pane checks that first).
class ServerSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit ServerSession(QObject* parent = nullptr);
    ~ServerSession() override;

    // Replaces the client and probes the server; connected() or failed() follows. With a password
    // source (the profile's keychain, ProfilePasswords::keychainSource()), the client keeps the
    // password only until it holds a token, and asks the source when it must sign in anew.
    void connectTo(const QString& displayName, const ConnectionSettings& settings,
        const AdminRestClient::PasswordSource& passwordSource = {});
    void disconnectFromServer();

    AdminRestClient* client() const { return m_client; }
    const Capabilities& capabilities() const { return m_capabilities; }
    State state() const { return m_state; }
    QString displayName() const { return m_displayName; }
    ApiError lastError() const { return m_capabilities.error; }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    // Panes call this when they finished a refresh, for the status bar.
    void markRefreshed();
    // Read-only sessions disable every write (set per profile): the panes disable their actions and
    // the client refuses whatever write still reaches it (ApiError::Kind::ReadOnly).
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    // A server is set (the session connects or is connected to it).
    bool hasServer() const { return !m_client.isNull(); }
    // Of the current connection's settings (empty when there is none).
    QString domain() const; // the host the module acts on
    QString accountJid() const; // the account the console signs in with, as configured
    QUrl baseUrl() const;
    // The server runs on this computer (its URL's host is a loopback address).
    bool isLocal() const;

    // Reads: each is the client's call of the same name on the current server.
    TypedReply<UserInfo>* user(const QString& user) const { return m_client->user(user); }
    TypedReply<QList<ConnectedSession>>* connectedSessions() const { return m_client->connectedSessions(); }
    TypedReply<int>* connectedUserCount() const { return m_client->connectedUserCount(); }
    TypedReply<QList<RegisteredUser>>* allUsers() const { return m_client->allUsers(); }
    TypedReply<RegisteredUserPage>* registeredUsers(int offset, int limit, bool withEnabledState = false) const
    {
        return m_client->registeredUsers(offset, limit, withEnabledState);
    }
    TypedReply<LastActivityPage>* lastActivity(int offset, int limit) const
    {
        return m_client->lastActivity(offset, limit);
    }
    TypedReply<QList<RosterItem>>* roster(const QString& user) const { return m_client->roster(user); }
    TypedReply<QStringList>* modules() const { return m_client->modules(); }
    TypedReply<ModuleState>* module(const QString& name) const { return m_client->module(name); }
    TypedReply<QStringList>* whitelist() const { return m_client->whitelist(); }
    TypedReply<QString>* vcard(const QString& user) const { return m_client->vcard(user); }
    TypedReply<QList<GroupInfo>>* groups() const { return m_client->groups(); }
    TypedReply<GroupInfo>* group(const QString& groupId) const { return m_client->group(groupId); }
    TypedReply<ServerInfo>* serverInfo() const { return m_client->serverInfo(); }

    // Reads of the account lifecycle (issue 15): the client's calls of the same name, current server.
    TypedReply<QList<Invitation>>* invitations() const { return m_client->invitations(); }
    TypedReply<QList<PendingDeletion>>* pendingDeletions() const { return m_client->pendingDeletions(); }
    // Rooms, federation and certificates (our extensions; `host` empty: every host the account administers).
    TypedReply<RoomPage>* rooms(int offset, int limit, const QString& host = {}, const QString& occupant = {}) const
    {
        return m_client->rooms(offset, limit, host, occupant);
    }
    TypedReply<RoomDetails>* room(const QString& roomJid) const { return m_client->room(roomJid); }
    TypedReply<QList<S2sConnection>>* s2sConnections(const QString& host = {}) const
    {
        return m_client->s2sConnections(host);
    }
    TypedReply<QList<CertificateInfo>>* certificates(const QString& host = {}) const
    {
        return m_client->certificates(host);
    }

signals:
    void stateChanged(ServerSession::State state);
    // A new client is in place and probed: panes drop their data and load anew.
    void connected();
    void failed(const ApiError& error);
    void refreshed(const QDateTime& when);
    void readOnlyChanged(bool readOnly);
    // Every request of the current client, for the activity log.
    void requestFinished(const RequestRecord& record);

private:
    void setState(State state);

    QPointer<AdminRestClient> m_client;
    QPointer<CapabilityProbe> m_probe;
    Capabilities m_capabilities;
    State m_state = State::Disconnected;
    QString m_displayName;
    QDateTime m_lastRefresh;
    bool m_readOnly = false;
};
