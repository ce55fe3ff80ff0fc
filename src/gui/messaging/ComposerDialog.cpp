// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/ComposerDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "messaging/ComposerWidget.h"
#include "widgets/MessageBanner.h"

ComposerDialog::ComposerDialog(ServerSession* session, QWidget* parent)
    : QDialog(parent)
    , m_banner(new MessageBanner(this))
    , m_composer(new ComposerWidget(session, QStringLiteral("message-dialog"), m_banner, this))
{
    setWindowTitle(tr("Send Message"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setToolTip(tr("Close; an unsent message is kept as a draft."));
    // Enter belongs to the recipients field (it adds what was typed): no button of the dialog
    // takes it, or Enter would close the window.
    close->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_composer, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 620);
}

ComposerDialog* ComposerDialog::openFor(ServerSession* session, const QStringList& users, QWidget* parent)
{
    ComposerDialog* dialog = parent ? parent->window()->findChild<ComposerDialog*>() : nullptr;
    if (dialog && dialog->composer()->isSending()) {
        // Busy with another message: a second window, whose draft is the same file, would
        // overwrite it; show the busy one instead.
        dialog->raise();
        dialog->activateWindow();
        return dialog;
    }
    if (!dialog) {
        dialog = new ComposerDialog(session, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->composer()->setRecipients(users);
    dialog->open();
    if (!users.isEmpty())
        dialog->composer()->focusMessage();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void ComposerDialog::reject()
{
    // Closing stops what is still being sent (the answers could not be shown); the text stays.
    m_composer->cancelSending();
    QDialog::reject();
}
