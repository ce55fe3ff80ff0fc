// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/DeleteUsers.h"

#include "api/AdminRestClient.h"
#include "input/UserReference.h"
#include "session/ServerSession.h"

DeleteUsers::DeleteUsers(ServerSession* session, const QStringList& jids, Mode mode, QObject* parent)
    : Operation(session, parent)
    , m_mode(mode)
{
    setConcurrency(Concurrency);
    const bool immediately = mode == Mode::Immediately;
    if (batchMax() > 0 && jids.size() > 1) {
        m_batch = addBatch<AccountDeletion>(
            [this, immediately](AdminRestClient* c, const QList<int>& items) {
                QStringList users;
                for (int item : items)
                    users.append(m_paths.at(item));
                return c->deleteUsers(users, immediately);
            },
            [this](int item, const AccountDeletion& deletion) { m_results[item] = deletion.outcome; });
    }
    const QString domain = client() ? client()->domain() : QString();
    for (const QString& jid : jids) {
        const int index = int(m_paths.size());
        const QString path = UserReference::forPath(jid, domain);
        m_paths.append(path);
        m_results.append(AccountDeletion::Outcome::Deleted);
        const int item = addItem(jid,
            {valueStep([path, immediately](AdminRestClient* c) { return c->deleteAccount(path, immediately); },
                [this, index](const AccountDeletion& deletion) { m_results[index] = deletion.outcome; })});
        if (m_batch >= 0)
            setBatchStep(item, 0, m_batch);
    }
}

bool DeleteUsers::wasAlreadyGone(int index) const
{
    return outcome(index).status == Status::Succeeded && m_results.at(index) == AccountDeletion::Outcome::DidNotExist;
}

QStringList DeleteUsers::succeeded(AccountDeletion::Outcome result) const
{
    QStringList found;
    for (int i = 0; i < itemCount(); ++i) {
        if (outcome(i).status == Status::Succeeded && m_results.at(i) == result)
            found << outcome(i).label;
    }
    return found;
}

QStringList DeleteUsers::deleted() const
{
    return succeeded(AccountDeletion::Outcome::Deleted);
}

QStringList DeleteUsers::scheduled() const
{
    return succeeded(AccountDeletion::Outcome::Scheduled);
}

QStringList DeleteUsers::alreadyGone() const
{
    return succeeded(AccountDeletion::Outcome::DidNotExist);
}
