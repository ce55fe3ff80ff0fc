// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QStringList>

class ComposerWidget;
class MessageBanner;
class ServerSession;

// The composer in a window of its own, for other panes: ComposerDialog::openFor(session, users,
// this) opens it (non-blocking) with those users as recipients. Its draft is kept apart from the
// Messages pane's.
class ComposerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ComposerDialog(ServerSession* session, QWidget* parent = nullptr);

    // Opens the composer with `users` (user names or bare JIDs) as recipients, reusing the one
    // already open in parent's window. Returns the dialog (deleted when closed).
    static ComposerDialog* openFor(ServerSession* session, const QStringList& users, QWidget* parent);

    ComposerWidget* composer() const { return m_composer; }
    MessageBanner* banner() const { return m_banner; }

    void reject() override;

private:
    MessageBanner* m_banner = nullptr;
    ComposerWidget* m_composer = nullptr;
};
