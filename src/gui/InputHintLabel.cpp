#include "InputHintLabel.h"

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
    p.setColor(QPalette::WindowText, kind == Kind::Error ? QColor(0xc0, 0x1c, 0x28) : base);
    setPalette(p);
    setText(text);
    setAccessibleDescription(text);
    show();
}

void InputHintLabel::clearHint()
{
    clear();
    setAccessibleDescription({});
    hide();
}
