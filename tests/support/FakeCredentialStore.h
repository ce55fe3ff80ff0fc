// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/CredentialStore.h"

#include <QHash>

// A CredentialStore in memory for tests: answers from the event loop like the keychain, and can
// play a keychain that is missing or refuses (setFailure).
class FakeCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

    // Every later call ends with `status` (Ok: back to normal).
    void setFailure(Status status, const QString& detail = {});

    QHash<QString, QString> secrets;
    int reads = 0;
    int writes = 0;
    int removes = 0;

private:
    void answer(QObject* context, Callback done, Result result);

    Status m_failure = Status::Ok;
    QString m_detail;
};
