// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/CredentialStore.h"
#include "profiles/Profile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>

// The profiles' passwords: in the keychain (key = the profile's uuid) when the profile remembers its
// password, and read from it each time one is needed; in memory for this session only where the
// keychain does not hold it (the profile does not remember it, the keychain is missing or refused it,
// the sandbox). The only place that talks to the CredentialStore.
class ProfilePasswords : public QObject
{
    Q_OBJECT
public:
    struct Lookup
    {
        QString password; // empty when none is known: ask the operator
        bool fromKeychain = false;
        CredentialStore::Result keychain; // the keychain's answer, when it was asked
        QString message; // why the keychain could not help, as a sentence, or empty

        bool found() const { return !password.isEmpty(); }
    };
    using LookupCallback = std::function<void(const Lookup& lookup)>;
    using Callback = CredentialStore::Callback;

    explicit ProfilePasswords(CredentialStore* store, QObject* parent = nullptr);

    // The session's password, else the keychain's when the profile remembers it (not kept in memory).
    // Never prompts.
    void lookup(const Profile& profile, QObject* context, LookupCallback done);
    // Saves the password in the keychain when the profile remembers passwords; keeps it for this
    // session until the keychain has it (for good where the keychain fails or is not asked). `done`
    // gets the keychain's answer (Ok when nothing was asked of it); CredentialStore::userMessage()
    // words a failure.
    void store(const Profile& profile, const QString& password, QObject* context, Callback done);
    // Removes the saved password from the keychain and keeps it for this session ("Remember" turned
    // off): read back first when only the keychain held it.
    void removeSaved(const QUuid& id, QObject* context, Callback done);
    // Forgets the password: in this session and in the keychain (a deleted profile).
    void forget(const QUuid& id, QObject* context, Callback done);
    // Forgets it for this session only (the server refused it).
    void forgetForSession(const QUuid& id) { m_session.remove(id); }

    QString sessionPassword(const QUuid& id) const { return m_session.value(id); }
    bool hasSessionPassword(const QUuid& id) const { return m_session.contains(id); }
    // For the built-in sandbox, whose password is never saved.
    void setSessionPassword(const QUuid& id, const QString& password) { m_session.insert(id, password); }

    // Where a session on `profile` gets its password again when it has to sign in anew (its token
    // expired or was revoked), so that the password stays in the keychain only and not in the
    // client's memory (AdminRestClient::setPasswordSource): where the profile keeps its password in
    // the keychain, a keychain read (the session's copy while the keychain has none); else none (the
    // client then keeps the password for its session). A password the keychain cannot give is empty.
    using PasswordSource = std::function<void(std::function<void(const QString& password)> deliver)>;
    PasswordSource keychainSource(const Profile& profile);

    // False once the keychain said it is not there; the console then says so when it matters.
    bool keychainAvailable() const { return m_keychainAvailable; }

signals:
    // The first time the keychain turns out to be missing in this session.
    void keychainUnavailable(const QString& message);

private:
    void answerLater(QObject* context, Callback done);
    void removeFromKeychain(const QUuid& id, QObject* context, Callback done);
    // `done`, after noting whether the keychain turned out to be missing.
    Callback noting(CredentialStore::Operation operation, Callback done);
    void noteResult(CredentialStore::Operation operation, const CredentialStore::Result& result);

    QPointer<CredentialStore> m_store;
    QHash<QUuid, QString> m_session;
    bool m_keychainAvailable = true;
};
