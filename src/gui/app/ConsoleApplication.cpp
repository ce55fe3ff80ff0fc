// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "app/ConsoleApplication.h"

#include "activity/ActivityLogPane.h"
#include "api/ConnectionSettings.h"
#include "api/SignOut.h"
#include "app/ConsoleCommandLine.h"
#include "app/ConsoleTranslator.h"
#include "app/DesktopNotifier.h"
#include "app/MainWindow.h"
#include "app/PreferencesDialog.h"
#include "app/ProfileInstance.h"
#include "app/WipeDialog.h"
#include "audit/AuditTrail.h"
#include "certificates/CertificatesPane.h"
#include "dashboard/DashboardPane.h"
#include "federation/FederationPane.h"
#include "groups/GroupsPane.h"
#include "invitations/InvitationsPane.h"
#include "logging/LogCategories.h"
#include "messaging/ComposerPane.h"
#include "modules/ModulesPane.h"
#include "profiles/KeychainCredentialStore.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfilePasswords.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileSwitcher.h"
#include "profiles/UiSettings.h"
#include "rooms/RoomsPane.h"
#include "rosters/RostersPane.h"
#include "session/ServerSession.h"
#include "sessions/SessionsPane.h"
#include "users/UsersPane.h"
#include "whitelist/WhitelistPane.h"

#include <QAction>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>

ConsoleApplication::ConsoleApplication(QObject* parent)
    : ConsoleApplication(nullptr, nullptr, nullptr, parent)
{
    m_instance = new ProfileInstance(this);
    connect(m_instance, &ProfileInstance::raiseRequested, this, [this] {
        if (!m_window)
            return;
        m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    });
}

ConsoleApplication::ConsoleApplication(
    ProfileStore* store, CredentialStore* credentials, UiSettings* uiSettings, QObject* parent)
    : QObject(parent)
    , m_session(new ServerSession(this))
    , m_store(store ? store : new ProfileStore(ProfileStore::defaultFileName(), this))
    , m_passwords(new ProfilePasswords(credentials ? credentials : new KeychainCredentialStore({}, this), this))
    , m_uiSettings(uiSettings ? uiSettings : new UiSettings(UiSettings::defaultFileName(), this))
    , m_translator(new ConsoleTranslator(this))
{
}

ConsoleApplication::~ConsoleApplication()
{
    delete m_window;
    // The session revokes its token before the console quits: a second at most, then it gives up.
    m_session->disconnectFromServer();
    SignOut::finishAll(1000);
}

bool ConsoleApplication::start(const QStringList& arguments, int* exitCode)
{
    m_translator->install(m_uiSettings->language());
    QCommandLineParser parser;
    ConsoleCommandLine::addOptions(parser);
    if (!ConsoleCommandLine::parse(parser, arguments, exitCode))
        return false;
    std::optional<Profile> chosen;
    if (!findRequestedProfile(parser, chosen)) {
        *exitCode = 2;
        return false;
    }
    if (!claimFirstProfile(parser, chosen, exitCode))
        return false;
    createWindow();
    connectFirstServer(parser, chosen);
    *exitCode = 0;
    return true;
}

bool ConsoleApplication::findRequestedProfile(const QCommandLineParser& parser, std::optional<Profile>& chosen) const
{
    if (!parser.isSet(QStringLiteral("profile")))
        return true;
    const QString name = parser.value(QStringLiteral("profile"));
    chosen = m_store->findByName(name);
    if (chosen || name.compare(Profile::sandboxName(), Qt::CaseInsensitive) == 0)
        return true;
    QStringList names;
    for (const Profile& profile : m_store->profiles())
        names.append(profile.name);
    fprintf(stderr, "%s\n",
        qPrintable(names.isEmpty() ? tr("There is no profile called “%1”: no profiles are stored yet.").arg(name)
                                   : tr("There is no profile called “%1”. The profiles are: %2.")
                                         .arg(name, names.join(QStringLiteral(", ")))));
    return false;
}

std::optional<QUuid> ConsoleApplication::firstProfile(
    const QCommandLineParser& parser, const std::optional<Profile>& chosen) const
{
    if (parser.isSet(QStringLiteral("url")))
        return std::nullopt;
    if (chosen)
        return chosen->id;
    if (parser.isSet(QStringLiteral("sandbox")) || parser.isSet(QStringLiteral("profile")) || m_store->isEmpty())
        return Profile::sandboxId();
    const std::optional<Profile> lastUsed = m_store->profile(m_store->lastUsed());
    return lastUsed ? lastUsed->id : m_store->profiles().constFirst().id;
}

bool ConsoleApplication::claimFirstProfile(
    const QCommandLineParser& parser, const std::optional<Profile>& chosen, int* exitCode)
{
    const std::optional<QUuid> id = firstProfile(parser, chosen);
    if (!m_instance || !id)
        return true;
    const ProfileInstance::Claim claim = m_instance->claim(*id, true);
    if (claim == ProfileInstance::Claim::Claimed)
        return true;
    const std::optional<Profile> profile = m_store->profile(*id);
    const QString name = profile ? profile->name : Profile::sandboxName();
    if (claim == ProfileInstance::Claim::BroughtForward) {
        fprintf(stdout, "%s\n",
            qPrintable(tr("The profile “%1” is open in another window (process %2); it was brought forward.")
                           .arg(name)
                           .arg(m_instance->holderPid())));
        *exitCode = 0;
    } else {
        fprintf(stderr, "%s\n",
            qPrintable(tr("The profile “%1” is open in process %2 on %3, which does not answer.")
                           .arg(name)
                           .arg(m_instance->holderPid())
                           .arg(m_instance->holderHost())));
        *exitCode = 1;
    }
    return false;
}

void ConsoleApplication::createWindow()
{
    m_window = new MainWindow(m_session);
    m_window->addPane<UsersPane>(m_session);
    m_window->addPane<SessionsPane>(m_session);
    // The dashboard samples and the activity log records from the start, whichever pane is shown.
    auto* dashboard = new DashboardPane(m_session, m_window);
    m_window->addPane(DashboardPane::title(), DashboardPane::icon(), dashboard);
    connect(m_window, &MainWindow::autoRefreshIntervalChanged, dashboard, &DashboardPane::setSamplingInterval);
    connect(m_window, &MainWindow::certificateWarningDaysChanged, dashboard, &DashboardPane::setCertificateWarningDays);
    m_window->addPane<RostersPane>(m_session);
    m_window->addPane<GroupsPane>(m_session);
    m_window->addPane<RoomsPane>(m_session);
    m_window->addPane<FederationPane>(m_session);
    // Built at once, like the dashboard: it follows the profile's certificate warning days.
    auto* certificates = new CertificatesPane(m_session, m_window);
    m_window->addPane(CertificatesPane::title(), CertificatesPane::icon(), certificates);
    connect(m_window, &MainWindow::certificateWarningDaysChanged, certificates, &CertificatesPane::setWarningDays);
    m_window->addPane<ModulesPane>(m_session);
    m_window->addPane<WhitelistPane>(m_session);
    m_window->addPane<InvitationsPane>(m_session);
    m_window->addPane<ComposerPane>(m_session);
    auto* activityLog = new ActivityLogPane(m_session, m_window);
    m_window->addPane(ActivityLogPane::title(), ActivityLogPane::icon(), activityLog);
    connect(m_window->preferencesAction(), &QAction::triggered, m_window, [this] {
        auto* dialog = new PreferencesDialog(m_uiSettings, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    addServerMenu();
    new DesktopNotifier(m_window, m_window); // bulk jobs and broadcasts that end while the window is not active

    m_profiles = new ProfileController(m_store, m_passwords, m_session, m_window, this);
    // The activity log is kept on disk per stored profile (and the sandbox); an ad-hoc --url
    // connection's log lives for the session only.
    connect(m_profiles, &ProfileController::currentProfileChanged, activityLog, [this, activityLog](const QUuid& id) {
        bool kept = id == Profile::sandboxId() || m_store->profile(id).has_value();
        // Only the process holding the profile writes its trail; in another, the log is this session's.
        if (kept && m_instance && m_instance->claim(id, false) != ProfileInstance::Claim::Claimed) {
            qCWarning(lcProfiles) << "Profile" << id << "is open in process" << m_instance->holderPid()
                                  << "; its audit trail is left to that process";
            kept = false;
        }
        activityLog->setAuditTrailFile(kept ? AuditTrail::fileForProfile(id) : QString());
    });
    m_window->setProfileControls(m_profiles->switcher(), m_profiles->actions());
    m_window->restoreLayout(m_uiSettings);
    m_window->show();
}

void ConsoleApplication::connectFirstServer(const QCommandLineParser& parser, const std::optional<Profile>& chosen)
{
    const std::optional<QUuid> id = firstProfile(parser, chosen);
    if (!id)
        m_profiles->connectAdHoc(QUrl::fromUserInput(parser.value(QStringLiteral("url"))),
            parser.value(QStringLiteral("jid")), qEnvironmentVariable("PAC_ADMIN_PASSWORD"));
    else if (*id == Profile::sandboxId())
        m_profiles->connectToSandbox();
    else
        m_profiles->connectToProfile(*id);
}

void ConsoleApplication::addServerMenu()
{
    // The destructive maintenance calls, kept out of the panes: each asks for the host name first.
    QMenu* menu = m_window->menuBar()->addMenu(tr("Se&rver"));
    menu->setObjectName(QStringLiteral("serverMenu"));
    QAction* wipeData = menu->addAction(tr("Wipe Server &Data…"), m_window,
        [this] { WipeDialog::openFor(m_session, WipeDialog::Target::Data, m_window); });
    wipeData->setObjectName(QStringLiteral("wipeDataAction"));
    QAction* wipeCertificates = menu->addAction(tr("Wipe &Certificates…"), m_window,
        [this] { WipeDialog::openFor(m_session, WipeDialog::Target::Certificates, m_window); });
    wipeCertificates->setObjectName(QStringLiteral("wipeCertificatesAction"));
    auto update = [this, wipeData, wipeCertificates] {
        const bool usable = m_session->state() == ServerSession::State::Connected && !m_session->isReadOnly()
            && m_session->capabilities().wipes;
        wipeData->setEnabled(usable);
        wipeCertificates->setEnabled(usable);
    };
    connect(m_session, &ServerSession::stateChanged, menu, update);
    connect(m_session, &ServerSession::readOnlyChanged, menu, update);
    update();
}
