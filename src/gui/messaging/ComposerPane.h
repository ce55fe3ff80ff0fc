// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/Pane.h"

class ComposerWidget;
class QPushButton;

// Tells users something: a message to chosen users (ComposerWidget), or a broadcast to everyone
// online (BroadcastDialog).
class ComposerPane : public Pane
{
    Q_OBJECT
public:
    explicit ComposerPane(ServerSession* session, QWidget* parent = nullptr);

    static QString title();
    static QIcon icon();
    void refresh() override;

    ComposerWidget* composer() const { return m_composer; }
    QPushButton* broadcastButton() const { return m_broadcastButton; }

protected:
    // The composer follows the session itself (it is also hosted by ComposerDialog).
    void sessionConnected() override { updateBroadcastButton(); }
    void sessionDisconnected() override { updateBroadcastButton(); }

private:
    void updateBroadcastButton();

    ComposerWidget* m_composer = nullptr;
    QPushButton* m_broadcastButton = nullptr;
};
