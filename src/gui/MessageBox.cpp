#include "MessageBox.h"

#include "PlainText.h"
#include "VisibleText.h"

#include <QLabel>
#include <QPushButton>

namespace {

// The text as shown: hidden characters written out, and a line saying so when there were any.
QString shownText(const QString& text, const QString& details)
{
    const QString visible = VisibleText::escaped(text, VisibleText::LineBreaks::Keep);
    if (visible == text && !VisibleText::containsHidden(details, VisibleText::LineBreaks::Keep))
        return text;
    return visible + QStringLiteral("\n\n")
        + MessageBox::tr("Some names here contain invisible or text-direction characters, written out as \\u "
                         "codes: check that each is the one you mean.");
}

} // namespace

QMessageBox* MessageBox::create(QMessageBox::Icon icon, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QWidget* parent, const QString& details)
{
    auto* box = new QMessageBox(icon, QString(), QString(), buttons, parent);
    PlainText::setWindowTitle(box, title);
    box->setTextFormat(Qt::PlainText);
    box->setText(shownText(text, details));
    box->setDetailedText(VisibleText::escaped(details, VisibleText::LineBreaks::Keep));
    // The icon's label too: no label of the box is left to guess. (Informative text, which Qt would
    // show in a label of its own, is not used.)
    for (QLabel* label : box->findChildren<QLabel*>())
        label->setTextFormat(Qt::PlainText);
    return box;
}

void MessageBox::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel,
    const std::function<void()>& onAccept, QMessageBox::Icon icon, const QString& details)
{
    s_lastText = shownText(text, details);
    s_lastDetails = VisibleText::escaped(details, VisibleText::LineBreaks::Keep);
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
    s_lastText = shownText(text, {});
    if (s_nextAnswer.has_value()) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox* box = create(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
