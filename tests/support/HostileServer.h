// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "FakeHttpServer.h"
#include "api/ConnectionSettings.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

// A fake admin_rest (answering like this project's module) that says what a compromised server, or
// anyone on the path of a plain-HTTP profile, could say: every string the console shows is markup, a
// bidirectional override, an invisible character or very long. Error messages, user and contact JIDs,
// roster names and groups, roles, group names and members, vCards, module names, session resources
// and the Prosody version. The GUI tests connect panes to it and check what the widgets show.
class HostileServer : public QObject
{
    Q_OBJECT
public:
    // What the issue saw in the console's error banner: a red heading, a link to another site and an
    // image from the local disk.
    static QString markup();
    // Looks like "adminelpmaxe.elitsoh@example.org" once drawn: a right-to-left override.
    static QString reversedJid();
    // Looks exactly like admin@hostile.example: a zero-width space after "ad".
    static QString lookalikeJid();
    // A name in markup, a bell and a pair of isolates.
    static QString markupJid();
    static QString controlJid();
    // A name of 5,000 characters with no space to break at.
    static QString longJid();
    // 20,000 characters of the server's message, no space either.
    static QString longMessage();

    explicit HostileServer(QObject* parent = nullptr);

    bool listen();
    // A profile's settings for it: admin@hostile.example over loopback HTTP.
    ConnectionSettings settings() const;
    static QString domain();
    static QString adminJid();
    // The registered users it lists, the console's own account first.
    static QStringList users();
    static QStringList groupNames();
    static QStringList moduleNames();
    static QStringList resources();
    static QString vcard();

    // From now on `methodAndPath` ("GET /modules") fails with `status` and {"result": message}.
    void failWith(const QByteArray& methodAndPath, const QString& message, int status = 500);
    // Every route answers again as it did before failWith().
    void stopFailing() { m_failures.clear(); }
    FakeHttpServer& http() { return m_http; }

private:
    std::optional<FakeHttpServer::Response> answer(const FakeHttpServer::Request& request) const;

    FakeHttpServer m_http;
    QHash<QByteArray, FakeHttpServer::Response> m_failures;
};
