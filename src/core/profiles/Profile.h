// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ConnectionSettings.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QUuid>
#include <QVariantMap>

#include <utility>

class QSslCertificate;

// One server the console knows: where it is, who administers it and how to trust it. Never holds
// the password: that lives in the OS keychain (key = id) or in memory for the session.
struct Profile
{
    // Fields that can be wrong, for per-field messages in the profile dialog (the name is the store's).
    enum class Field { BaseUrl, AdminJid, PinnedCertificate, CaCertificatesFile };

    static constexpr int DefaultTimeoutSeconds = 15;
    static constexpr int MinimumTimeoutSeconds = 1;
    static constexpr int MaximumTimeoutSeconds = 600;
    static constexpr int MaximumAutoRefreshSeconds = 24 * 3600;

    QUuid id;
    QString name;
    QUrl baseUrl; // http or https, any base path: https://xmpp.example.org:5281/admin_rest
    QString adminJid; // a full JID: admin@example.org
    int timeoutSeconds = DefaultTimeoutSeconds; // per request
    int autoRefreshSeconds = 0; // 0: off
    // The dashboard and the fleet overview warn of certificates expiring within this many days.
    static constexpr int DefaultCertificateWarningDays = 14;
    static constexpr int MaximumCertificateWarningDays = 365;
    int certificateWarningDays = DefaultCertificateWarningDays;
    QByteArray pinnedCertificateSha256; // lower-case hex without colons, or empty
    QString caCertificatesFile; // PEM file of extra trusted CAs, or empty
    bool allowInsecureRemote = false; // the unsafe opt-in: Basic auth over plain HTTP to another host
    bool rememberPassword = true; // keep the password in the OS keychain, else for the session only
    bool readOnly = false; // every write is disabled while connected with this profile
    QString folder; // groups profiles in the list and the fleet overview: "Customers/Acme", or empty
    // A safety rail: a label ("production") and a colour ("#c62828") shown in the window's title and
    // across its top while connected with this profile. Both empty: no marking.
    QString marking;
    QString markingColor; // "#rrggbb", or empty

    // The colours offered for markings, by name ("red" → "#c62828").
    static QList<std::pair<QString, QString>> markingColors();

    // The built-in sandbox profile's fixed id: it is never stored.
    static QUuid sandboxId();
    static QString sandboxName();
    bool isSandbox() const { return id == sandboxId(); }

    // What AdminRestClient needs, with the password of this session.
    ConnectionSettings connectionSettings(const QString& password) const;

    // Why a field cannot be used, as a sentence that says what to do; empty when it is fine.
    QString problem(Field field) const;
    bool isUsable() const;
    // True when the password would go unencrypted to another computer (the opt-in is needed).
    bool isPlainHttpToRemoteHost() const;

    // The stored form (QSettings values and export files share it). No secret in it.
    QVariantMap toMap() const;
    static Profile fromMap(const QUuid& id, const QVariantMap& map);

    // Reads what was typed as the base URL; on failure returns an invalid QUrl and says why.
    static QUrl parseBaseUrl(const QString& text, QString* problem = nullptr);
    // "AB:CD:…" or "abcd…" → "abcd…"; empty when it is not a SHA-256 digest in hex.
    static QByteArray normalizedPin(const QString& text);
    // The pin of a certificate: the hex SHA-256 digest of its DER form, as pinnedCertificateSha256 holds it.
    static QByteArray certificatePin(const QSslCertificate& certificate);
    // "abcd…" → "AB:CD:…", as certificate viewers show fingerprints.
    static QString formatFingerprint(const QByteArray& hexDigest);

    bool operator==(const Profile& other) const = default;
};

Q_DECLARE_METATYPE(Profile)
