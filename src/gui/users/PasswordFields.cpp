// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "users/PasswordFields.h"

#include "ui_PasswordFields.h"

#include "input/PasswordGenerator.h"

#include <QClipboard>
#include <QGuiApplication>

PasswordFields::PasswordFields(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PasswordFields>())
{
    m_ui->setupUi(this);
    hideGenerated();
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, &PasswordFields::fieldsEdited);
    connect(m_ui->confirmEdit, &QLineEdit::textEdited, this, &PasswordFields::fieldsEdited);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &PasswordFields::generate);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_generated);
        m_ui->generatedNote->setText(tr("Copied. Pass it on safely: it is not shown again."));
    });
}

PasswordFields::~PasswordFields() = default;

QString PasswordFields::password() const
{
    return m_ui->passwordEdit->text();
}

bool PasswordFields::hasSurroundingSpaces() const
{
    const QString text = password();
    return !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
}

bool PasswordFields::checkBeforeSubmit()
{
    const QString text = password();
    if (text.isEmpty()) {
        m_ui->passwordHint->showError(tr("Enter a password, or press Generate."));
        m_ui->passwordEdit->setFocus();
        return false;
    }
    if (text != m_ui->confirmEdit->text()) {
        m_ui->passwordHint->showError(tr("The two passwords differ: type the same password in both fields."));
        m_ui->confirmEdit->setFocus();
        m_ui->confirmEdit->selectAll();
        return false;
    }
    if (hasSurroundingSpaces() && m_spacesAccepted != text) {
        m_spacesAccepted = text;
        m_ui->passwordHint->showError(tr("The password begins or ends with a space, which is easy to miss when "
                                         "logging in. Submit again to keep it as typed."));
        return false;
    }
    m_ui->passwordHint->clearHint();
    return true;
}

void PasswordFields::generate()
{
    m_generated = PasswordGenerator::generate();
    m_filling = true;
    m_ui->passwordEdit->setText(m_generated);
    m_ui->confirmEdit->setText(m_generated);
    m_filling = false;
    m_ui->generatedEdit->setText(m_generated);
    m_ui->generatedNote->setText(tr("Copy this password now and pass it on safely: it is not shown again."));
    m_ui->generatedLabel->show();
    m_ui->generatedEdit->show();
    m_ui->copyButton->show();
    m_ui->generatedNote->show();
    m_ui->passwordHint->clearHint();
    m_ui->generatedEdit->setFocus();
    m_ui->generatedEdit->selectAll();
    // Make room for the rows that just appeared, so the note is not clipped.
    if (QWidget* dialog = window(); dialog != this && dialog->height() < dialog->sizeHint().height())
        dialog->resize(dialog->width(), dialog->sizeHint().height());
    emit edited();
}

void PasswordFields::setEnabledForInput(bool enabled)
{
    m_ui->passwordEdit->setEnabled(enabled);
    m_ui->confirmEdit->setEnabled(enabled);
    m_ui->generateButton->setEnabled(enabled);
}

void PasswordFields::focusPassword()
{
    m_ui->passwordEdit->setFocus();
}

void PasswordFields::fieldsEdited()
{
    if (m_filling)
        return;
    // The shown password no longer matches what will be sent.
    if (!m_generated.isEmpty())
        hideGenerated();
    updateSpacesHint();
    emit edited();
}

void PasswordFields::hideGenerated()
{
    m_generated.clear();
    m_ui->generatedEdit->clear();
    m_ui->generatedLabel->hide();
    m_ui->generatedEdit->hide();
    m_ui->copyButton->hide();
    m_ui->generatedNote->hide();
}

void PasswordFields::updateSpacesHint()
{
    if (hasSurroundingSpaces())
        m_ui->passwordHint->showNote(tr("Note: the password begins or ends with a space."));
    else
        m_ui->passwordHint->clearHint();
}
