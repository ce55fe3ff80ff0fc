// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class AdminRestClient;
class QStringListModel;
class RequestScope;
class ServerSession;
struct Capabilities;
struct RegisteredUser;

// The bare JIDs of a host's users, for completers and for checking that a contact or member exists:
// every registered user where the server can list them (our paged GET /registered-users, else
// GET /all-users), only the connected ones where it cannot. Loads asynchronously; a newer load
// makes the answers of an older one stale.
class UserDirectory : public QObject
{
    Q_OBJECT
public:
    explicit UserDirectory(QObject* parent = nullptr);

    void load(AdminRestClient* client, const Capabilities& capabilities);
    // The users of the session's current server.
    void load(const ServerSession* session);
    void clear();

    // Sorted bare JIDs. The model is reset on each load (a completer needs no more).
    QStringList jids() const { return m_jids; }
    QStringListModel* model() const { return m_model; }
    bool contains(const QString& bareJid) const { return m_set.contains(bareJid); }
    // True when the list holds every registered user, false when only the connected ones.
    bool isComplete() const { return m_complete; }
    bool isLoaded() const { return m_loaded; }

signals:
    void loaded();
    void failed(const ApiError& error);

private:
    // Called only from the current load's replies (m_scope drops the older ones).
    void loadPage(int offset, QStringList collected);
    void loadConnected();
    void finish(QStringList jids, bool complete);

    QPointer<AdminRestClient> m_client;
    QStringListModel* m_model = nullptr;
    QStringList m_jids;
    QSet<QString> m_set;
    QString m_domain;
    RequestScope* m_scope = nullptr;
    bool m_complete = false;
    bool m_loaded = false;
};
