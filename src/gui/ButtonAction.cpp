#include "ButtonAction.h"

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
    if (watched == m_button
        && (event->type() == QEvent::EnabledChange || event->type() == QEvent::ToolTipChange
            || event->type() == QEvent::LanguageChange)) {
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
