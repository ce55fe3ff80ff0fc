// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiTypes.h"
#include "messaging/BroadcastTarget.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class MessageBanner;
namespace Ui {
class MessageOptionsWidget;
}

// The message's type and subject, with a note on how clients show each type, and "Preview to Me":
// the message as it stands, sent to the operator's own account on the target server first (core
// MessagePreview).
// Type and subject are our module's extension; where the server lacks it, both are disabled and
// the note says that the server sends a "normal" message without subject.
class MessageOptionsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit MessageOptionsWidget(QWidget* parent = nullptr);
    ~MessageOptionsWidget() override;

    // Where previews go and whose answer is shown: the server, the text to send, the banner.
    void setPreview(const BroadcastTarget& target, std::function<QString()> text, MessageBanner* banner);
    // Whether the server(s) can send a type and subject; `note` says what happens otherwise.
    void setStyleAvailable(bool available, const QString& note = {});
    void setPreviewEnabled(bool enabled);

    // Puts its controls between `before` and `after` in the hosting form's tab order.
    void placeInTabOrder(QWidget* before, QWidget* after);

    MessageStyle style() const;
    void setStyle(const MessageStyle& style);
    void sendPreview();

signals:
    void styleChanged();
    // The preview's answer arrived (its outcome is in the banner).
    void previewFinished(bool ok);

private:
    void updateNote();

    std::unique_ptr<Ui::MessageOptionsWidget> m_ui;
    BroadcastTarget m_target;
    std::function<QString()> m_text;
    QPointer<MessageBanner> m_banner;
    bool m_styleAvailable = true;
    QString m_unavailableNote;
    bool m_previewEnabled = true;
    bool m_previewRunning = false;
};
