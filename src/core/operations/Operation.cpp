// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/Operation.h"

#include "api/AdminRestClient.h"
#include "input/UserReference.h"
#include "session/ServerSession.h"

#include <QTimer>

Operation::Operation(ServerSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_client(session ? session->client() : nullptr)
    , m_job(new BulkJob(this))
{
    connect(m_job, &BulkJob::itemChanged, this, &Operation::itemChanged);
    connect(m_job, &BulkJob::progress, this, &Operation::progress);
    connect(m_job, &BulkJob::finished, this, &Operation::finished);
}

Operation::~Operation() = default;

void Operation::start()
{
    if (m_job->total() == 0) {
        // Nothing to send: finished() all the same, asynchronously like every other outcome.
        QTimer::singleShot(0, this, &Operation::finished);
        return;
    }
    m_job->start();
}

AdminRestClient* Operation::client() const
{
    return m_client;
}

const ServerSession* Operation::session() const
{
    return m_session;
}

QString Operation::userPath(const QString& jid) const
{
    return UserReference::forPath(jid, m_client ? m_client->domain() : QString());
}

int Operation::batchMax() const
{
    if (!m_session || !m_client || m_session->client() != m_client)
        return 0;
    const Capabilities& capabilities = m_session->capabilities();
    return capabilities.batch ? capabilities.batchMax : 0;
}

QStringList Operation::labels(Status status) const
{
    QStringList found;
    for (int i = 0; i < itemCount(); ++i) {
        if (outcome(i).status == status)
            found << outcome(i).label;
    }
    return found;
}

ApiError Operation::firstError() const
{
    for (int i = 0; i < itemCount(); ++i) {
        if (outcome(i).status == Status::Failed)
            return outcome(i).error;
    }
    return {};
}
