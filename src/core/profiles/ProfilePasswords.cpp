// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ProfilePasswords.h"

#include <QTimer>

namespace {
QString keyOf(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

ProfilePasswords::ProfilePasswords(CredentialStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
}

void ProfilePasswords::lookup(const Profile& profile, QObject* context, LookupCallback done)
{
    const QUuid id = profile.id;
    if (m_session.contains(id) || !profile.rememberPassword || profile.isSandbox() || !m_store) {
        Lookup lookup;
        lookup.password = m_session.value(id);
        // Like every other answer: later, from the event loop.
        QTimer::singleShot(0, context, [lookup, done = std::move(done)] { done(lookup); });
        return;
    }
    QPointer<ProfilePasswords> self(this);
    m_store->read(keyOf(id), context, [self, id, done = std::move(done)](const CredentialStore::Result& result) {
        Lookup lookup;
        lookup.keychain = result;
        lookup.message = CredentialStore::userMessage(CredentialStore::Operation::Read, result);
        if (self) {
            self->noteResult(CredentialStore::Operation::Read, result);
            // An answer of the operator's that came in meanwhile wins over the keychain's.
            lookup.password = self->m_session.value(id);
            if (lookup.password.isEmpty() && result.ok() && !result.secret.isEmpty()) {
                lookup.password = result.secret;
                lookup.fromKeychain = true;
            }
        }
        done(lookup);
    });
}

void ProfilePasswords::store(const Profile& profile, const QString& password, QObject* context, Callback done)
{
    m_session.insert(profile.id, password);
    if (!profile.rememberPassword || profile.isSandbox() || !m_store) {
        answerLater(context, std::move(done));
        return;
    }
    const QUuid id = profile.id;
    m_store->write(keyOf(id), password, context,
        noting(CredentialStore::Operation::Write,
            [self = QPointer<ProfilePasswords>(this), id, password, done = std::move(done)](
                const CredentialStore::Result& result) {
                // The keychain has it now: no copy stays in memory (unless another came meanwhile).
                if (self && result.ok() && self->m_session.value(id) == password)
                    self->m_session.remove(id);
                done(result);
            }));
}

void ProfilePasswords::removeSaved(const QUuid& id, QObject* context, Callback done)
{
    if (!m_store || m_session.contains(id)) {
        removeFromKeychain(id, context, std::move(done));
        return;
    }
    // Only the keychain holds it: kept for this session before it goes.
    QPointer<ProfilePasswords> self(this);
    QPointer<QObject> guard(context);
    m_store->read(keyOf(id), context, [self, guard, id, done = std::move(done)](const CredentialStore::Result& read) {
        if (!self || !guard)
            return;
        if (read.ok() && !read.secret.isEmpty() && !self->m_session.contains(id))
            self->m_session.insert(id, read.secret);
        self->removeFromKeychain(id, guard, std::move(done));
    });
}

void ProfilePasswords::removeFromKeychain(const QUuid& id, QObject* context, Callback done)
{
    if (!m_store) {
        answerLater(context, std::move(done));
        return;
    }
    m_store->remove(keyOf(id), context, noting(CredentialStore::Operation::Remove, std::move(done)));
}

ProfilePasswords::PasswordSource ProfilePasswords::keychainSource(const Profile& profile)
{
    if (!profile.rememberPassword || profile.isSandbox() || !m_store || !m_keychainAvailable)
        return {};
    return [self = QPointer<ProfilePasswords>(this), id = profile.id](
               std::function<void(const QString& password)> deliver) {
        if (!self || !self->m_store) {
            deliver({});
            return;
        }
        // A password the keychain did not take (or not yet) is the session's.
        if (self->m_session.contains(id)) {
            deliver(self->m_session.value(id));
            return;
        }
        self->m_store->read(
            keyOf(id), self, [self, deliver = std::move(deliver)](const CredentialStore::Result& result) {
                if (self)
                    self->noteResult(CredentialStore::Operation::Read, result);
                deliver(result.ok() ? result.secret : QString());
            });
    };
}

void ProfilePasswords::forget(const QUuid& id, QObject* context, Callback done)
{
    m_session.remove(id);
    removeFromKeychain(id, context, std::move(done));
}

void ProfilePasswords::answerLater(QObject* context, Callback done)
{
    // Nothing to ask the keychain: success, from the event loop like its answers.
    QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
}

ProfilePasswords::Callback ProfilePasswords::noting(CredentialStore::Operation operation, Callback done)
{
    return [self = QPointer<ProfilePasswords>(this), operation, done = std::move(done)](
               const CredentialStore::Result& result) {
        if (self)
            self->noteResult(operation, result);
        done(result);
    };
}

void ProfilePasswords::noteResult(CredentialStore::Operation operation, const CredentialStore::Result& result)
{
    if (result.status != CredentialStore::Status::Unavailable || !m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    emit keychainUnavailable(CredentialStore::userMessage(operation, result));
}
