// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

// Confirmations and notices that never block the event loop (QMessageBox::open, not exec), with a
// seam for tests: setNextAnswer() answers the next question without showing it.
//
// The console's only way to a QMessageBox (TestPlainTextRule fails on QMessageBox's static functions
// and on `new QMessageBox` elsewhere): the text names users, contacts, groups and modules, so it is
// shown as plain text with hidden characters written out, and when a name holds any, a line says so.
// The JID a confirmation shows is then the JID that is acted on, not one it was made to look like.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)
public:
    // Asks; calls onAccept when the user chooses `acceptLabel` (a destructive verb: "Delete 3 users").
    static void confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel,
        const std::function<void()>& onAccept, QMessageBox::Icon icon = QMessageBox::Warning,
        const QString& details = {});
    static void information(QWidget* parent, const QString& title, const QString& text);
    // A message box that shows title, text and details as plain text (for the rare caller that needs
    // more than confirm() and information()).
    static QMessageBox* create(QMessageBox::Icon icon, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons, QWidget* parent, const QString& details = {});

    // Tests: the next confirm() is answered with `accept` at once, without a window.
    static void setNextAnswer(bool accept) { s_nextAnswer = accept; }
    // Tests: the text of the last question or notice as shown (answered or shown).
    static QString lastText() { return s_lastText; }
    // Tests: the detailed text of the last question (the whole list of what it affects).
    static QString lastDetails() { return s_lastDetails; }
    static int questionsAsked() { return s_questions; }

private:
    static inline std::optional<bool> s_nextAnswer;
    static inline QString s_lastText;
    static inline QString s_lastDetails;
    static inline int s_questions = 0;
};
