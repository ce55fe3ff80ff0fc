// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ProfileController.h"

#include <QAction>
#include <QStatusBar>

#include <tuple>

#include "api/ApiError.h"
#include "app/MainWindow.h"
#include "profiles/ConnectionTestDialog.h"
#include "profiles/FleetOverviewDialog.h"
#include "profiles/ProfileCertificateDialog.h"
#include "profiles/ProfileListDialog.h"
#include "profiles/ProfilePasswordDialog.h"
#include "profiles/ProfilePasswords.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileSwitcher.h"
#include "sandbox/SandboxProcess.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "widgets/PlainText.h"

namespace {

// The built-in sandbox's profile, without the address it gets once started. Never stored; its password
// lives in memory only.
Profile builtInSandbox()
{
    Profile profile;
    profile.id = Profile::sandboxId();
    profile.name = Profile::sandboxName();
    profile.rememberPassword = false;
    return profile;
}

} // namespace

ProfileController::ProfileController(
    ProfileStore* store, ProfilePasswords* passwords, ServerSession* session, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_passwords(passwords)
    , m_session(session)
    , m_window(window)
    , m_switcher(new ProfileSwitcher(store, window))
    , m_scope(new RequestScope(this))
{
    auto* manage = new QAction(QIcon(QStringLiteral(":/icons/server.svg")), tr("&Server Profiles…"), this);
    manage->setObjectName(QStringLiteral("actionProfiles"));
    manage->setToolTip(tr("Add, edit, import and export server profiles"));
    auto* test = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Test Connection…"), this);
    test->setObjectName(QStringLiteral("actionTestConnection"));
    test->setToolTip(tr("Check address, password, admin rights and capabilities of the current profile"));
    auto* fleet = new QAction(QIcon(QStringLiteral(":/icons/dashboard.svg")), tr("&Fleet Overview…"), this);
    fleet->setObjectName(QStringLiteral("actionFleetOverview"));
    fleet->setToolTip(tr("Every profile's server at a glance"));
    m_actions = {manage, test, fleet};
    connect(manage, &QAction::triggered, this, &ProfileController::openProfileList);
    connect(test, &QAction::triggered, this, &ProfileController::testConnection);
    connect(fleet, &QAction::triggered, this, &ProfileController::openFleetOverview);

    connect(m_switcher, &ProfileSwitcher::profileChosen, this, &ProfileController::connectToProfile);
    connect(session, &ServerSession::failed, this, &ProfileController::sessionFailed);
    connect(store, &ProfileStore::profileSaved, this, &ProfileController::profileSaved);
    connect(store, &ProfileStore::profileRemoved, this, &ProfileController::profileRemoved);
    connect(passwords, &ProfilePasswords::keychainUnavailable, this, &ProfileController::showStatus);
}

ProfileController::~ProfileController() = default;

ProfileStore* ProfileController::store() const
{
    return m_store;
}

ProfilePasswords* ProfileController::passwords() const
{
    return m_passwords;
}

ProfilePasswordDialog* ProfileController::passwordDialog() const
{
    return m_passwordDialog;
}

ProfileCertificateDialog* ProfileController::certificateDialog() const
{
    return m_certificateDialog;
}

ProfileListDialog* ProfileController::profileList() const
{
    return m_profileList;
}

ConnectionTestDialog* ProfileController::connectionTest() const
{
    return m_connectionTest;
}

FleetOverviewDialog* ProfileController::fleetOverview() const
{
    return m_fleet;
}

void ProfileController::connectToProfile(const QUuid& id)
{
    if (id == Profile::sandboxId()) {
        connectToSandbox();
        return;
    }
    if (m_adHoc && m_adHoc->id == id) {
        switchTo(*m_adHoc);
        return;
    }
    if (const std::optional<Profile> profile = m_store->profile(id))
        switchTo(*profile);
}

void ProfileController::connectToSandbox()
{
    // Until the sandbox is ready its profile has no address: switchTo() starts it.
    switchTo(sandboxProfile().value_or(builtInSandbox()));
}

void ProfileController::connectAdHoc(const QUrl& url, const QString& jid, const QString& password)
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = url.host();
    profile.baseUrl = url;
    profile.adminJid = jid;
    profile.rememberPassword = false;
    m_adHoc = profile;
    if (!password.isEmpty())
        m_passwords->setSessionPassword(profile.id, password);
    switchTo(profile);
}

void ProfileController::switchTo(const Profile& profile)
{
    m_scope->reset();
    m_current = profile;
    m_switcher->setCurrentProfile(profile.id);
    if (m_store->profile(profile.id))
        m_store->setLastUsed(profile.id);
    if (m_passwordDialog)
        m_passwordDialog->reject();
    emit currentProfileChanged(profile.id);

    if (profile.isSandbox() && !(m_sandbox && m_sandbox->isReady())) {
        m_session->disconnectFromServer();
        showStatus(tr("Starting the sandbox server…"));
        if (m_sandbox)
            return; // starting already: ready() connects
        m_sandbox = new SandboxProcess(this);
        connect(m_sandbox, &SandboxProcess::ready, this, [this] {
            const std::optional<Profile> sandbox = sandboxProfile();
            m_passwords->setSessionPassword(Profile::sandboxId(), m_sandbox->info().password);
            if (m_fleet)
                m_fleet->setSandboxProfile(sandbox);
            m_window->statusBar()->clearMessage();
            if (m_current && m_current->isSandbox())
                switchTo(*sandbox);
        });
        connect(m_sandbox, &SandboxProcess::failed, this, [this](const QString& message) {
            showStatus(tr("The sandbox server could not start: %1").arg(message));
            m_sandbox->deleteLater();
            m_sandbox = nullptr;
        });
        m_sandbox->start();
        return;
    }
    withPassword(profile,
        m_scope->guard([this](const Profile& profile, const QString& password) { startSession(profile, password); }));
}

void ProfileController::withPassword(const Profile& profile, Continuation then)
{
    m_passwords->lookup(profile, this, [this, profile, then](const ProfilePasswords::Lookup& lookup) {
        if (lookup.found()) {
            then(profile, lookup.password);
            return;
        }
        if (!lookup.message.isEmpty())
            askPassword(profile, lookup.message, true, then);
        else if (profile.rememberPassword && lookup.keychain.status == CredentialStore::Status::NotFound)
            askPassword(profile, tr("No password for this profile is saved in the system keychain yet."), false, then);
        else
            askPassword(profile, {}, false, then);
    });
}

void ProfileController::askPassword(const Profile& profile, const QString& reason, bool problem, Continuation then)
{
    if (m_passwordDialog)
        m_passwordDialog->reject();
    auto* dialog = new ProfilePasswordDialog(profile, m_window);
    m_passwordDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(reason, problem);
    dialog->setKeychainAvailable(m_passwords->keychainAvailable());
    connect(dialog, &QDialog::accepted, this, [this, dialog, then] {
        Profile profile = dialog->profile();
        const QString password = dialog->password();
        const bool rememberChanged = profile.rememberPassword != dialog->remember();
        profile.rememberPassword = dialog->remember();
        m_passwords->store(profile, password, this, [this](const CredentialStore::Result& result) {
            const QString problem = CredentialStore::userMessage(CredentialStore::Operation::Write, result);
            if (!problem.isEmpty())
                showStatus(problem);
        });
        if (rememberChanged && m_store->profile(profile.id)) {
            // Not a change of server: profileSaved() does not reconnect for it.
            m_store->save(profile);
            if (!profile.rememberPassword)
                m_passwords->removeSaved(profile.id, this, [](const CredentialStore::Result&) {});
        }
        then(profile, password);
    });
    connect(dialog, &QDialog::rejected, this,
        [this, name = profile.name] { showStatus(tr("Not connected to %1: no password was given.").arg(name)); });
    dialog->open();
}

void ProfileController::startSession(const Profile& profile, const QString& password)
{
    m_current = profile;
    applyToWindow(profile);
    const QString name
        = profile.isSandbox() && m_sandbox ? tr("Sandbox (%1)").arg(m_sandbox->info().domain) : profile.name;
    // The password stays in the keychain (where the profile keeps it there): the session's client
    // forgets it once it holds a token, and reads it again from the keychain to renew the token.
    m_session->connectTo(name, profile.connectionSettings(password), m_passwords->keychainSource(profile));
}

void ProfileController::sessionFailed(const ApiError& error)
{
    if (!m_current)
        return;
    const Profile profile = *m_current;
    if (error.kind == ApiError::Kind::AuthenticationFailed && !profile.isSandbox()) {
        // The saved or typed password is wrong: ask again, and keep the new one the way the profile says.
        m_passwords->forgetForSession(profile.id);
        askPassword(profile, error.userMessage(), true,
            m_scope->guard(
                [this](const Profile& profile, const QString& password) { startSession(profile, password); }));
    } else if (error.kind == ApiError::Kind::Tls && !error.peerCertificateChain.isEmpty() && !profile.isSandbox()) {
        offerCertificate(error);
    }
}

void ProfileController::offerCertificate(const ApiError& error)
{
    if (m_certificateDialog)
        m_certificateDialog->reject();
    const QUuid id = m_current->id;
    auto* dialog = new ProfileCertificateDialog(
        error.peerCertificateChain.first(), error.server, error.detail, m_current->pinnedCertificateSha256, m_window);
    m_certificateDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] { storePin(id, dialog->pin()); });
    dialog->open();
}

void ProfileController::storePin(const QUuid& id, const QByteArray& pin)
{
    if (m_adHoc && m_adHoc->id == id) {
        m_adHoc->pinnedCertificateSha256 = pin;
        if (m_current && m_current->id == id)
            switchTo(*m_adHoc);
        return;
    }
    std::optional<Profile> profile = m_store->profile(id);
    if (!profile)
        return;
    profile->pinnedCertificateSha256 = pin;
    if (!m_store->save(*profile))
        showStatus(m_store->errorString());
    // profileSaved() reconnects when it is the current profile.
}

void ProfileController::profileSaved(const Profile& profile)
{
    if (!m_current || m_current->id != profile.id)
        return;
    const Profile previous = *std::exchange(m_current, profile);
    auto connection = [](const Profile& p) {
        return std::tie(p.name, p.baseUrl, p.adminJid, p.pinnedCertificateSha256, p.caCertificatesFile,
            p.timeoutSeconds, p.allowInsecureRemote);
    };
    if (connection(previous) != connection(profile)) {
        switchTo(profile);
        return;
    }
    applyToWindow(profile);
}

void ProfileController::applyToWindow(const Profile& profile)
{
    m_window->setAutoRefreshInterval(profile.autoRefreshSeconds);
    m_window->setMarking(profile.marking, profile.markingColor);
    m_session->setReadOnly(profile.readOnly);
    m_window->setCertificateWarningDays(profile.certificateWarningDays);
}

void ProfileController::profileRemoved(const QUuid& id)
{
    if (!m_current || m_current->id != id)
        return;
    m_scope->reset();
    m_current.reset();
    m_window->setMarking({}, {});
    m_session->disconnectFromServer();
    showStatus(tr("The current profile was deleted. Choose another one."));
}

std::optional<Profile> ProfileController::sandboxProfile() const
{
    if (!m_sandbox || !m_sandbox->isReady())
        return std::nullopt;
    const SandboxInfo& info = m_sandbox->info();
    Profile profile = builtInSandbox();
    profile.baseUrl = info.url;
    profile.adminJid = info.jid;
    return profile;
}

void ProfileController::openProfileList()
{
    if (!m_profileList) {
        m_profileList = new ProfileListDialog(m_store, m_passwords, m_window);
        m_profileList->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profileList, &ProfileListDialog::connectRequested, this, &ProfileController::connectToProfile);
    }
    if (m_current)
        m_profileList->select(m_current->id);
    m_profileList->show();
    m_profileList->raise();
    m_profileList->activateWindow();
}

void ProfileController::testConnection()
{
    if (!m_current || (m_current->isSandbox() && !sandboxProfile())) {
        showStatus(tr("Choose a server profile first."));
        return;
    }
    withPassword(*m_current, [this](const Profile& profile, const QString& password) {
        if (m_connectionTest)
            m_connectionTest->close();
        m_connectionTest = new ConnectionTestDialog(profile, password, m_window);
        connect(m_connectionTest, &ConnectionTestDialog::certificatePinned, this,
            [this, id = profile.id](const QByteArray& pin) { storePin(id, pin); });
        m_connectionTest->open();
    });
}

void ProfileController::openFleetOverview()
{
    if (!m_fleet) {
        m_fleet = new FleetOverviewDialog(m_store, m_passwords, m_window);
        m_fleet->setAttribute(Qt::WA_DeleteOnClose);
        m_fleet->setSandboxProfile(sandboxProfile());
        m_fleet->resize(1100, 420); // room for the capabilities column
    }
    m_fleet->show();
    m_fleet->raise();
    m_fleet->activateWindow();
    m_fleet->refresh();
}

void ProfileController::showStatus(const QString& text)
{
    if (m_window)
        m_window->statusBar()->showMessage(PlainText::line(text));
}
