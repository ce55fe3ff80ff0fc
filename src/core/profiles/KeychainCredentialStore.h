// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/CredentialStore.h"

// The OS keychain through QtKeychain (the Secret Service on Linux, Keychain on macOS, the Credential
// Manager on Windows): service = the application id, key = the profile's uuid. Never falls back to a
// plain-text file (setInsecureFallback(false)); where there is no keychain, calls end Unavailable.
// Jobs run asynchronously and delete themselves after finishing, even when the store is deleted first
// (their callbacks then still reach a context that lives).
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    // An empty service is the application's.
    explicit KeychainCredentialStore(const QString& service = {}, QObject* parent = nullptr);

    // The application id, org.prosodyadmin.Console: the service the console's passwords are kept under.
    static QString applicationService();

    QString service() const { return m_service; }

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

private:
    QString m_service;
};
