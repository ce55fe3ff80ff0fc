// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Files only their owner may read: the audit trails (which servers and accounts the operator
// manages), the drafts and the profiles. Folders are 0700, files 0600.
class PrivateFiles
{
public:
    // Creates the folder and the ones above it that are missing; the folder itself is made 0700.
    static bool makeFolder(const QString& path);
    // Makes an existing file 0600.
    static bool restrictFile(const QString& path);
    // Makes the folder and every folder below it 0700 and every file in them 0600 (existing files
    // from older versions, created 0644 in 0755 folders). Symbolic links are left alone.
    static void restrictTree(const QString& folder);
};
