// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccountTypes.h"
#include "api/ApiReply.h"
#include "api/ApiRequest.h"
#include "api/ApiTypes.h"
#include "api/BearerToken.h"
#include "api/ConnectionSettings.h"
#include "api/RequestRecord.h"
#include "api/ServerResourceTypes.h"
#include "api/TransportPolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>

#include <functional>

class QJsonArray;
class QNetworkAccessManager;
class QUrl;

// A client of one server's admin_rest API: one method per route of shared/api/CONTRACT.md.
// Every call returns at once with a reply that emits finished() once and then deletes itself.
// <user> arguments are a localpart ("alice") or a bare JID ("alice@example.org").
// Path segments are validated (empty, ".", ".." or containing '/' → InvalidInput, nothing sent) and
// percent-encoded. Authentication, timeouts, size limits and TLS policy are applied here, once: each
// request is built by RequestBuilder and carried by one HttpExchange.
// Plain HTTP to a host that is not loopback is refused (InsecureTransport, nothing sent) unless
// settings.allowInsecureRemote is set. A read-only client refuses every request that would change
// something (ReadOnly, nothing sent). Destroying the client finishes its pending replies with
// Cancelled (from the event loop).
// Signing in once (our module's tokens, see setTokenAuthentication()): the password goes to the
// server once, for POST /token, and the token, kept in memory only, authenticates the requests
// after it; a token the server refuses (401: expired, revoked) is renewed once and the request sent
// again when it is idempotent (ApiRequest::idempotent()); otherwise the 401 is reported and the next
// request has the new token. Without it (the published modules) every request carries the password.
class AdminRestClient : public QObject
{
    Q_OBJECT
public:
    // A request fails with Timeout once it has taken this many times the settings' timeoutMs in all.
    static constexpr int MaxDurationTimeouts = 4;

    explicit AdminRestClient(const ConnectionSettings& settings, QObject* parent = nullptr);
    ~AdminRestClient() override;

    const ConnectionSettings& settings() const { return m_settings; }
    // Takes effect for the next call. When the server, the account or the TLS policy changes, the
    // calls still under way finish with Cancelled and no connection of the old settings is reused;
    // a new timeout or size limit alone leaves them running.
    void setSettings(const ConnectionSettings& settings);
    // Read-only: every request that changes something on the server is refused before anything is sent
    // (ApiError::Kind::ReadOnly), and recorded like the other refusals; reads (GET) and the capability
    // probe's multicast to no recipients still go out. Takes effect for the next call. ServerSession
    // sets it from the profile.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    // The XMPP domain of the admin JID: the host the module acts on.
    QString domain() const;
    // The localpart of the admin JID ("admin" of admin@example.org).
    QString adminLocalpart() const;
    // "host:port" of the base URL, as the error messages name the server.
    QString serverName() const;
    // The full URL a path below the base URL is sent to ("/user/alice" → http://h:5280/admin_rest/user/alice).
    QUrl urlFor(const QString& encodedPathAndQuery) const;
    // True for "localhost", 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString& host);

    // --- contract routes
    TypedReply<QString>* ping();

    TypedReply<UserInfo>* user(const QString& user);
    TypedReply<bool>* isUserConnected(const QString& user); // 404 {"connected":false} → false
    TypedReply<CreateUserResult>* createUser(
        const QString& user, const QString& password, const QString& registrationIp = {});
    TypedReply<DeleteUserResult>* deleteUser(const QString& user);
    TypedReply<QString>* changePassword(const QString& user, const QString& password);
    TypedReply<QString>* setRole(const QString& user, const QString& role);

    TypedReply<QList<ConnectedSession>>* connectedSessions(); // GET /users
    TypedReply<int>* connectedUserCount(); // GET /users/count
    // GET /all-users. An empty 200 body (the published module with lua-cjson) → NotSupported.
    TypedReply<QList<RegisteredUser>>* allUsers();
    // Our extension: GET /registered-users?offset=&limit= (withEnabledState: &fields=enabled, each
    // user's RegisteredUser::enabled; it makes the server read every account's record)
    TypedReply<RegisteredUserPage>* registeredUsers(int offset, int limit, bool withEnabledState = false);

    TypedReply<QList<RosterItem>>* roster(const QString& user);
    TypedReply<QString>* addRosterContact(const QString& user, const QString& contactJid);
    TypedReply<QString>* removeRosterContact(const QString& user, const QString& contactJid);

    // `style` (type, subject) is our module's extension: sent only when it is not the default.
    TypedReply<MessageDelivery>* sendMessage(
        const QString& user, const QString& message, const MessageStyle& style = {});
    // 404 "Invalid request path" (published current) → NotSupported: fall back to sendMessage().
    TypedReply<MulticastResult>* multicast(const QList<MulticastRecipient>& recipients, const MessageStyle& style = {});
    TypedReply<int>* broadcast(const QString& message, const MessageStyle& style = {}); // users reached
    // Our extension: every registered user, online ones now and offline ones from their queue.
    TypedReply<AnnounceResult>* announce(const QString& message, const MessageStyle& style = {});
    // Our extension: closes the user's sessions (one when `resource` is set), sending `reason` to the
    // client. The value is the number of sessions closed.
    TypedReply<int>* kick(const QString& user, const QString& resource = {}, const QString& reason = {});
    // Our extension: GET /last-activity?offset=&limit=, paged like registeredUsers().
    TypedReply<LastActivityPage>* lastActivity(int offset, int limit);

    TypedReply<QStringList>* modules();
    TypedReply<int>* moduleCount();
    TypedReply<ModuleState>* module(const QString& name); // 404 {"loaded":false} → loaded=false
    TypedReply<QString>* loadModule(const QString& name); // loads, or reloads if loaded
    // Unloads, then reads the state back: the published versions answer 500 after a successful unload.
    // Succeeds when the module ends up unloaded.
    TypedReply<QString>* unloadModule(const QString& name);

    TypedReply<QStringList>* whitelist();
    TypedReply<QString>* addToWhitelist(const QString& address);
    TypedReply<QString>* removeFromWhitelist(const QString& address);

    TypedReply<QString>* reloadServer();

    TypedReply<QString>* vcard(const QString& user); // raw vCard text
    TypedReply<QString>* setVcard(const QString& user, const QString& vcard);
    TypedReply<QString>* deleteVcard(const QString& user);

    // Returns the group id the server assigned (or the one given).
    TypedReply<QString>* createGroup(const QString& name, const QString& groupId = {}, bool createDefaultMuc = false);
    TypedReply<QString>* deleteGroup(const QString& groupId);
    TypedReply<QString>* addGroupMember(const QString& groupId, const QString& user);
    TypedReply<QString>* removeGroupMember(const QString& groupId, const QString& user);
    TypedReply<QString>* syncGroup(const QString& groupId);
    TypedReply<QList<GroupInfo>>* groups(); // our extension: GET /groups
    TypedReply<GroupInfo>* group(const QString& groupId); // our extension: GET /groups/<id>

    TypedReply<QString>* wipeData(); // DELETE /data: destroys the server's data
    TypedReply<QString>* wipeCertificates(); // DELETE /certs

    TypedReply<ServerInfo>* serverInfo(); // our extension: GET /info

    // --- our account lifecycle routes (AdminRestClientAccounts.cpp). Where the server lacks what one
    // needs it answers 501 "Unavailable: <reason>": NotSupported, the reason as the server message.
    // Disables (with `reason`, which the server keeps) or enables the account.
    TypedReply<AccountState>* setAccountEnabled(const QString& user, bool enabled, const QString& reason = {});
    // DELETE /user/<u>: on a server with a grace period Scheduled (restorable), unless `immediately`.
    TypedReply<AccountDeletion>* deleteAccount(const QString& user, bool immediately = false);
    // The hosts are VirtualHosts the caller administers; empty: the one that answers.
    TypedReply<QList<PendingDeletion>>* pendingDeletions(const QString& host = {});
    TypedReply<QString>* restoreAccount(const QString& user);
    TypedReply<QList<Invitation>>* invitations(const QString& host = {}); // expired ones too
    TypedReply<Invitation>* createInvitation(const InvitationRequest& request);
    // An invitation with which `user` sets a new password (expiresInSeconds 0: the server's default).
    TypedReply<Invitation>* createResetInvitation(const QString& user, int expiresInSeconds = 0);
    TypedReply<QString>* revokeInvitation(const QString& token, const QString& host = {});
    // --- our rooms, federation and certificates extensions (AdminRestClientRooms.cpp). `host` empty:
    // every host the account administers. Room JIDs are bare (room@service).
    // GET /rooms?offset=&limit=: a page of the rooms sorted by JID (`occupant`: those that user is in now);
    // a module without paging answers every room at once (a page whose total is its size).
    TypedReply<RoomPage>* rooms(int offset, int limit, const QString& host = {}, const QString& occupant = {});
    TypedReply<RoomDetails>* room(const QString& roomJid);
    TypedReply<QString>* createRoom(const QString& roomJid, const RoomSettings& settings);
    // affiliation: owner, admin, member, outcast or none
    TypedReply<QString>* setRoomAffiliation(
        const QString& roomJid, const QString& jid, const QString& affiliation, const QString& reason = {});
    TypedReply<QString>* destroyRoom(const QString& roomJid, const QString& reason = {}, const QString& alternate = {});
    // Destroys exactly the rooms listed (those that exist); refused as a whole when one is not the account's.
    TypedReply<RoomDestroyResult>* destroyRooms(
        const QStringList& roomJids, const QString& reason = {}, const QString& alternate = {});
    TypedReply<QList<S2sConnection>>* s2sConnections(const QString& host = {});
    TypedReply<QString>* closeS2sConnection(const QString& id, const QString& reason = {});
    TypedReply<QList<CertificateInfo>>* certificates(const QString& host = {});
    // --- signing in once (our module's "tokens" extension)
    // On: the next request fetches a token (POST /token) and the requests after it carry it; off:
    // HTTP Basic on every request. CapabilityProbe turns it on where the server lists "tokens".
    // A fetch refused for good (wrong password, no such route) turns it off.
    void setTokenAuthentication(bool enabled);
    bool usesToken() const { return m_token.enabled(); }
    // Tokens the server issued so far: one per sign-in, plus one per renewal (a refused sign-in: none).
    int tokenSignIns() const { return m_token.fetchCount(); }
    // Where the client gets the password again when it has to sign in anew (a token refused or
    // expired): the keychain lookup of the profile. With a source, the client forgets the password
    // (settings().password is then empty) as soon as it holds a token, and asks the source for it
    // before the next POST /token; without one it keeps the settings' password for the session. An
    // empty answer (the keychain could not give it) fails that sign-in: the requests waiting for it
    // end with AuthenticationFailed, and nothing is sent.
    using PasswordSource = std::function<void(std::function<void(const QString& password)> deliver)>;
    void setPasswordSource(PasswordSource source) { m_passwordSource = std::move(source); }
    // POST /token, with the password. The value's token is a secret.
    TypedReply<AccessToken>* issueToken();
    // DELETE /token: the token the client holds (which it then forgets), else every token of the account.
    TypedReply<QString>* revokeToken();
    // Ends the client's work for good (SignOut calls it when a session or a probe lets go): every
    // request under way ends Cancelled, later calls are refused (Cancelled, nothing sent), and the
    // token held is revoked (DELETE /token with that token; a sign-in under way is let finish and its
    // token revoked). Returns the revocation's reply, or null when there is no token to revoke.
    ApiReply* signOut();

    // --- asking in bulk (our module's "batch" extension): POST /batch/<operation>, at most
    // ServerInfo::batchMax users each. Every item carries the outcome its own route's call would have
    // (value or error); the reply fails only when the batch as a whole did. An empty list: InvalidInput.
    TypedReply<QList<BatchItem<CreateUserResult>>>* createUsers(const QList<NewUser>& users);
    // As deleteAccount() for each user: restorable where the server has a grace period, unless `immediately`.
    TypedReply<QList<BatchItem<AccountDeletion>>>* deleteUsers(const QStringList& users, bool immediately = false);
    TypedReply<QList<BatchItem<UserInfo>>>* userDetails(const QStringList& users);
    TypedReply<QList<BatchItem<QList<RosterItem>>>>* rosters(const QStringList& users);
    TypedReply<QList<BatchItem<UserActivity>>>* lastActivities(const QStringList& users);

signals:
    // Emitted once per HTTP request, for the activity log. Never carries a secret. A call refused
    // before sending (InvalidInput, InsecureTransport) is recorded too, with httpStatus 0.
    void requestFinished(const RequestRecord& record);

private:
    using ResponseHandler = std::function<void(const HttpResponse& response)>;

    // Sends the request, or refuses it (see admit()) with `invalid` when the route found its input invalid.
    template <typename T>
    TypedReply<T>* call(const ApiRequest& request, typename TypedReply<T>::Parser parser, const ApiError& invalid = {});
    template <typename T> TypedReply<T>* refuse(const QByteArray& method, const QString& path, const ApiError& error);
    // Whether the request may be sent: ApiError{} and its encoded path ("/user/alice?x=y"), or the
    // error to refuse it with and the path to record the refusal under. The one gate every request
    // passes: the read-only profile first, then the route's `invalid` input, the path's segments and
    // the transport policy.
    ApiError admit(const ApiRequest& request, QString& path, const ApiError& invalid = {}) const;
    // Sends one HTTP request for `reply` as an HttpExchange; `handler` gets the HTTP answer, transport
    // failures finish the reply. With token authentication it first waits for a token (fetching one
    // if needed); a 401 to a token is handled by refusedToken().
    void send(
        ApiReply* reply, const ApiRequest& request, const QString& path, ResponseHandler handler, bool renewed = false);
    void sendNow(
        ApiReply* reply, const ApiRequest& request, const QString& path, ResponseHandler handler, bool renewed);
    // The server refused the token `authorization` for `request`: renews it; true when the request was
    // sent again (then `handler` gets the new answer).
    bool refusedToken(ApiReply* reply, const ApiRequest& request, const QString& path, const ResponseHandler& handler,
        const QByteArray& authorization);
    void fetchToken();
    void issueSessionToken();
    // The password source's answer: signs in with it (empty: the sign-in fails, nothing is sent).
    void signInWith(const QString& password);
    // The sign-in ended without a token: turns tokens off or keeps them, and ends or sends the waiters.
    void signInFailed(const ApiError& error);
    // Finishes a request that waited for a sign-in with the sign-in's error, and records it, unsent.
    void endUnsent(ApiReply* reply, const ApiError& error);
    template <typename T>
    TypedReply<QList<BatchItem<T>>>* batch(const QString& operation, const QJsonArray& items,
        std::function<ApiError(const HttpResponse&, T&, QString&)> parseItem, bool changesNothing,
        const QByteArray& query = {});
    void track(ApiReply* reply);
    // Emits requestFinished(): every record of the client goes out here.
    void report(const RequestRecord& record);

    ConnectionSettings m_settings;
    QNetworkAccessManager* m_network = nullptr;
    QList<QPointer<ApiReply>> m_pending;
    TransportPolicy m_transport;
    BearerToken m_token;
    QPointer<ApiReply> m_signIn; // the POST /token under way
    PasswordSource m_passwordSource;
    bool m_readOnly = false;
    bool m_destroying = false;
    bool m_signedOut = false;
};
