// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <optional>

class ConnectionTestDialog;
class FleetOverviewDialog;
class MainWindow;
class ProfileCertificateDialog;
class ProfileListDialog;
class ProfilePasswordDialog;
class ProfilePasswords;
class ProfileStore;
class ProfileSwitcher;
class QAction;
class RequestScope;
class SandboxProcess;
class ServerSession;
struct ApiError;

// Which server the window works on: switches profiles (password from the session, the keychain, or a
// non-blocking prompt), starts the built-in sandbox on demand, offers to pin an untrusted certificate,
// asks again when the server refuses the password, and opens the profile, connection-test and fleet
// dialogs. The main window only hosts its switcher and actions.
class ProfileController : public QObject
{
    Q_OBJECT
public:
    ProfileController(ProfileStore* store, ProfilePasswords* passwords, ServerSession* session, MainWindow* window,
        QObject* parent = nullptr);
    ~ProfileController() override;

    ProfileSwitcher* switcher() const { return m_switcher; }
    ProfileStore* store() const;
    // The profiles' passwords (session and keychain), e.g. for work across the whole fleet.
    ProfilePasswords* passwords() const;
    // Manage profiles, test connection, fleet overview: for the window's toolbar and menu.
    QList<QAction*> actions() const { return m_actions; }
    std::optional<Profile> currentProfile() const { return m_current; }
    SandboxProcess* sandbox() const { return m_sandbox; }

    // A stored profile, or the sandbox's id.
    void connectToProfile(const QUuid& id);
    void connectToSandbox();
    // --url/--jid: a profile that is not stored; the password from `password` or a prompt.
    void connectAdHoc(const QUrl& url, const QString& jid, const QString& password);

    void openProfileList();
    void testConnection();
    void openFleetOverview();

    // The dialogs currently open, for tests.
    ProfilePasswordDialog* passwordDialog() const;
    ProfileCertificateDialog* certificateDialog() const;
    ProfileListDialog* profileList() const;
    ConnectionTestDialog* connectionTest() const;
    FleetOverviewDialog* fleetOverview() const;

signals:
    void currentProfileChanged(const QUuid& id);

private:
    using Continuation = std::function<void(const Profile& profile, const QString& password)>;

    void switchTo(const Profile& profile);
    // The password from the session or keychain, else from the operator; then `then`.
    void withPassword(const Profile& profile, Continuation then);
    void askPassword(const Profile& profile, const QString& reason, bool problem, Continuation then);
    void startSession(const Profile& profile, const QString& password);
    // What the window shows and allows for the profile: auto-refresh, marking, read-only.
    void applyToWindow(const Profile& profile);
    void sessionFailed(const ApiError& error);
    void offerCertificate(const ApiError& error);
    void storePin(const QUuid& id, const QByteArray& pin);
    void profileSaved(const Profile& profile);
    void profileRemoved(const QUuid& id);
    std::optional<Profile> sandboxProfile() const;
    void showStatus(const QString& text);

    QPointer<ProfileStore> m_store;
    QPointer<ProfilePasswords> m_passwords;
    QPointer<ServerSession> m_session;
    QPointer<MainWindow> m_window;
    ProfileSwitcher* m_switcher = nullptr;
    QList<QAction*> m_actions;
    SandboxProcess* m_sandbox = nullptr;
    std::optional<Profile> m_current;
    std::optional<Profile> m_adHoc;
    // A switch made meanwhile makes the answers of an older one (keychain, password dialog) stale.
    RequestScope* m_scope = nullptr;
    QPointer<ProfilePasswordDialog> m_passwordDialog;
    QPointer<ProfileCertificateDialog> m_certificateDialog;
    QPointer<ProfileListDialog> m_profileList;
    QPointer<ConnectionTestDialog> m_connectionTest;
    QPointer<FleetOverviewDialog> m_fleet;
};
