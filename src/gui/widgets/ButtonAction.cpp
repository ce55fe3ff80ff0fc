// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "widgets/ButtonAction.h"

#include <QAbstractButton>
#include <QEvent>

ButtonAction::ButtonAction(QAbstractButton* button, const QKeySequence& shortcut, QObject* parent)
    : QAction(parent)
    , m_button(button)
{
    setShortcut(shortcut);
    setShortcutContext(Qt::WidgetWithChildrenShortcut);
    syncFromButton();
    button->installEventFilter(this);
    connect(this, &QAction::triggered, button, [this] {
        if (m_button && m_button->isEnabled())
            m_button->click();
    });
}

bool ButtonAction::eventFilter(QObject* watched, QEvent* event)
{
    // The event type first: the button also sends events while it is being destroyed, when reading
    // m_button (a cast to QAbstractButton) would be undefined behaviour.
    const QEvent::Type type = event->type();
    if ((type == QEvent::EnabledChange || type == QEvent::ToolTipChange || type == QEvent::LanguageChange)
        && watched == m_button) {
        syncFromButton();
    }
    return QAction::eventFilter(watched, event);
}

void ButtonAction::syncFromButton()
{
    if (!m_button)
        return;
    setText(m_button->text());
    setIcon(m_button->icon());
    setToolTip(m_button->toolTip());
    setEnabled(m_button->isEnabled());
}
