// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/ServerSession.h"
#include "widgets/MessageBanner.h"

#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractButton;
class QAbstractItemView;
class QKeySequence;
struct ApiError;

// One pane of the main window: owns its model, proxy and form; talks to the server through the
// session. The base gives every pane an inline message banner above its content. Each pane class
// also has a static title() and icon(): the main window lists a pane before building it.
class Pane : public QWidget
{
    Q_OBJECT
public:
    explicit Pane(ServerSession* session, QWidget* parent = nullptr);

    // Reloads the pane's data from the server. Called on F5, on auto-refresh and after connecting.
    virtual void refresh() = 0;

    ServerSession* session() const { return m_session; }
    MessageBanner* banner() const { return m_banner; }
    // For a pane built after its session started: does what the session's signals would have
    // made it do (load from a connected server, or show why the connection failed).
    void catchUpWithSession();

protected:
    // Where a subclass puts its Designer form: m_ui->setupUi(contentWidget()).
    QWidget* contentWidget() const { return m_content; }
    // Called when a new server connection is ready (default: refresh()).
    virtual void sessionConnected() { refresh(); }
    // Called when the connection is dropped: clear everything that belongs to the old server.
    virtual void sessionDisconnected() { }
    bool isConnected() const;
    // Puts the button's command in the view's context menu and on `shortcut` (active while the
    // view has the focus).
    void addContextAction(QAbstractItemView* view, QAbstractButton* button, const QKeySequence& shortcut);
    void showError(const ApiError& error, const QString& context = {});
    // Runs work now if the pane is on screen, else the first time it is shown: for what only a
    // pane on screen needs, such as paging through every user of a big host for a completer. A
    // later call with the same key replaces work still waiting.
    void whenShown(const QString& key, std::function<void()> work);
    bool event(QEvent* event) override;

private:
    void showConnectionFailure(const ApiError& error);

    QPointer<ServerSession> m_session;
    QHash<QString, std::function<void()>> m_whenShown;
    MessageBanner* m_banner = nullptr;
    QWidget* m_content = nullptr;
};
