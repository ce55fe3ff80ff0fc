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
                self->m_session.insert(id, result.secret);
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
    m_store->write(keyOf(profile.id), password, context, noting(CredentialStore::Operation::Write, std::move(done)));
}

void ProfilePasswords::removeSaved(const QUuid& id, QObject* context, Callback done)
{
    if (!m_store) {
        answerLater(context, std::move(done));
        return;
    }
    m_store->remove(keyOf(id), context, noting(CredentialStore::Operation::Remove, std::move(done)));
}

void ProfilePasswords::forget(const QUuid& id, QObject* context, Callback done)
{
    m_session.remove(id);
    removeSaved(id, context, std::move(done));
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
