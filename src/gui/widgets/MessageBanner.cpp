// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "widgets/MessageBanner.h"

#include "api/ApiError.h"
#include "widgets/PlainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(PlainText::label(this))
    , m_label(PlainText::label(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(Type type, const QString& text)
{
    m_type = type;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QColor tint = palette().color(QPalette::Highlight);
    switch (type) {
    case Type::Information:
        break;
    case Type::Success:
        tint = QColor(0x2e, 0x8b, 0x57);
        break;
    case Type::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xd9, 0x8c, 0x00);
        break;
    case Type::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xc0, 0x1c, 0x28);
        break;
    }
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(20, 20));
    // Loaded with the first message: every pane has a banner, most never show one.
    if (m_close->icon().isNull())
        m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    QPalette p = palette();
    const QColor base = p.color(QPalette::Window);
    // A light wash of the message's colour over the window colour, so it works on dark palettes too.
    p.setColor(QPalette::Window,
        QColor((base.red() * 4 + tint.red()) / 5, (base.green() * 4 + tint.green()) / 5,
            (base.blue() * 4 + tint.blue()) / 5));
    setPalette(p);
    // The text often holds the server's own words ("The server said: …") and names: never markup.
    PlainText::setText(m_label, text);
    setAccessibleDescription(m_label->text());
    show();
}

void MessageBanner::showError(const ApiError& error, const QString& context)
{
    const QString sentence = error.userMessage();
    showMessage(Type::Error, context.isEmpty() ? sentence : context + QLatin1Char(' ') + sentence);
}

QString MessageBanner::text() const
{
    return m_label->text();
}
