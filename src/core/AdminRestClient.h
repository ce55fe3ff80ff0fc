#pragma once

#include "ApiReply.h"
#include "ApiTypes.h"
#include "ConnectionSettings.h"
#include "RequestRecord.h"

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

// A client of one server's admin_rest API: one method per route of shared/api/CONTRACT.md.
// Every call returns at once with a reply that emits finished() once and then deletes itself.
// <user> arguments are a localpart ("alice") or a bare JID ("alice@example.org").
// Path segments are validated (empty or containing '/' → InvalidInput, nothing sent) and
// percent-encoded. Authentication, timeouts, size limits and TLS policy are applied here, once.
class AdminRestClient : public QObject
{
    Q_OBJECT
public:
    explicit AdminRestClient(const ConnectionSettings& settings, QObject* parent = nullptr);
    ~AdminRestClient() override;

    const ConnectionSettings& settings() const { return m_settings; }
    void setSettings(const ConnectionSettings& settings);
    // The XMPP domain of the admin JID: the host the module acts on.
    QString domain() const;

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
    // Our extension: GET /registered-users?offset=&limit=
    TypedReply<RegisteredUserPage>* registeredUsers(int offset, int limit);

    TypedReply<QList<RosterItem>>* roster(const QString& user);
    TypedReply<QString>* addRosterContact(const QString& user, const QString& contactJid);
    TypedReply<QString>* removeRosterContact(const QString& user, const QString& contactJid);

    TypedReply<MessageDelivery>* sendMessage(const QString& user, const QString& message);
    // 404 "Invalid request path" (published current) → NotSupported: fall back to sendMessage().
    TypedReply<MulticastResult>* multicast(const QList<MulticastRecipient>& recipients);
    TypedReply<int>* broadcast(const QString& message); // users reached

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

signals:
    // Emitted once per HTTP request, for the activity log. Never carries a secret.
    void requestFinished(const RequestRecord& record);

private:
    ConnectionSettings m_settings;
    QNetworkAccessManager* m_network = nullptr;
};
