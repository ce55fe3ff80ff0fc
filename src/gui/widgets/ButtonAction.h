// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAction>
#include <QPointer>

class QAbstractButton;

// A QAction that stands for one of a pane's buttons, so the button's command is also in the view's
// context menu and on a keyboard shortcut: same text and icon, enabled exactly when the button is,
// and triggering it clicks the button (so the command has one implementation).
class ButtonAction : public QAction
{
    Q_OBJECT
public:
    ButtonAction(QAbstractButton* button, const QKeySequence& shortcut, QObject* parent);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void syncFromButton();

    QPointer<QAbstractButton> m_button;
};
