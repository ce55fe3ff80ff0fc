// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "FakeCredentialStore.h"

#include <QTimer>

void FakeCredentialStore::read(const QString& key, QObject* context, Callback done)
{
    ++reads;
    Result result;
    if (secrets.contains(key))
        result.secret = secrets.value(key);
    else
        result.status = Status::NotFound;
    answer(context, std::move(done), result);
}

void FakeCredentialStore::write(const QString& key, const QString& secret, QObject* context, Callback done)
{
    ++writes;
    if (m_failure == Status::Ok)
        secrets.insert(key, secret);
    answer(context, std::move(done), {});
}

void FakeCredentialStore::remove(const QString& key, QObject* context, Callback done)
{
    ++removes;
    if (m_failure == Status::Ok)
        secrets.remove(key);
    answer(context, std::move(done), {});
}

void FakeCredentialStore::setFailure(Status status, const QString& detail)
{
    m_failure = status;
    m_detail = detail;
}

void FakeCredentialStore::answer(QObject* context, Callback done, Result result)
{
    if (m_failure != Status::Ok)
        result = {m_failure, {}, m_detail};
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}
