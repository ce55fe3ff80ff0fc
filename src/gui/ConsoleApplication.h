#pragma once

#include "MainWindow.h"

#include <QObject>
#include <QPointer>

class SandboxProcess;
class ServerSession;
class QCommandLineParser;

// Puts the console together from the command line: the session, the main window and its panes,
// and the embedded sandbox server when asked for.
class ConsoleApplication : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleApplication(QObject* parent = nullptr);
    ~ConsoleApplication() override;

    // Parses the arguments and shows the window; returns false (and has printed why) to exit.
    bool start(const QStringList& arguments, int* exitCode);

    MainWindow* window() const { return m_window; }
    ServerSession* session() const { return m_session; }

private:
    void startSandbox();

    ServerSession* m_session = nullptr;
    QPointer<MainWindow> m_window;
    SandboxProcess* m_sandbox = nullptr;
};
