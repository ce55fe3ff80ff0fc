// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "rooms/CreateRoomDialog.h"

#include "ui_CreateRoomDialog.h"

#include "input/JidValidator.h"
#include "widgets/PlainText.h"

#include <QPushButton>
#include <QRegularExpression>

CreateRoomDialog::CreateRoomDialog(const QStringList& services, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateRoomDialog>())
{
    m_ui->setupUi(this);
    for (const QString& service : services)
        m_ui->serviceCombo->addItem(PlainText::line(service), service);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_ui->roomEdit, &QLineEdit::textEdited, m_ui->hint, &InputHintLabel::clearHint);
    connect(m_ui->ownersEdit, &QLineEdit::textEdited, m_ui->hint, &InputHintLabel::clearHint);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateRoomDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CreateRoomDialog::~CreateRoomDialog() = default;

QString CreateRoomDialog::roomJid() const
{
    const int index = m_ui->serviceCombo->currentIndex();
    const QString listed = index >= 0 ? m_ui->serviceCombo->itemData(index).toString() : QString();
    const QString typed = m_ui->serviceCombo->currentText().trimmed();
    const QString service = PlainText::line(listed) == typed ? listed : typed;
    return m_ui->roomEdit->text().trimmed().toLower() + QLatin1Char('@') + service;
}

RoomSettings CreateRoomDialog::settings() const
{
    RoomSettings settings;
    settings.name = m_ui->nameEdit->text().trimmed();
    settings.description = m_ui->descriptionEdit->text().trimmed();
    settings.password = m_ui->passwordEdit->text();
    settings.persistent = m_ui->persistentCheck->isChecked();
    settings.isPublic = m_ui->publicCheck->isChecked();
    settings.membersOnly = m_ui->membersOnlyCheck->isChecked();
    settings.moderated = m_ui->moderatedCheck->isChecked();
    settings.owners = m_owners;
    return settings;
}

void CreateRoomDialog::accept()
{
    const QString room = m_ui->roomEdit->text().trimmed();
    const JidValidator::Result local = JidValidator::checkLocalpart(room);
    if (room.isEmpty() || !local.valid) {
        m_ui->hint->showError(room.isEmpty() ? tr("Enter the room's name: the part before the @.") : local.message);
        m_ui->roomEdit->setFocus();
        return;
    }
    if (!JidValidator::checkDomain(m_ui->serviceCombo->currentText()).valid) {
        m_ui->hint->showError(tr("Choose the MUC service the room is on (conference.example.org)."));
        return;
    }
    m_owners.clear();
    const QStringList owners
        = m_ui->ownersEdit->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& owner : owners) {
        const JidValidator::Result check = JidValidator::checkBareJid(owner);
        if (!check.valid) {
            m_ui->hint->showError(tr("Owner %1: %2").arg(owner, check.message));
            return;
        }
        m_owners.append(check.normalized);
    }
    QDialog::accept();
}
