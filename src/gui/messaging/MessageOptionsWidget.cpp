// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/MessageOptionsWidget.h"

#include "ui_MessageOptionsWidget.h"

#include "messaging/MessagePreview.h"
#include "widgets/MessageBanner.h"

MessageOptionsWidget::MessageOptionsWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MessageOptionsWidget>())
{
    m_ui->setupUi(this);
    m_ui->typeCombo->addItem(tr("Server default (normal)"), int(MessageStyle::Type::Default));
    m_ui->typeCombo->addItem(tr("Chat"), int(MessageStyle::Type::Chat));
    m_ui->typeCombo->addItem(tr("Normal"), int(MessageStyle::Type::Normal));
    m_ui->typeCombo->addItem(tr("Headline"), int(MessageStyle::Type::Headline));
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateNote();
        emit styleChanged();
    });
    connect(m_ui->subjectEdit, &QLineEdit::textChanged, this, &MessageOptionsWidget::styleChanged);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &MessageOptionsWidget::sendPreview);
    updateNote();
}

MessageOptionsWidget::~MessageOptionsWidget() = default;

void MessageOptionsWidget::setPreview(
    const BroadcastTarget& target, std::function<QString()> text, MessageBanner* banner)
{
    m_target = target;
    m_text = std::move(text);
    m_banner = banner;
    setPreviewEnabled(m_previewEnabled);
}

void MessageOptionsWidget::setStyleAvailable(bool available, const QString& note)
{
    m_styleAvailable = available;
    m_unavailableNote = note;
    m_ui->typeCombo->setEnabled(available);
    m_ui->subjectEdit->setEnabled(available);
    updateNote();
}

void MessageOptionsWidget::setPreviewEnabled(bool enabled)
{
    m_previewEnabled = enabled;
    m_ui->previewButton->setEnabled(enabled && m_target.isAvailable() && !m_previewRunning);
}

void MessageOptionsWidget::placeInTabOrder(QWidget* before, QWidget* after)
{
    QWidget::setTabOrder(before, m_ui->typeCombo);
    QWidget::setTabOrder(m_ui->typeCombo, m_ui->subjectEdit);
    QWidget::setTabOrder(m_ui->subjectEdit, m_ui->previewButton);
    QWidget::setTabOrder(m_ui->previewButton, after);
}

MessageStyle MessageOptionsWidget::style() const
{
    if (!m_styleAvailable)
        return {};
    MessageStyle style;
    style.type = MessageStyle::Type(m_ui->typeCombo->currentData().toInt());
    style.subject = m_ui->subjectEdit->text().trimmed();
    return style;
}

void MessageOptionsWidget::setStyle(const MessageStyle& style)
{
    m_ui->typeCombo->setCurrentIndex(std::max(0, m_ui->typeCombo->findData(int(style.type))));
    m_ui->subjectEdit->setText(style.subject);
}

void MessageOptionsWidget::updateNote()
{
    if (!m_styleAvailable) {
        m_ui->typeNote->setText(m_unavailableNote.isEmpty()
                ? tr("This server sends every message as type “normal” without a subject.")
                : m_unavailableNote);
        return;
    }
    switch (MessageStyle::Type(m_ui->typeCombo->currentData().toInt())) {
    case MessageStyle::Type::Default:
    case MessageStyle::Type::Normal:
        m_ui->typeNote->setText(tr("Normal: a standalone message. Some mobile clients show it only in a separate "
                                   "list or not at all; choose Chat if users miss it."));
        break;
    case MessageStyle::Type::Chat:
        m_ui->typeNote->setText(tr("Chat: shows in a conversation with the server's address, like a message from a "
                                   "contact; every client shows it."));
        break;
    case MessageStyle::Type::Headline:
        m_ui->typeNote->setText(tr("Headline: a notice that is not stored in the conversation and is not kept for "
                                   "users who are offline; several clients show it briefly or not at all."));
        break;
    }
}

void MessageOptionsWidget::sendPreview()
{
    const QString text = m_text ? m_text() : QString();
    if (!m_target.isAvailable() || !m_banner || m_previewRunning)
        return;
    if (text.trimmed().isEmpty()) {
        m_banner->showMessage(MessageBanner::Type::Warning, tr("Write the message first, then send the preview."));
        return;
    }
    auto* preview = new MessagePreview(m_target, text, style(), this);
    m_previewRunning = true;
    setPreviewEnabled(m_previewEnabled);
    connect(preview, &Operation::finished, this, [this, preview] {
        preview->deleteLater();
        m_previewRunning = false;
        setPreviewEnabled(m_previewEnabled);
        const Operation::Outcome& outcome = preview->outcome(0);
        const QString& ownJid = outcome.label;
        const bool ok = outcome.status == Operation::Status::Succeeded;
        if (m_banner) {
            if (!ok)
                m_banner->showMessage(MessageBanner::Type::Error,
                    tr("The preview to %1 was not sent: %2").arg(ownJid, outcome.error.userMessage()));
            else if (preview->delivery() == MessageDelivery::Queued)
                m_banner->showMessage(MessageBanner::Type::Information,
                    tr("Preview queued for %1: you are not online with that account; it arrives when you sign in.")
                        .arg(ownJid));
            else
                m_banner->showMessage(
                    MessageBanner::Type::Success, tr("Preview sent to %1: look at it in your own client.").arg(ownJid));
        }
        emit previewFinished(ok);
    });
    preview->start();
}
