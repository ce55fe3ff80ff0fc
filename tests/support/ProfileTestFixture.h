// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "FakeCredentialStore.h"
#include "TestServer.h"
#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

// What the tests of profiles share (header-only, a second base of the test class): the sandbox, and
// for each test a fresh profile store in a temporary directory with a fake keychain for its passwords.
class ProfileTestFixture
{
protected:
    // Starts the sandbox with three users and no bots. False with m_server.error() when it could not.
    bool startSandbox()
    {
        QStandardPaths::setTestModeEnabled(true);
        return m_server.start(
            {QStringLiteral("--users"), QStringLiteral("3"), QStringLiteral("--bots"), QStringLiteral("0")});
    }

    // An empty profile store in a new temporary directory, and an empty keychain.
    void freshProfileStore()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
        m_keychain = std::make_unique<FakeCredentialStore>();
    }

    // The keychain key of a stored profile's password.
    static QString key(const Profile& profile) { return profile.id.toString(QUuid::WithoutBraces); }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<FakeCredentialStore> m_keychain;
};
