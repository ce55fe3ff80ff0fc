// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// What server/sandbox.py reports on its one line of JSON once its Prosody is ready.
struct SandboxInfo
{
    QUrl url; // http base URL, with the base path
    QUrl httpsUrl; // empty unless started with --https
    QString jid; // the admin's JID
    QString password; // the admin's generated password (memory only)
    QString domain;
    QString secondDomain;
    QString c2sHost;
    int c2sPort = 0;
    QString demoPassword; // shared by the demo users
    QStringList users; // demo users' localparts
    QStringList botJids; // full JIDs of the demo users kept online
    QString nonAdminJid;
    QString nonAdminPassword;
    QString dataDir;
    qint64 pid = 0; // Prosody's process id
    QString certificatePem; // path of the self-signed certificate with --https
    QString prosodyVersion; // of the Prosody the sandbox runs ("0.12.3", "13.0.1")
    QString emulate; // the admin_rest it runs: "ours", or the published "classic" or "current" imitated
    QString storage; // where its Prosody keeps data: "internal" (files), "sqlite" or "postgres"

    static SandboxInfo fromJson(const QByteArray& line, QString* error);
};
