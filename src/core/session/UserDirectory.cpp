#include "session/UserDirectory.h"

#include "api/AdminRestClient.h"
#include "api/Capabilities.h"
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
{
}

void UserDirectory::load(AdminRestClient* client, const Capabilities& capabilities)
{
    const quint64 generation = ++m_generation;
    m_client = client;
    if (!client)
        return;
    m_domain = client->domain();
    if (capabilities.registeredUsersPaged) {
        loadPage(generation, 0, {});
    } else if (capabilities.allUsers) {
        auto* reply = client->allUsers();
        connect(reply, &ApiReply::finished, this, [this, reply, generation] {
            if (generation != m_generation)
                return;
            if (!reply->ok()) {
                emit failed(reply->error());
                loadConnected(generation);
                return;
            }
            QStringList jids;
            for (const RegisteredUser& user : reply->value())
                jids.append(bareJid(user.jid, m_domain));
            finish(generation, std::move(jids), true);
        });
    } else {
        loadConnected(generation);
    }
}

void UserDirectory::load(const ServerSession* session)
{
    load(session->client(), session->capabilities());
}

void UserDirectory::clear()
{
    ++m_generation;
    m_jids.clear();
    m_set.clear();
    m_model->setStringList({});
    m_complete = false;
    m_loaded = false;
}

void UserDirectory::loadPage(quint64 generation, int offset, QStringList collected)
{
    if (!m_client)
        return;
    auto* reply = m_client->registeredUsers(offset, PageSize);
    connect(reply, &ApiReply::finished, this,
        [this, reply, generation, offset, collected = std::move(collected)]() mutable {
            if (generation != m_generation)
                return;
            if (!reply->ok()) {
                emit failed(reply->error());
                loadConnected(generation);
                return;
            }
            const RegisteredUserPage& page = reply->value();
            for (const RegisteredUser& user : page.users)
                collected.append(bareJid(user.jid, m_domain));
            const int next = offset + int(page.users.size());
            if (!page.users.isEmpty() && next < page.total) {
                loadPage(generation, next, std::move(collected));
                return;
            }
            finish(generation, std::move(collected), true);
        });
}

void UserDirectory::loadConnected(quint64 generation)
{
    if (!m_client)
        return;
    auto* reply = m_client->connectedSessions();
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        if (!reply->ok()) {
            emit failed(reply->error());
            finish(generation, {}, false);
            return;
        }
        QStringList jids;
        for (const ConnectedSession& session : reply->value())
            jids.append(bareJid(session.username, m_domain));
        finish(generation, std::move(jids), false);
    });
}

void UserDirectory::finish(quint64 generation, QStringList jids, bool complete)
{
    if (generation != m_generation)
        return;
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
