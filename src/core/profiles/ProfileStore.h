// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QUuid>

#include <optional>

// The typed facade over the profiles' settings file: groups Profiles/<uuid>/… of an INI file, written
// atomically on every change (QSettings writes through a temporary file and renames it). Nothing
// else reads or writes that file, and no password is ever written to it.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(const QString& fileName, QObject* parent = nullptr);
    ~ProfileStore() override;

    // <config dir>/profiles.ini of this application.
    static QString defaultFileName();
    QString fileName() const;

    // Every stored profile, sorted by name.
    QList<Profile> profiles() const;
    bool isEmpty() const;
    std::optional<Profile> profile(const QUuid& id) const;
    // Case-insensitive.
    std::optional<Profile> findByName(const QString& name) const;
    // `wanted`, or "wanted (2)", "wanted (3)" … when another profile (not `except`) has that name.
    QString uniqueName(const QString& wanted, const QUuid& except = {}) const;
    // Why `name` cannot be the name of profile `id`: empty, or taken by another profile. Empty when fine.
    QString nameProblem(const QString& name, const QUuid& id) const;

    // Adds or replaces the profile (a null id gets a new one). Returns the stored profile, or nothing
    // with errorString() when it could not be written. The built-in sandbox is never stored.
    std::optional<Profile> save(Profile profile);
    bool remove(const QUuid& id);
    // A copy under a new id and the name "<name> (copy)"; the password is not copied.
    std::optional<Profile> duplicate(const QUuid& id);
    // Adds profiles read from an export file: each keeps its id unless that id is taken here, and gets a
    // unique name. Returns the profiles as stored.
    QList<Profile> importProfiles(const QList<Profile>& profiles);

    // The profile the console used last, to start with next time.
    QUuid lastUsed() const;
    void setLastUsed(const QUuid& id);

    QString errorString() const { return m_error; }

signals:
    void profileSaved(const Profile& profile);
    void profileRemoved(const QUuid& id);

private:
    bool sync();
    static QString groupOf(const QUuid& id);

    mutable QSettings m_settings;
    QString m_error;
};
