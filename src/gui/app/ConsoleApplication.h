// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "app/MainWindow.h"
#include "profiles/Profile.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ConsoleTranslator;
class CredentialStore;
class ProfileController;
class ProfileInstance;
class ProfilePasswords;
class ProfileStore;
class ServerSession;
class UiSettings;
class QCommandLineParser;

// Puts the console together from the command line: the session, the main window and its panes, the
// profiles with their keychain, and the server to start with (--profile, --url, --sandbox, else the
// profile used last, else the built-in sandbox), in the language of the system or of Preferences.
class ConsoleApplication : public QObject
{
    Q_OBJECT
public:
    // The profiles and preferences in the user's settings, the passwords in the OS keychain; one
    // window per profile (ProfileInstance).
    explicit ConsoleApplication(QObject* parent = nullptr);
    // Tests bring their own profiles file, credential store and preferences (not owned); null takes
    // the default.
    ConsoleApplication(
        ProfileStore* store, CredentialStore* credentials, UiSettings* uiSettings = nullptr, QObject* parent = nullptr);
    ~ConsoleApplication() override;

    // Installs the translators, parses the arguments and shows the window; returns false (and has
    // printed why) to exit.
    bool start(const QStringList& arguments, int* exitCode);

    MainWindow* window() const { return m_window; }
    ServerSession* session() const { return m_session; }
    ProfileController* profiles() const { return m_profiles; }

private:
    // The profile --profile names, if given; false (having printed why) when there is none by that name.
    bool findRequestedProfile(const QCommandLineParser& parser, std::optional<Profile>& chosen) const;
    // The profile the console opens first: --profile, the sandbox, the profile used last; none for --url.
    std::optional<QUuid> firstProfile(const QCommandLineParser& parser, const std::optional<Profile>& chosen) const;
    // One window per profile (not for tests' consoles): false (having said why) when another process
    // holds the first profile, which is asked to bring its window forward.
    bool claimFirstProfile(const QCommandLineParser& parser, const std::optional<Profile>& chosen, int* exitCode);
    // The main window with its panes, menus and profile controls, shown.
    void createWindow();
    // --url, else --profile, else --sandbox or no profiles stored, else the profile used last.
    void connectFirstServer(const QCommandLineParser& parser, const std::optional<Profile>& chosen);
    // Server ▸ Wipe Server Data… / Wipe Certificates…, enabled where the server and profile allow.
    void addServerMenu();

    ServerSession* m_session = nullptr;
    ProfileStore* m_store = nullptr;
    ProfilePasswords* m_passwords = nullptr;
    ProfileController* m_profiles = nullptr;
    UiSettings* m_uiSettings = nullptr;
    ConsoleTranslator* m_translator = nullptr;
    ProfileInstance* m_instance = nullptr; // one window per profile: the console's own start only
    QPointer<MainWindow> m_window;
};
