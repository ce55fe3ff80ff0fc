#include "app/ConsoleApplication.h"

#include "activity/ActivityLogPane.h"
#include "api/ConnectionSettings.h"
#include "app/ConsoleCommandLine.h"
#include "app/ConsoleTranslator.h"
#include "app/MainWindow.h"
#include "app/PreferencesDialog.h"
#include "app/WipeDialog.h"
#include "audit/AuditTrail.h"
#include "dashboard/DashboardPane.h"
#include "groups/GroupsPane.h"
#include "messaging/ComposerPane.h"
#include "modules/ModulesPane.h"
#include "profiles/KeychainCredentialStore.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfilePasswords.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileSwitcher.h"
#include "profiles/UiSettings.h"
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

void ConsoleApplication::createWindow()
{
    m_window = new MainWindow(m_session);
    m_window->addPane<UsersPane>(m_session);
    m_window->addPane<SessionsPane>(m_session);
    // The dashboard samples and the activity log records from the start, whichever pane is shown.
    auto* dashboard = new DashboardPane(m_session, m_window);
    m_window->addPane(DashboardPane::title(), DashboardPane::icon(), dashboard);
    connect(m_window, &MainWindow::autoRefreshIntervalChanged, dashboard, &DashboardPane::setSamplingInterval);
    m_window->addPane<RostersPane>(m_session);
    m_window->addPane<GroupsPane>(m_session);
    m_window->addPane<ModulesPane>(m_session);
    m_window->addPane<WhitelistPane>(m_session);
    m_window->addPane<ComposerPane>(m_session);
    auto* activityLog = new ActivityLogPane(m_session, m_window);
    m_window->addPane(ActivityLogPane::title(), ActivityLogPane::icon(), activityLog);
    connect(m_window->preferencesAction(), &QAction::triggered, m_window, [this] {
        auto* dialog = new PreferencesDialog(m_uiSettings, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    addServerMenu();

    m_profiles = new ProfileController(m_store, m_passwords, m_session, m_window, this);
    // The activity log is kept on disk per stored profile (and the sandbox); an ad-hoc --url
    // connection's log lives for the session only.
    connect(m_profiles, &ProfileController::currentProfileChanged, activityLog, [this, activityLog](const QUuid& id) {
        const bool kept = id == Profile::sandboxId() || m_store->profile(id).has_value();
        activityLog->setAuditTrailFile(kept ? AuditTrail::fileForProfile(id) : QString());
    });
    m_window->setProfileControls(m_profiles->switcher(), m_profiles->actions());
    m_window->restoreLayout(m_uiSettings);
    m_window->show();
}

void ConsoleApplication::connectFirstServer(const QCommandLineParser& parser, const std::optional<Profile>& chosen)
{
    const std::optional<Profile> lastUsed = m_store->profile(m_store->lastUsed());
    if (parser.isSet(QStringLiteral("url")))
        m_profiles->connectAdHoc(QUrl::fromUserInput(parser.value(QStringLiteral("url"))),
            parser.value(QStringLiteral("jid")), qEnvironmentVariable("PAC_ADMIN_PASSWORD"));
    else if (chosen)
        m_profiles->connectToProfile(chosen->id);
    else if (parser.isSet(QStringLiteral("sandbox")) || parser.isSet(QStringLiteral("profile")) || m_store->isEmpty())
        m_profiles->connectToSandbox();
    else
        m_profiles->connectToProfile(lastUsed ? lastUsed->id : m_store->profiles().constFirst().id);
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
