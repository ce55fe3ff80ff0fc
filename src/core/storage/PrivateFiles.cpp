// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "storage/PrivateFiles.h"

#include "logging/LogCategories.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace {
constexpr QFileDevice::Permissions folderMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions fileMode
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
} // namespace

bool PrivateFiles::makeFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    if (!QFile::setPermissions(path, folderMode)) {
        qCWarning(lcProfiles) << "Cannot make the folder private:" << path;
        return false;
    }
    return true;
}

bool PrivateFiles::restrictFile(const QString& path)
{
    return QFile::setPermissions(path, fileMode);
}

void PrivateFiles::restrictTree(const QString& folder)
{
    const QFileInfo root(folder);
    if (!root.isDir() || root.isSymLink())
        return;
    QFile::setPermissions(folder, folderMode);
    QDirIterator it(
        folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry = it.nextFileInfo();
        if (entry.isSymLink())
            continue;
        if (!QFile::setPermissions(entry.filePath(), entry.isDir() ? folderMode : fileMode))
            qCWarning(lcProfiles) << "Cannot make private:" << entry.filePath();
    }
}
