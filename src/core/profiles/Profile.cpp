// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/Profile.h"

#include "api/AdminRestClient.h"
#include "api/HttpExchange.h"
#include "input/JidValidator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The stored keys, shared by QSettings and export files.
constexpr auto NameKey = "name"_L1;
constexpr auto BaseUrlKey = "baseUrl"_L1;
constexpr auto AdminJidKey = "adminJid"_L1;
constexpr auto TimeoutKey = "timeoutSeconds"_L1;
constexpr auto AutoRefreshKey = "autoRefreshSeconds"_L1;
constexpr auto CertificateWarningKey = "certificateWarningDays"_L1;
constexpr auto PinKey = "pinnedCertificateSha256"_L1;
constexpr auto CaFileKey = "caCertificatesFile"_L1;
constexpr auto InsecureKey = "allowInsecureRemote"_L1;
constexpr auto RememberKey = "rememberPassword"_L1;
constexpr auto ReadOnlyKey = "readOnly"_L1;
constexpr auto FolderKey = "folder"_L1;
constexpr auto MarkingKey = "marking"_L1;
constexpr auto MarkingColorKey = "markingColor"_L1;

QString translate(const char* text)
{
    return QCoreApplication::translate("Profile", text);
}

} // namespace

QUuid Profile::sandboxId()
{
    static const QUuid id(u"{5a4db0c5-0000-4000-8000-5a4db0c50000}"_s);
    return id;
}

QString Profile::sandboxName()
{
    return translate("Sandbox");
}

ConnectionSettings Profile::connectionSettings(const QString& password) const
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.jid = adminJid.trimmed();
    settings.password = password;
    settings.timeoutMs = std::clamp(timeoutSeconds, MinimumTimeoutSeconds, MaximumTimeoutSeconds) * 1000;
    settings.allowInsecureRemote = allowInsecureRemote;
    settings.pinnedCertificateSha256 = pinnedCertificateSha256;
    settings.caCertificatesFile = caCertificatesFile;
    return settings;
}

QString Profile::problem(Field field) const
{
    switch (field) {
    case Field::BaseUrl: {
        QString why;
        parseBaseUrl(baseUrl.toString(), &why);
        return why;
    }
    case Field::AdminJid: {
        const QString jid = adminJid.trimmed();
        if (jid.isEmpty())
            return translate("Enter the admin's JID, e.g. admin@example.org.");
        if (!jid.contains(u'@'))
            return translate("Enter the admin's full JID with its domain (admin@example.org), not only the user name: "
                             "the server reads a bare name as a host name.");
        const JidValidator::Result result = JidValidator::checkBareJid(jid.section(u'/', 0, 0));
        return result.valid ? QString() : result.message;
    }
    case Field::PinnedCertificate:
        if (pinnedCertificateSha256.isEmpty() || !normalizedPin(QString::fromLatin1(pinnedCertificateSha256)).isEmpty())
            return {};
        return translate(
            "The pinned certificate must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.");
    case Field::CaCertificatesFile:
        if (caCertificatesFile.isEmpty() || QFileInfo(caCertificatesFile).isReadable())
            return {};
        return translate("The CA file %1 cannot be read. Choose a readable PEM file or clear the field.")
            .arg(caCertificatesFile);
    }
    return {};
}

QList<std::pair<QString, QString>> Profile::markingColors()
{
    return {
        {translate("Red"), u"#c62828"_s},
        {translate("Orange"), u"#ef6c00"_s},
        {translate("Yellow"), u"#f9a825"_s},
        {translate("Green"), u"#2e7d32"_s},
        {translate("Blue"), u"#1565c0"_s},
        {translate("Purple"), u"#6a1b9a"_s},
        {translate("Grey"), u"#546e7a"_s},
    };
}

bool Profile::isUsable() const
{
    for (Field field : {Field::BaseUrl, Field::AdminJid, Field::PinnedCertificate, Field::CaCertificatesFile}) {
        if (!problem(field).isEmpty())
            return false;
    }
    return true;
}

bool Profile::isPlainHttpToRemoteHost() const
{
    return baseUrl.scheme().compare("http"_L1, Qt::CaseInsensitive) == 0
        && !AdminRestClient::isLoopbackHost(baseUrl.host());
}

QVariantMap Profile::toMap() const
{
    return {
        {NameKey, name},
        {BaseUrlKey, baseUrl.toString()},
        {AdminJidKey, adminJid},
        {TimeoutKey, timeoutSeconds},
        {AutoRefreshKey, autoRefreshSeconds},
        {CertificateWarningKey, certificateWarningDays},
        {PinKey, QString::fromLatin1(pinnedCertificateSha256)},
        {CaFileKey, caCertificatesFile},
        {InsecureKey, allowInsecureRemote},
        {RememberKey, rememberPassword},
        {ReadOnlyKey, readOnly},
        {FolderKey, folder},
        {MarkingKey, marking},
        {MarkingColorKey, markingColor},
    };
}

Profile Profile::fromMap(const QUuid& id, const QVariantMap& map)
{
    // Missing or unreadable values take the defaults; an unsafe setting is only ever on when stored as such.
    Profile profile;
    profile.id = id;
    profile.name = map.value(NameKey).toString();
    profile.baseUrl = QUrl(map.value(BaseUrlKey).toString());
    profile.adminJid = map.value(AdminJidKey).toString();
    bool ok = false;
    const int timeout = map.value(TimeoutKey).toInt(&ok);
    profile.timeoutSeconds
        = ok ? std::clamp(timeout, MinimumTimeoutSeconds, MaximumTimeoutSeconds) : DefaultTimeoutSeconds;
    const int refresh = map.value(AutoRefreshKey).toInt(&ok);
    profile.autoRefreshSeconds = ok ? std::clamp(refresh, 0, MaximumAutoRefreshSeconds) : 0;
    const int warningDays = map.value(CertificateWarningKey).toInt(&ok);
    profile.certificateWarningDays
        = ok ? std::clamp(warningDays, 0, MaximumCertificateWarningDays) : DefaultCertificateWarningDays;
    // A damaged pin is kept as it is: the client then refuses every certificate, rather than none being pinned.
    const QString pin = map.value(PinKey).toString().trimmed();
    const QByteArray normalized = normalizedPin(pin);
    profile.pinnedCertificateSha256 = normalized.isEmpty() ? pin.toLatin1() : normalized;
    profile.caCertificatesFile = map.value(CaFileKey).toString();
    profile.allowInsecureRemote = map.value(InsecureKey, false).toBool();
    profile.rememberPassword = map.value(RememberKey, true).toBool();
    profile.readOnly = map.value(ReadOnlyKey, false).toBool();
    profile.folder = map.value(FolderKey).toString().trimmed();
    profile.marking = map.value(MarkingKey).toString().trimmed();
    // Only a colour of the form "#rrggbb" is kept: anything else would end up in a style.
    static const QRegularExpression colorPattern(u"^#[0-9a-fA-F]{6}$"_s);
    const QString color = map.value(MarkingColorKey).toString();
    profile.markingColor = colorPattern.match(color).hasMatch() ? color.toLower() : QString();
    return profile;
}

QUrl Profile::parseBaseUrl(const QString& text, QString* problem)
{
    auto fail = [problem](const QString& why) {
        if (problem)
            *problem = why;
        return QUrl();
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(translate("Enter the address of the server's admin_rest, e.g. "
                              "https://xmpp.example.org:5281/admin_rest."));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!trimmed.contains("://"_L1) || (scheme != "http"_L1 && scheme != "https"_L1))
        return fail(translate("Start the address with https:// (or http://), e.g. "
                              "https://xmpp.example.org:5281/admin_rest."));
    if (!url.isValid() || url.host().isEmpty())
        return fail(translate("The address is not a valid URL: %1").arg(url.isValid() ? trimmed : url.errorString()));
    if (!url.userInfo().isEmpty())
        return fail(translate("Remove the user name and password from the address: the admin JID and the keychain "
                              "hold them."));
    if (url.hasQuery() || url.hasFragment())
        return fail(translate("Remove the ?query or #fragment from the address: only a base path is allowed."));
    if (problem)
        problem->clear();
    return url;
}

QByteArray Profile::normalizedPin(const QString& text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(u':');
    hex.remove(u' ');
    static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
    return sha256.match(hex).hasMatch() ? hex.toLatin1() : QByteArray();
}

QByteArray Profile::certificatePin(const QSslCertificate& certificate)
{
    return HttpExchange::certificateDigest(certificate);
}

QString Profile::formatFingerprint(const QByteArray& hexDigest)
{
    const QString hex = QString::fromLatin1(hexDigest).toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2));
    return pairs.join(u':');
}
