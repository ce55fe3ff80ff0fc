// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/ResponseParser.h"

#include "api/ResponseParserSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace ResponseParserSupport;

// The server itself: modules, the whitelist, /info.

ApiError ResponseParser::parseModules(const HttpResponse& response, QStringList& value, QString& serverMessage)
{
    return parseResultStrings(response, "modules"_L1, "names"_L1, value, serverMessage);
}

ApiError ResponseParser::parseModule(const HttpResponse& response, ModuleState& value, QString& serverMessage)
{
    const Envelope envelope = ResponseParser::envelope(response);
    serverMessage = envelope.message;
    // Not loaded is 404 {"module":…,"loaded":false}.
    const bool answered
        = envelope.isJson && envelope.result.isObject() && envelope.result.toObject().value("loaded"_L1).isBool();
    if (!(response.status == 404 && answered)) {
        if (ApiError error = classify(response)) {
            return error;
        }
        if (!envelope.isJson) {
            return malformed(response, envelope.parseError);
        }
        if (!answered) {
            return malformed(response, u"result.loaded is not a boolean"_s);
        }
    }
    const QJsonObject object = envelope.result.toObject();
    value.name = asText(object.value("module"_L1));
    value.loaded = object.value("loaded"_L1).toBool();
    return {};
}

ApiError ResponseParser::parseUnloadModule(const HttpResponse& response, QString& value, QString& serverMessage)
{
    const Envelope envelope = ResponseParser::envelope(response);
    if (response.status == 404 && envelope.message.startsWith("Module is not loaded"_L1)) {
        serverMessage = envelope.message;
        value = envelope.message;
        return {};
    }
    return parseMessage(response, value, serverMessage);
}

ApiError ResponseParser::parseWhitelist(const HttpResponse& response, QStringList& value, QString& serverMessage)
{
    return parseResultStrings(response, "whitelist"_L1, "addresses"_L1, value, serverMessage);
}

ApiError ResponseParser::parseServerInfo(const HttpResponse& response, ServerInfo& value, QString& serverMessage)
{
    QJsonObject info;
    if (ApiError error = successMemberObject(response, "info"_L1, info, serverMessage)) {
        return error;
    }
    ServerInfo parsed;
    parsed.server = asText(info.value("server"_L1));
    parsed.prosodyVersion = asText(info.value("prosody_version"_L1));
    parsed.module = asText(info.value("module"_L1));
    parsed.moduleVersion = asText(info.value("module_version"_L1));
    qint64 number = 0;
    if (asWholeNumber(info.value("uptime"_L1), number)) {
        parsed.uptimeSeconds = number;
    }
    // The process's resident size where the server reports it (ours), else its heap.
    if (asWholeNumber(info.value("rss"_L1), number) || asWholeNumber(info.value("memory"_L1), number)) {
        parsed.memoryBytes = number;
    }
    const QJsonValue modules = info.value("modules"_L1);
    if (modules.isArray()) {
        parsed.moduleCount = int(modules.toArray().size());
    } else if (modules.isObject()) {
        parsed.moduleCount = int(modules.toObject().size());
    } else {
        int count = -1;
        if (asInt(modules, count)) {
            parsed.moduleCount = count;
        }
    }
    if (!asStringList(info.value("hosts"_L1), parsed.hosts)) {
        return malformed(response, u"result.info.hosts is not a list of names"_s);
    }
    if (!asStringList(info.value("extensions"_L1), parsed.extensions)) {
        return malformed(response, u"result.info.extensions is not a list of names"_s);
    }
    // Signing in once and asking in bulk: only where the module has them.
    asInt(info.value("token_lifetime"_L1), parsed.tokenLifetimeSeconds);
    asInt(info.value("batch_max"_L1), parsed.batchMax);
    // Older versions of our module do not list roles.
    if (info.contains("roles"_L1) && !asStringList(info.value("roles"_L1), parsed.roles)) {
        return malformed(response, u"result.info.roles is not a list of names"_s);
    }
    const QJsonObject unavailable = info.value("unavailable"_L1).toObject();
    for (auto it = unavailable.begin(); it != unavailable.end(); ++it) {
        parsed.unavailable.insert(it.key(), asText(it.value()));
    }
    // Since SQL storage support: {"accounts": backend, "driver": SQL driver or null}.
    if (info.contains("storage"_L1)) {
        const QJsonValue storage = info.value("storage"_L1);
        const QJsonValue driver = storage.toObject().value("driver"_L1);
        if (!storage.isObject() || !storage.toObject().value("accounts"_L1).isString()
            || !(driver.isString() || driver.isNull() || driver.isUndefined())) {
            return malformed(response, u"result.info.storage is not a storage description"_s);
        }
        parsed.storageBackend = storage.toObject().value("accounts"_L1).toString();
        parsed.storageDriver = driver.toString();
    }
    value = parsed;
    return {};
}
