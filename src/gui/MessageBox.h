#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

// Confirmations and notices that never block the event loop (QMessageBox::open, not exec), with a
// seam for tests: setNextAnswer() answers the next question without showing it.
class MessageBox
{
public:
    // Asks; calls onAccept when the user chooses `acceptLabel` (a destructive verb: "Delete 3 users").
    static void confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel,
        const std::function<void()>& onAccept, QMessageBox::Icon icon = QMessageBox::Warning,
        const QString& details = {});
    static void information(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next confirm() is answered with `accept` at once, without a window.
    static void setNextAnswer(bool accept) { s_nextAnswer = accept; }
    // Tests: the text of the last question or notice (answered or shown).
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
