// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "rooms/DestroyRoomsDialog.h"

#include "ui_DestroyRoomsDialog.h"

#include "input/JidValidator.h"
#include "operations/DestroyRooms.h"
#include "session/ServerSession.h"
#include "widgets/PlainText.h"

#include <QLayout>
#include <QLocale>
#include <QPushButton>

DestroyRoomsDialog::DestroyRoomsDialog(
    Mode mode, const QList<RoomInfo>& rooms, int idleDays, const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DestroyRoomsDialog>())
    , m_mode(mode)
    , m_rooms(rooms)
    , m_now(now)
{
    m_ui->setupUi(this);
    PlainText::protectViews(this);
    setWindowTitle(mode == Mode::Cleanup ? tr("Clean up idle rooms") : tr("Destroy rooms"));
    m_ui->idleRow->setVisible(mode == Mode::Cleanup);
    // Its lines are broken in the text: a wrapping label is given one line's height here.
    m_ui->introLabel->setWordWrap(false);
    m_ui->introLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_ui->idleDaysSpin->setValue(idleDays);
    if (mode == Mode::Cleanup)
        m_ui->reasonEdit->setText(tr("This room was unused for a long time."));
    connect(m_ui->idleDaysSpin, &QSpinBox::valueChanged, this, &DestroyRoomsDialog::updateList);
    connect(m_ui->alternateEdit, &QLineEdit::textEdited, m_ui->hint, &InputHintLabel::clearHint);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DestroyRoomsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateList();
}

DestroyRoomsDialog::~DestroyRoomsDialog() = default;

QString DestroyRoomsDialog::reason() const
{
    return m_ui->reasonEdit->text().trimmed();
}

QString DestroyRoomsDialog::alternate() const
{
    return m_ui->alternateEdit->text().trimmed();
}

int DestroyRoomsDialog::idleDays() const
{
    return m_ui->idleDaysSpin->value();
}

void DestroyRoomsDialog::updateList()
{
    if (m_mode == Mode::Cleanup) {
        m_listed = DestroyRooms::idleRooms(m_rooms, idleDays(), m_now);
    } else {
        m_listed.clear();
        for (const RoomInfo& room : std::as_const(m_rooms))
            m_listed.append(room.jid);
    }
    m_ui->roomsList->clear();
    for (const RoomInfo& room : std::as_const(m_rooms)) {
        if (!m_listed.contains(room.jid))
            continue;
        const QDateTime last = room.lastActivity();
        const QString since
            = last.isValid() ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat) : tr("no activity known");
        QString line = room.name.isEmpty() ? room.jid : tr("%1 (%2)").arg(room.jid, room.name);
        line += tr(" — %n occupant(s), last activity: %1", nullptr, room.occupants).arg(since);
        m_ui->roomsList->addItem(line);
    }
    const int count = int(m_listed.size());
    if (m_mode == Mode::Cleanup && count == 0)
        m_ui->introLabel->setText(tr("No room is empty and idle for that long: there is nothing to clean up."));
    else if (m_mode == Mode::Cleanup)
        m_ui->introLabel->setText(tr("These %n room(s) are empty now and idle for that long.\nExactly these will be "
                                     "destroyed, also if someone joins one meanwhile:",
            nullptr, count));
    else
        m_ui->introLabel->setText(
            tr("Destroy these %n room(s)?\nTheir occupants are removed and told the reason:", nullptr, count));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Destroy %n room(s)", nullptr, count));
    ok->setEnabled(count > 0);
    if (layout())
        layout()->activate();
}

void DestroyRoomsDialog::accept()
{
    if (!alternate().isEmpty()
        && (!alternate().contains(QLatin1Char('@')) || !JidValidator::checkBareJid(alternate()).valid)) {
        m_ui->hint->showError(tr("The alternative venue is a room address: room@service."));
        return;
    }
    if (m_listed.isEmpty())
        return;
    QDialog::accept();
}
