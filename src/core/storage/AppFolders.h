// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Where the console keeps its files (XDG): settings and profiles in <config dir>
// (~/.config/prosody-admin-console/), audit trails and drafts in <data dir>
// (~/.local/share/prosody-admin-console/). Earlier versions used
// ~/.config/ProsodyAdmin/Prosody Admin Console/ and ~/.local/share/ProsodyAdmin/Prosody Admin Console/;
// prepare() moves what is there once.
class AppFolders
{
public:
    static QString configDir();
    static QString dataDir();
    static QString legacyConfigDir();
    static QString legacyDataDir();

    // At start: moves the files of the old folders into the new ones (a file already in the new
    // folder wins and the old one stays), removes the emptied old folders, and makes both folders
    // and everything in them private (PrivateFiles).
    static void prepare();

private:
    static void moveLegacy(const QString& from, const QString& to);
};
