// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/ComposerPane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "messaging/BroadcastDialog.h"
#include "messaging/ComposerWidget.h"
#include "session/ServerSession.h"
#include "widgets/PlainText.h"

ComposerPane::ComposerPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_composer(new ComposerWidget(session, QStringLiteral("composer"), banner(), contentWidget()))
    , m_broadcastButton(new QPushButton(contentWidget()))
{
    QLabel* intro = PlainText::label(
        contentWidget(), tr("Send a message to some users of this server, or broadcast it to everyone online."));
    intro->setWordWrap(true);
    m_broadcastButton->setObjectName(QStringLiteral("broadcastButton"));
    m_broadcastButton->setText(tr("&Broadcast to Everyone Online…"));
    m_broadcastButton->setIcon(QIcon(QStringLiteral(":/icons/broadcast.svg")));
    m_broadcastButton->setAccessibleName(tr("Broadcast a message to every user online"));

    auto* top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(m_broadcastButton);
    auto* layout = new QVBoxLayout(contentWidget());
    layout->addLayout(top);
    layout->addWidget(m_composer, 1);
    // Tab goes from the button at the top into the composer below it (the composer was created first).
    QList<QWidget*> composerChain;
    for (QWidget* widget = m_broadcastButton->nextInFocusChain(); widget != m_broadcastButton;
         widget = widget->nextInFocusChain()) {
        if (m_composer->isAncestorOf(widget) && widget->focusPolicy() != Qt::NoFocus)
            composerChain.append(widget);
    }
    QWidget* previous = m_broadcastButton;
    for (QWidget* widget : std::as_const(composerChain)) {
        setTabOrder(previous, widget);
        previous = widget;
    }

    connect(m_broadcastButton, &QPushButton::clicked, this, [this] {
        if (isConnected())
            BroadcastDialog::openFor(this->session(), this);
    });
    connect(session, &ServerSession::readOnlyChanged, this, &ComposerPane::updateBroadcastButton);
    connect(session, &ServerSession::stateChanged, this, &ComposerPane::updateBroadcastButton);
    updateBroadcastButton();
}

QString ComposerPane::title()
{
    return tr("Messages");
}

QIcon ComposerPane::icon()
{
    return QIcon(QStringLiteral(":/icons/message.svg"));
}

void ComposerPane::refresh()
{
    m_composer->refreshWhenShown();
}

void ComposerPane::updateBroadcastButton()
{
    QString why;
    if (!isConnected())
        why = tr("Not connected to a server.");
    else if (session()->isReadOnly())
        why = tr("This connection is read-only: broadcasting is disabled.");
    m_broadcastButton->setEnabled(why.isEmpty());
    m_broadcastButton->setToolTip(why.isEmpty() ? tr("Send a message to every user online on this server.") : why);
}
