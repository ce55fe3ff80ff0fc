// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ProfileFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

constexpr auto FormatKey = "format"_L1;
constexpr auto FormatName = "prosody-admin-console-profiles"_L1;
constexpr auto VersionKey = "version"_L1;
constexpr int Version = 1;
constexpr auto ProfilesKey = "profiles"_L1;
constexpr auto IdKey = "id"_L1;
constexpr qint64 MaximumFileBytes = 16 * 1024 * 1024;

QString translate(const char* text)
{
    return QCoreApplication::translate("ProfileFile", text);
}

template <typename T> T fail(QString* error, const QString& why, T value = {})
{
    if (error)
        *error = why;
    return value;
}

} // namespace

bool ProfileFile::write(const QString& fileName, const QList<Profile>& profiles, QString* error)
{
    QJsonArray list;
    for (const Profile& profile : profiles) {
        QJsonObject object = QJsonObject::fromVariantMap(profile.toMap());
        object.insert(IdKey, profile.id.toString(QUuid::WithoutBraces));
        list.append(object);
    }
    const QJsonObject document{{FormatKey, FormatName}, {VersionKey, Version}, {ProfilesKey, list}};
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, translate("%1 could not be written: %2").arg(fileName, file.errorString()), false);
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(error, translate("%1 could not be written: %2").arg(fileName, file.errorString()), false);
    return true;
}

std::optional<QList<Profile>> ProfileFile::read(const QString& fileName, QString* error)
{
    using Result = std::optional<QList<Profile>>;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail<Result>(error, translate("%1 could not be opened: %2").arg(fileName, file.errorString()));
    if (file.size() > MaximumFileBytes)
        return fail<Result>(error, translate("%1 is too large to be a profiles file.").arg(fileName));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(FormatKey).toString() != FormatName)
        return fail<Result>(error, translate("%1 is not a profiles file exported by this console.").arg(fileName));
    if (root.value(VersionKey).toInt() > Version)
        return fail<Result>(error,
            translate("%1 was exported by a newer version of this console. Update the console to import it.")
                .arg(fileName));
    QList<Profile> profiles;
    for (const QJsonValue& value : root.value(ProfilesKey).toArray()) {
        const QJsonObject object = value.toObject();
        profiles.append(Profile::fromMap(QUuid(object.value(IdKey).toString()), object.toVariantMap()));
    }
    return profiles;
}
