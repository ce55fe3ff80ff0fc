// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "sandbox/SandboxInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SandboxInfo SandboxInfo::fromJson(const QByteArray& line, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    SandboxInfo info;
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return info;
    }
    const QJsonObject o = document.object();
    auto strings = [](const QJsonValue& value) {
        QStringList list;
        for (const QJsonValue& item : value.toArray())
            list << item.toString();
        return list;
    };
    info.url = QUrl(o.value(u"url").toString());
    info.httpsUrl = QUrl(o.value(u"https_url").toString());
    info.jid = o.value(u"jid").toString();
    info.password = o.value(u"password").toString();
    info.domain = o.value(u"domain").toString();
    info.secondDomain = o.value(u"second_domain").toString();
    info.c2sHost = o.value(u"c2s_host").toString();
    info.c2sPort = o.value(u"c2s_port").toInt();
    info.demoPassword = o.value(u"demo_password").toString();
    info.users = strings(o.value(u"users"));
    for (const QJsonValue& bot : o.value(u"bots").toArray())
        info.botJids << bot.toObject().value(u"jid").toString();
    info.nonAdminJid = o.value(u"nonadmin_jid").toString();
    info.nonAdminPassword = o.value(u"nonadmin_password").toString();
    info.dataDir = o.value(u"data_dir").toString();
    info.pid = o.value(u"pid").toInteger();
    info.certificatePem = o.value(u"cert_pem").toString();
    info.prosodyVersion = o.value(u"prosody_version").toString();
    info.emulate = o.value(u"emulate").toString();
    info.storage = o.value(u"storage").toString();
    if (error && (!info.url.isValid() || info.jid.isEmpty()))
        *error = QStringLiteral("the sandbox reported no URL or admin JID");
    return info;
}
