// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "session/UserDirectory.h"

#include "api/AdminRestClient.h"
#include "api/Capabilities.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"

#include <QStringListModel>

namespace {
constexpr int PageSize = 1000;

QString bareJid(const QString& user, const QString& domain)
{
    return user.contains(QLatin1Char('@')) ? user : user + QLatin1Char('@') + domain;
}
} // namespace

UserDirectory::UserDirectory(QObject* parent)
    : QObject(parent)
    , m_model(new QStringListModel(this))
    , m_scope(new RequestScope(this))
{
}

void UserDirectory::load(AdminRestClient* client, const Capabilities& capabilities)
{
    m_scope->reset();
    m_client = client;
    if (!client)
        return;
    m_domain = client->domain();
    if (capabilities.registeredUsersPaged) {
        loadPage(0, {});
    } else if (capabilities.allUsers) {
        auto* reply = client->allUsers();
        m_scope->onFinished(reply, [this, reply] {
            if (!reply->ok()) {
                emit failed(reply->error());
                loadConnected();
                return;
            }
            QStringList jids;
            for (const RegisteredUser& user : reply->value())
                jids.append(bareJid(user.jid, m_domain));
            finish(std::move(jids), true);
        });
    } else {
        loadConnected();
    }
}

void UserDirectory::load(const ServerSession* session)
{
    load(session->client(), session->capabilities());
}

void UserDirectory::clear()
{
    m_scope->reset();
    m_jids.clear();
    m_set.clear();
    m_model->setStringList({});
    m_complete = false;
    m_loaded = false;
}

void UserDirectory::loadPage(int offset, QStringList collected)
{
    if (!m_client)
        return;
    auto* reply = m_client->registeredUsers(offset, PageSize);
    m_scope->onFinished(reply, [this, reply, offset, collected = std::move(collected)]() mutable {
        if (!reply->ok()) {
            emit failed(reply->error());
            loadConnected();
            return;
        }
        const RegisteredUserPage& page = reply->value();
        for (const RegisteredUser& user : page.users)
            collected.append(bareJid(user.jid, m_domain));
        const int next = offset + int(page.users.size());
        if (!page.users.isEmpty() && next < page.total) {
            loadPage(next, std::move(collected));
            return;
        }
        finish(std::move(collected), true);
    });
}

void UserDirectory::loadConnected()
{
    if (!m_client)
        return;
    auto* reply = m_client->connectedSessions();
    m_scope->onFinished(reply, [this, reply] {
        if (!reply->ok()) {
            emit failed(reply->error());
            finish({}, false);
            return;
        }
        QStringList jids;
        for (const ConnectedSession& session : reply->value())
            jids.append(bareJid(session.username, m_domain));
        finish(std::move(jids), false);
    });
}

void UserDirectory::finish(QStringList jids, bool complete)
{
    jids.sort();
    jids.removeDuplicates();
    m_complete = complete;
    m_loaded = true;
    // Resetting the completer's model closes its popup: only do it when the list changed.
    if (jids != m_jids) {
        m_jids = std::move(jids);
        m_set = QSet<QString>(m_jids.cbegin(), m_jids.cend());
        m_model->setStringList(m_jids);
    }
    emit loaded();
}
