// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "invitations/InvitationCard.h"

#include "ui_InvitationCard.h"

#include "invitations/QrCode.h"
#include "invitations/QrCodeImage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>

InvitationCard::InvitationCard(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InvitationCard>())
{
    m_ui->setupUi(this);
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, [this] { copy(m_ui->linkEdit->text()); });
    connect(m_ui->copyPageButton, &QPushButton::clicked, this, [this] { copy(m_ui->pageEdit->text()); });
    setInvitation({});
}

InvitationCard::~InvitationCard() = default;

void InvitationCard::setInvitation(const Invitation& invitation)
{
    m_invitation = invitation;
    const bool shown = !invitation.token.isEmpty();
    m_image = shown ? QrCodeImage::paint(QrCode::encode(invitation.uri), 5) : QImage();
    m_ui->qrLabel->setPixmap(QPixmap::fromImage(m_image));
    m_ui->qrLabel->setText(shown ? QString() : tr("Select an invitation to show its QR code and link."));
    m_ui->linkEdit->setText(invitation.uri);
    m_ui->pageEdit->setText(invitation.landingPage);
    m_ui->pageLabel->setVisible(!invitation.landingPage.isEmpty());
    m_ui->pageEdit->setVisible(!invitation.landingPage.isEmpty());
    m_ui->copyPageButton->setVisible(!invitation.landingPage.isEmpty());
    m_ui->copyLinkButton->setEnabled(shown);
    QString summary;
    if (shown) {
        const QString expires = QLocale().toString(invitation.expires.toLocalTime(), QLocale::ShortFormat);
        summary = invitation.kind == Invitation::Kind::Reset
            ? tr("Password reset for %1, valid until %2.").arg(invitation.jid, expires)
            : invitation.username.isEmpty() ? tr("New account on %1, valid until %2.").arg(invitation.jid, expires)
                                            : tr("New account %1, valid until %2.").arg(invitation.jid, expires);
        summary += QLatin1Char(' ') + tr("Scan the code with the phone's XMPP client, or send the link.");
    }
    m_ui->summaryLabel->setText(summary);
}

void InvitationCard::copy(const QString& text)
{
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}
