// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/KeychainCredentialStore.h"

#include "logging/LogCategories.h"

#include <qt6keychain/keychain.h>

namespace {

CredentialStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // The libsecret backend reports a missing session bus or Secret Service as OtherError.
    case QKeychain::OtherError:
        return CredentialStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return CredentialStore::Status::Failed;
    }
    return CredentialStore::Status::Failed;
}

// Starts the job and reports its outcome to `done` through `context`. The job has no parent and
// deletes itself when it finishes: the Secret Service's reply comes back to the job, so deleting it
// with the store while its D-Bus call is under way would leave that reply to freed memory.
void run(QKeychain::Job* job, QObject* context, CredentialStore::Callback done, bool isRemove)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), isRemove](QKeychain::Job* job) {
        CredentialStore::Result result;
        result.status = statusOf(job->error());
        if (result.status == CredentialStore::Status::NotFound && isRemove)
            result.status = CredentialStore::Status::Ok;
        if (!result.ok())
            result.detail = job->errorString();
        qCDebug(lcKeychain).noquote() << job->metaObject()->className() << job->service() << job->key()
                                      << (result.ok() ? QStringLiteral("done") : result.detail);
        if (result.ok()) {
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job))
                result.secret = read->textData();
        }
        done(result);
    });
    job->start();
}

} // namespace

QString KeychainCredentialStore::applicationService()
{
    return QStringLiteral(PAC_APP_ID);
}

KeychainCredentialStore::KeychainCredentialStore(const QString& service, QObject* parent)
    : CredentialStore(parent)
    , m_service(service.isEmpty() ? applicationService() : service)
{
}

void KeychainCredentialStore::read(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done), false);
}

void KeychainCredentialStore::write(const QString& key, const QString& secret, QObject* context, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done), false);
}

void KeychainCredentialStore::remove(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done), true);
}
