// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Everything the client needs to talk to one server. The password is held in memory only.
struct ConnectionSettings
{
    QUrl baseUrl; // e.g. http://127.0.0.1:5280/admin_rest (any base path)
    QString jid; // the admin's full JID: admin@example.org
    QString password;
    // Per request: no byte for this long fails it, and so does a whole exchange longer than four
    // times this (AdminRestClient::MaxDurationTimeouts; a server trickling its answer).
    int timeoutMs = 15000;
    qint64 maxResponseBytes = 64 * 1024 * 1024; // larger bodies are refused
    bool allowInsecureRemote = false; // explicit opt-in: Basic auth over plain HTTP to a non-loopback host
    QByteArray pinnedCertificateSha256; // hex; when set, only this certificate is accepted
    QString caCertificatesFile; // PEM file of extra trusted CAs
};
