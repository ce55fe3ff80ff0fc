#include "MessageBox.h"

#include <QPushButton>

void MessageBox::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel,
    const std::function<void()>& onAccept, QMessageBox::Icon icon, const QString& details)
{
    s_lastText = text;
    s_lastDetails = details;
    ++s_questions;
    if (s_nextAnswer.has_value()) {
        const bool accept = *s_nextAnswer;
        s_nextAnswer.reset();
        if (accept)
            onAccept();
        return;
    }
    auto* box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(details);
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
    s_lastText = text;
    if (s_nextAnswer.has_value()) {
        s_nextAnswer.reset();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
