// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>

// A line under an input field that says what is wrong with what was typed (or notes how it was
// understood), hidden while there is nothing to say. Errors about input stay next to the input;
// the pane's banner is for what the server answered.
class InputHintLabel : public QLabel
{
    Q_OBJECT
public:
    enum class Kind { Note, Error };

    explicit InputHintLabel(QWidget* parent = nullptr);

    void showError(const QString& text) { showHint(Kind::Error, text); }
    void showNote(const QString& text) { showHint(Kind::Note, text); }
    void showHint(Kind kind, const QString& text);
    void clearHint();
    Kind kind() const { return m_kind; }

    // The red of error text that reads on `palette`'s window: dark on light palettes, light on dark.
    static QColor errorColor(const QPalette& palette);

private:
    Kind m_kind = Kind::Note;
};
