#pragma once

#include "MainWindow.h"

#include <QObject>
#include <QPointer>

class CredentialStore;
class ProfileController;
class ProfilePasswords;
class ProfileStore;
class ServerSession;
class QCommandLineParser;

// Puts the console together from the command line: the session, the main window and its panes, the
// profiles with their keychain, and the server to start with (--profile, --url, --sandbox, else the
// profile used last, else the built-in sandbox).
class ConsoleApplication : public QObject
{
    Q_OBJECT
public:
    // The profiles in the user's settings, the passwords in the OS keychain.
    explicit ConsoleApplication(QObject* parent = nullptr);
    // Tests bring their own profiles file and credential store (not owned); null takes the default.
    ConsoleApplication(ProfileStore* store, CredentialStore* credentials, QObject* parent = nullptr);
    ~ConsoleApplication() override;

    // Parses the arguments and shows the window; returns false (and has printed why) to exit.
    bool start(const QStringList& arguments, int* exitCode);

    MainWindow* window() const { return m_window; }
    ServerSession* session() const { return m_session; }
    ProfileController* profiles() const { return m_profiles; }

private:
    ServerSession* m_session = nullptr;
    ProfileStore* m_store = nullptr;
    ProfilePasswords* m_passwords = nullptr;
    ProfileController* m_profiles = nullptr;
    QPointer<MainWindow> m_window;
};
