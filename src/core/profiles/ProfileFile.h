// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"

#include <QList>
#include <QString>

#include <optional>

// Export and import of profiles as a JSON file, for moving them to another computer. The file holds
// what the profiles' settings hold and never a password.
class ProfileFile
{
public:
    // Writes atomically (QSaveFile): either the whole file is there afterwards, or the old one.
    static bool write(const QString& fileName, const QList<Profile>& profiles, QString* error);
    // The profiles of an export file; nothing, with the reason, when it is not one.
    static std::optional<QList<Profile>> read(const QString& fileName, QString* error);
};
