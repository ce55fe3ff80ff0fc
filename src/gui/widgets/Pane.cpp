// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "widgets/Pane.h"

#include "api/ApiError.h"
#include "session/ServerSession.h"
#include "widgets/ButtonAction.h"
#include "widgets/PlainText.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QVBoxLayout>

#include <utility>

Pane::Pane(ServerSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_content(new QWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_content, 1);
    connect(session, &ServerSession::connected, this, [this] {
        m_banner->hide();
        sessionConnected();
    });
    connect(session, &ServerSession::failed, this, &Pane::showConnectionFailure);
    connect(session, &ServerSession::stateChanged, this, [this](ServerSession::State state) {
        if (state == ServerSession::State::Disconnected || state == ServerSession::State::Connecting)
            sessionDisconnected();
    });
}

void Pane::catchUpWithSession()
{
    if (!m_session)
        return;
    if (m_session->state() == ServerSession::State::Connected)
        sessionConnected();
    else if (m_session->state() == ServerSession::State::Failed)
        showConnectionFailure(m_session->lastError());
}

void Pane::showConnectionFailure(const ApiError& error)
{
    showError(error, tr("Could not connect to %1.").arg(m_session->displayName()));
}

bool Pane::isConnected() const
{
    return m_session && m_session->state() == ServerSession::State::Connected;
}

void Pane::addContextAction(QAbstractItemView* view, QAbstractButton* button, const QKeySequence& shortcut)
{
    auto* action = new ButtonAction(button, shortcut, this);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // On the view only: Delete acts on the table that has the focus, even where a pane has two.
    view->addAction(action);
}

void Pane::showError(const ApiError& error, const QString& context)
{
    m_banner->showError(error, context);
}

void Pane::whenShown(const QString& key, std::function<void()> work)
{
    if (isVisible()) {
        m_whenShown.remove(key);
        work();
        return;
    }
    m_whenShown.insert(key, std::move(work));
}

bool Pane::event(QEvent* event)
{
    // Before the pane is first shown, its form is complete: every table of every pane draws names
    // with their hidden characters written out and shows tooltips literally.
    if (event->type() == QEvent::Polish)
        PlainText::protectViews(this);
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::Show && !m_whenShown.isEmpty()) {
        const QList<std::function<void()>> waiting = std::exchange(m_whenShown, {}).values();
        for (const std::function<void()>& work : waiting)
            work();
    }
    return handled;
}
