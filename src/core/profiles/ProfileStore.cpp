// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ProfileStore.h"

#include "storage/PrivateFiles.h"

#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr auto ProfilesGroup = "Profiles"_L1;
constexpr auto LastUsedKey = "General/lastProfile"_L1;
} // namespace

ProfileStore::ProfileStore(const QString& fileName, QObject* parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/profiles.ini"_s;
}

QString ProfileStore::fileName() const
{
    return m_settings.fileName();
}

QString ProfileStore::groupOf(const QUuid& id)
{
    return ProfilesGroup + u'/' + id.toString(QUuid::WithoutBraces);
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings.beginGroup(ProfilesGroup);
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    QList<Profile> result;
    for (const QString& key : ids) {
        const QUuid id(key);
        if (id.isNull() || id == Profile::sandboxId())
            continue;
        if (std::optional<Profile> found = profile(id))
            result.append(*found);
    }
    std::sort(result.begin(), result.end(), [](const Profile& a, const Profile& b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

bool ProfileStore::isEmpty() const
{
    return profiles().isEmpty();
}

std::optional<Profile> ProfileStore::profile(const QUuid& id) const
{
    if (id.isNull())
        return std::nullopt;
    m_settings.beginGroup(groupOf(id));
    QVariantMap map;
    for (const QString& key : m_settings.childKeys())
        map.insert(key, m_settings.value(key));
    m_settings.endGroup();
    if (map.isEmpty())
        return std::nullopt;
    return Profile::fromMap(id, map);
}

std::optional<Profile> ProfileStore::findByName(const QString& name) const
{
    const QString wanted = name.trimmed();
    for (const Profile& profile : profiles()) {
        if (profile.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

QString ProfileStore::uniqueName(const QString& wanted, const QUuid& except) const
{
    const QString base = wanted.trimmed();
    auto taken = [this, &except](const QString& name) {
        const std::optional<Profile> other = findByName(name);
        return (other && other->id != except) || name.compare(Profile::sandboxName(), Qt::CaseInsensitive) == 0;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = u"%1 (%2)"_s.arg(base).arg(n);
    return name;
}

QString ProfileStore::nameProblem(const QString& name, const QUuid& id) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the profile a name.");
    if (trimmed.compare(Profile::sandboxName(), Qt::CaseInsensitive) == 0)
        return tr("“%1” is the built-in sandbox's name. Choose another name.").arg(trimmed);
    const std::optional<Profile> other = findByName(trimmed);
    if (other && other->id != id)
        return tr("Another profile is already called “%1”. Choose another name.").arg(other->name);
    return {};
}

std::optional<Profile> ProfileStore::save(Profile profile)
{
    if (profile.isSandbox()) {
        m_error = tr("The built-in sandbox profile cannot be stored.");
        return std::nullopt;
    }
    if (profile.id.isNull())
        profile.id = QUuid::createUuid();
    profile.name = profile.name.trimmed();
    const QString group = groupOf(profile.id);
    m_settings.remove(group);
    m_settings.beginGroup(group);
    const QVariantMap map = profile.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        m_settings.setValue(it.key(), it.value());
    m_settings.endGroup();
    if (!sync())
        return std::nullopt;
    emit profileSaved(profile);
    return profile;
}

bool ProfileStore::remove(const QUuid& id)
{
    if (!profile(id))
        return true;
    m_settings.remove(groupOf(id));
    if (lastUsed() == id)
        m_settings.remove(LastUsedKey);
    if (!sync())
        return false;
    emit profileRemoved(id);
    return true;
}

std::optional<Profile> ProfileStore::duplicate(const QUuid& id)
{
    std::optional<Profile> original = profile(id);
    if (!original) {
        m_error = tr("The profile to duplicate no longer exists.");
        return std::nullopt;
    }
    Profile copy = *original;
    copy.id = QUuid::createUuid();
    copy.name = uniqueName(tr("%1 (copy)").arg(original->name));
    return save(copy);
}

QList<Profile> ProfileStore::importProfiles(const QList<Profile>& profiles)
{
    QList<Profile> stored;
    for (Profile profile : profiles) {
        if (profile.id.isNull() || profile.isSandbox() || this->profile(profile.id))
            profile.id = QUuid::createUuid();
        profile.name = uniqueName(profile.name.trimmed().isEmpty() ? tr("Imported profile") : profile.name);
        if (std::optional<Profile> saved = save(profile))
            stored.append(*saved);
    }
    return stored;
}

QUuid ProfileStore::lastUsed() const
{
    return QUuid(m_settings.value(LastUsedKey).toString());
}

void ProfileStore::setLastUsed(const QUuid& id)
{
    if (id == lastUsed())
        return;
    m_settings.setValue(LastUsedKey, id.toString(QUuid::WithoutBraces));
    sync();
}

bool ProfileStore::sync()
{
    m_settings.sync();
    switch (m_settings.status()) {
    case QSettings::NoError:
        m_error.clear();
        PrivateFiles::restrictFile(m_settings.fileName()); // QSettings writes new files 0644
        return true;
    case QSettings::AccessError:
        m_error = tr("The profiles could not be saved to %1: the file or its folder is not writable.")
                      .arg(m_settings.fileName());
        return false;
    case QSettings::FormatError:
        m_error = tr("The profiles file %1 is damaged; it was not changed.").arg(m_settings.fileName());
        return false;
    }
    return false;
}
