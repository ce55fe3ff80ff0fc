// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "widgets/InputHintLabel.h"

#include "widgets/PlainText.h"

InputHintLabel::InputHintLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void InputHintLabel::showHint(Kind kind, const QString& text)
{
    m_kind = kind;
    if (text.isEmpty()) {
        clearHint();
        return;
    }
    QPalette p = palette();
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::WindowText)
                                       : palette().color(QPalette::WindowText);
    p.setColor(QPalette::WindowText, kind == Kind::Error ? errorColor(p) : base);
    setPalette(p);
    // Hints repeat what was typed or pasted and names from the server.
    PlainText::setText(this, text);
    setAccessibleDescription(QLabel::text());
    show();
}

QColor InputHintLabel::errorColor(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5 ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

void InputHintLabel::clearHint()
{
    clear();
    setAccessibleDescription({});
    hide();
}
