// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "widgets/MessageBox.h"

#include "input/VisibleText.h"
#include "widgets/PlainText.h"

#include <QLabel>
#include <QPushButton>

namespace {

// No word of a question is longer; a longer one (a JID of 5,000 characters) is shown whole in the
// details only.
constexpr qsizetype LongestWord = 100;

struct Shown
{
    QString text;
    QString details;
};

// Text and details as shown: hidden characters written out, a word too long for the box cut in its
// middle (and the text written out whole in the details), and a line saying so for each.
Shown shown(const QString& text, const QString& details)
{
    const QString visible = VisibleText::escaped(text, VisibleText::LineBreaks::Keep);
    const QString visibleDetails = VisibleText::escaped(details, VisibleText::LineBreaks::Keep);
    Shown result{VisibleText::withLongWordsShortened(visible, LongestWord), visibleDetails};
    const bool cut = result.text != visible;
    if (visible != text || visibleDetails != details) {
        result.text += QStringLiteral("\n\n")
            + MessageBox::tr("Some names here contain invisible or text-direction characters, written out as \\u "
                             "codes: check that each is the one you mean.");
    }
    if (cut) {
        result.text += QStringLiteral("\n\n")
            + MessageBox::tr("Some names are too long to be shown here in full: the details show them whole.");
        result.details = details.isEmpty() ? visible : visible + QStringLiteral("\n\n") + visibleDetails;
    }
    return result;
}

} // namespace

QMessageBox* MessageBox::create(QMessageBox::Icon icon, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QWidget* parent, const QString& details)
{
    auto* box = new QMessageBox(icon, QString(), QString(), buttons, parent);
    PlainText::setWindowTitle(box, title);
    box->setTextFormat(Qt::PlainText);
    const Shown shownBox = shown(text, details);
    box->setText(shownBox.text);
    box->setDetailedText(shownBox.details);
    // The icon's label too: no label of the box is left to guess. (Informative text, which Qt would
    // show in a label of its own, is not used.)
    for (QLabel* label : box->findChildren<QLabel*>())
        label->setTextFormat(Qt::PlainText);
    return box;
}

void MessageBox::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel,
    const std::function<void()>& onAccept, QMessageBox::Icon icon, const QString& details)
{
    const Shown question = shown(text, details);
    s_lastText = question.text;
    s_lastDetails = question.details;
    ++s_questions;
    if (s_nextAnswer.has_value()) {
        const bool accept = *s_nextAnswer;
        s_nextAnswer.reset();
        if (accept)
            onAccept();
        return;
    }
    QMessageBox* box = create(icon, title, text, QMessageBox::NoButton, parent, details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* accept = box->addButton(acceptLabel, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, onAccept] {
        if (box->clickedButton() == accept)
            onAccept();
    });
    box->open();
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    s_lastText = shown(text, {}).text;
    if (s_nextAnswer.has_value()) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox* box = create(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
