// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "storage/AppFolders.h"

#include "logging/LogCategories.h"
#include "storage/PrivateFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
const QString legacyFolder = u"/ProsodyAdmin/Prosody Admin Console"_s;
} // namespace

QString AppFolders::configDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString AppFolders::dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppFolders::legacyConfigDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + legacyFolder;
}

QString AppFolders::legacyDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + legacyFolder;
}

void AppFolders::prepare()
{
    moveLegacy(legacyConfigDir(), configDir());
    moveLegacy(legacyDataDir(), dataDir());
    PrivateFiles::makeFolder(configDir());
    PrivateFiles::makeFolder(dataDir());
    PrivateFiles::restrictTree(configDir());
    PrivateFiles::restrictTree(dataDir());
}

void AppFolders::moveLegacy(const QString& from, const QString& to)
{
    if (from == to || !QFileInfo(from).isDir())
        return;
    PrivateFiles::makeFolder(to);
    const QDir source(from);
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + u'/' + source.relativeFilePath(file);
        if (QFileInfo::exists(target)) {
            qCInfo(lcProfiles) << "Not moved, the new folder has it already:" << file;
            continue;
        }
        PrivateFiles::makeFolder(QFileInfo(target).absolutePath());
        if (QFile::rename(file, target))
            qCInfo(lcProfiles) << "Moved" << file << "to" << target;
        else
            qCWarning(lcProfiles) << "Cannot move" << file << "to" << target;
    }
    // Remove the folders left empty, deepest first; rmdir fails on those still holding a file.
    QStringList folders;
    QDirIterator dirs(from, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext())
        folders.prepend(dirs.next());
    folders.append(from);
    for (const QString& folder : folders)
        QDir().rmdir(folder);
    QDir().rmdir(QFileInfo(from).absolutePath()); // "ProsodyAdmin", when nothing else is in it
}
