#include "ConsoleApplication.h"

#include "ActivityLogPane.h"
#include "ComposerPane.h"
#include "ConnectionSettings.h"
#include "GroupsPane.h"
#include "MainWindow.h"
#include "ModulesPane.h"
#include "RostersPane.h"
#include "SandboxProcess.h"
#include "ServerSession.h"
#include "SessionsPane.h"
#include "UsersPane.h"
#include "WhitelistPane.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QInputDialog>
#include <QStatusBar>

ConsoleApplication::ConsoleApplication(QObject* parent)
    : QObject(parent)
    , m_session(new ServerSession(this))
{
}

ConsoleApplication::~ConsoleApplication()
{
    delete m_window;
}

bool ConsoleApplication::start(const QStringList& arguments, int* exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop admin console for Prosody XMPP servers (mod_admin_rest)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        tr("Start a throwaway Prosody on loopback with demo users and connect to it (the default)."));
    const QCommandLineOption urlOption(QStringLiteral("url"),
        tr("Connect to the admin_rest API at <url>, e.g. http://127.0.0.1:5280/admin_rest."), tr("url"));
    const QCommandLineOption jidOption(
        QStringLiteral("jid"), tr("The admin's full JID for --url, e.g. admin@example.org."), tr("jid"));
    parser.addOptions({sandboxOption, urlOption, jidOption});
    if (!parser.parse(arguments)) {
        fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        fprintf(stdout, "%s", qPrintable(parser.helpText()));
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        fprintf(stdout, "%s %s\n", qPrintable(QCoreApplication::applicationName()),
            qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return false;
    }

    m_window = new MainWindow(m_session);
    m_window->addPane(new UsersPane(m_session, m_window));
    m_window->addPane(new SessionsPane(m_session, m_window));
    m_window->addPane(new RostersPane(m_session, m_window));
    m_window->addPane(new GroupsPane(m_session, m_window));
    m_window->addPane(new ModulesPane(m_session, m_window));
    m_window->addPane(new WhitelistPane(m_session, m_window));
    m_window->addPane(new ComposerPane(m_session, m_window));
    m_window->addPane(new ActivityLogPane(m_session, m_window));
    m_window->show();

    if (parser.isSet(urlOption)) {
        ConnectionSettings settings;
        settings.baseUrl = QUrl::fromUserInput(parser.value(urlOption));
        settings.jid = parser.value(jidOption);
        settings.password = qEnvironmentVariable("PAC_ADMIN_PASSWORD");
        if (settings.password.isEmpty()) {
            bool ok = false;
            settings.password = QInputDialog::getText(m_window, tr("Password"),
                tr("Password of %1:").arg(settings.jid), QLineEdit::Password, {}, &ok);
            if (!ok) {
                *exitCode = 1;
                return false;
            }
        }
        m_session->connectTo(settings.baseUrl.host(), settings);
    } else {
        startSandbox();
    }
    *exitCode = 0;
    return true;
}

void ConsoleApplication::startSandbox()
{
    m_sandbox = new SandboxProcess(this);
    m_window->statusBar()->showMessage(tr("Starting the sandbox server…"));
    connect(m_sandbox, &SandboxProcess::ready, this, [this] {
        const SandboxInfo& info = m_sandbox->info();
        ConnectionSettings settings;
        settings.baseUrl = info.url;
        settings.jid = info.jid;
        settings.password = info.password;
        m_window->statusBar()->clearMessage();
        m_session->connectTo(tr("Sandbox (%1)").arg(info.domain), settings);
    });
    connect(m_sandbox, &SandboxProcess::failed, this, [this](const QString& message) {
        m_window->statusBar()->showMessage(tr("The sandbox server could not start: %1").arg(message));
    });
    m_sandbox->start();
}
