// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "bulk/ExistingUsersCheck.h"

#include "api/AdminRestClient.h"
#include "bulk/BulkJob.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"

#include <QMetaObject>

namespace {
constexpr int PageSize = 1000;
}

ExistingUsersCheck::ExistingUsersCheck(QObject* parent)
    : QObject(parent)
    , m_scope(new RequestScope(this))
{
}

ExistingUsersCheck::~ExistingUsersCheck() = default;

void ExistingUsersCheck::start(ServerSession* session, const QStringList& jids, int concurrency)
{
    start(session ? session->client() : nullptr, session ? session->capabilities() : Capabilities{}, jids, concurrency);
}

void ExistingUsersCheck::start(
    AdminRestClient* client, const Capabilities& capabilities, const QStringList& jids, int concurrency)
{
    cancel();
    m_client = client;
    m_jids = jids;
    m_collected.clear();
    m_existing.clear();
    m_unknown.clear();
    m_error = {};
    m_concurrency = concurrency;
    m_running = true;
    m_usedListing = false;

    if (jids.isEmpty() || !client) {
        if (!client)
            m_error = ApiError::invalidInput(tr("Not connected to a server."));
        QMetaObject::invokeMethod(
            this, [finishIfCurrent = m_scope->guard([this] { finish(); })]() mutable { finishIfCurrent(); },
            Qt::QueuedConnection);
        return;
    }
    if (capabilities.registeredUsersPaged) {
        m_usedListing = true;
        listPage(0);
    } else if (capabilities.allUsers) {
        m_usedListing = true;
        auto* reply = client->allUsers();
        m_scope->onFinished(reply, [this, reply] {
            if (!reply->ok()) {
                listingFailed(reply->error());
                return;
            }
            QStringList listed;
            for (const RegisteredUser& user : reply->value())
                listed.append(user.jid);
            listingDone(listed);
        });
    } else {
        checkEach(jids);
    }
}

void ExistingUsersCheck::cancel()
{
    m_scope->reset();
    m_running = false;
    if (m_job) {
        BulkJob* job = m_job;
        m_job = nullptr;
        disconnect(job, nullptr, this, nullptr);
        job->abort();
        job->deleteLater();
    }
}

void ExistingUsersCheck::listPage(int offset)
{
    if (!m_client) {
        listingFailed(ApiError::invalidInput(tr("Not connected to a server.")));
        return;
    }
    auto* reply = m_client->registeredUsers(offset, PageSize);
    m_scope->onFinished(reply, [this, reply, offset] {
        if (!reply->ok()) {
            listingFailed(reply->error());
            return;
        }
        const RegisteredUserPage& page = reply->value();
        for (const RegisteredUser& user : page.users)
            m_collected.append(user.jid);
        const int next = offset + int(page.users.size());
        emit progress(qMin(next, page.total), page.total);
        if (!page.users.isEmpty() && next < page.total) {
            listPage(next);
            return;
        }
        listingDone(m_collected);
    });
}

void ExistingUsersCheck::listingDone(const QList<QString>& listed)
{
    const QString domainSuffix = QLatin1Char('@') + (m_client ? m_client->domain() : QString());
    const QSet<QString> registered(listed.cbegin(), listed.cend());
    QStringList elsewhere; // users of other hosts: the listing covers only the module's host
    for (const QString& jid : std::as_const(m_jids)) {
        if (!jid.endsWith(domainSuffix))
            elsewhere.append(jid);
        else if (registered.contains(jid))
            m_existing.insert(jid);
    }
    if (elsewhere.isEmpty())
        finish();
    else
        checkEach(elsewhere);
}

void ExistingUsersCheck::listingFailed(const ApiError& error)
{
    if (error.kind == ApiError::Kind::NotSupported) {
        // The probe thought the server could list its users, but it cannot: ask user by user.
        m_usedListing = false;
        checkEach(m_jids);
        return;
    }
    m_error = error;
    for (const QString& jid : std::as_const(m_jids))
        m_unknown.insert(jid, error.userMessage());
    finish();
}

void ExistingUsersCheck::checkEach(const QStringList& jids)
{
    auto* job = new BulkJob(this);
    m_job = job;
    job->setConcurrency(m_concurrency);
    const QPointer<AdminRestClient> client = m_client;
    const QString domainSuffix = QLatin1Char('@') + (client ? client->domain() : QString());
    for (const QString& jid : jids) {
        // The published classic module understands only localparts in paths.
        const QString target = jid.endsWith(domainSuffix) ? jid.chopped(domainSuffix.size()) : jid;
        job->addItem(jid, [client, target]() -> ApiReply* { return client ? client->user(target) : nullptr; });
    }
    connect(job, &BulkJob::progress, this, &ExistingUsersCheck::progress);
    connect(job, &BulkJob::finished, this, [this, job] {
        for (int i = 0; i < job->itemCount(); ++i) {
            const BulkJob::Outcome& outcome = job->outcome(i);
            if (outcome.status == BulkJob::Status::Succeeded)
                m_existing.insert(outcome.label);
            else if (outcome.error.kind != ApiError::Kind::NotFound)
                m_unknown.insert(outcome.label, outcome.message);
        }
        m_job = nullptr;
        job->deleteLater();
        finish();
    });
    job->start();
}

void ExistingUsersCheck::finish()
{
    m_running = false;
    emit finished();
}
