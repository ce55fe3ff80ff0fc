// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccountTypes.h"

#include <QWidget>

#include <memory>

namespace Ui {
class InvitationCard;
}

// One invitation to hand over: its xmpp: link as a QR code to scan with a phone's XMPP client, and
// as text with a Copy button (the server's landing page too, where it serves one).
class InvitationCard : public QWidget
{
    Q_OBJECT
public:
    explicit InvitationCard(QWidget* parent = nullptr);
    ~InvitationCard() override;

    // Shows the invitation; an empty one (no token) clears the card.
    void setInvitation(const Invitation& invitation);
    const Invitation& invitation() const { return m_invitation; }
    // The QR code as painted (null when none is shown).
    QImage qrImage() const { return m_image; }

private:
    void copy(const QString& text);

    std::unique_ptr<Ui::InvitationCard> m_ui;
    Invitation m_invitation;
    QImage m_image;
};
