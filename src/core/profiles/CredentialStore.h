// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where passwords are kept between sessions: the OS keychain in the application, a fake in tests.
// Every call returns at once and calls `done` exactly once, later, from the event loop, unless
// `context` was destroyed meanwhile. Nothing ever blocks waiting for the keychain.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, // the keychain works but holds no secret under that key
        Unavailable, // there is no usable keychain (no Secret Service on the session bus, …)
        Denied, // the keychain refused (locked, or the user said no)
        Failed, // anything else
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Ok;
        QString secret; // read() only
        QString detail; // the backend's own words, untranslated, for the message's parenthesis

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result& result)>;

    using QObject::QObject;

    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context, Callback done) = 0;
    // Removing a key that is not there is a success.
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;

    enum class Operation { Read, Write, Remove };
    // What the operator is told about a result: the one place for the keychain's sentences. Empty for
    // Ok and NotFound, which need no explanation.
    static QString userMessage(Operation operation, const Result& result);
};
