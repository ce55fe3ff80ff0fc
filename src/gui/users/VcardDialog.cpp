// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "users/VcardDialog.h"

#include "ui_VcardDialog.h"

#include <QFontDatabase>
#include <QPushButton>

#include "input/UserReference.h"
#include "input/VisibleText.h"
#include "operations/SaveVcard.h"
#include "session/ServerSession.h"
#include "widgets/PlainText.h"

VcardDialog::VcardDialog(ServerSession* session, const QString& jid, bool readOnly, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VcardDialog>())
    , m_session(session)
    , m_jid(jid)
    , m_readOnly(readOnly)
{
    m_ui->setupUi(this);
    m_ui->banner->hide();
    PlainText::setWindowTitle(this, tr("vCard of %1").arg(jid));
    m_ui->vcardEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->vcardEdit->setReadOnly(true);
    m_ui->vcardEdit->setPlaceholderText(tr("Reading the vCard…"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    if (readOnly)
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setToolTip(tr("This connection is read-only."));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VcardDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

VcardDialog::~VcardDialog() = default;

void VcardDialog::load()
{
    if (!m_session || !m_session->hasServer())
        return;
    auto* reply = m_session->vcard(UserReference::forPath(m_jid, m_session->domain()));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_ui->vcardEdit->setPlaceholderText({});
        if (reply->ok()) {
            m_ui->vcardEdit->setPlainText(reply->value());
            PlainText::setText(m_ui->introLabel, tr("The vCard of %1 as the server stores it:").arg(m_jid));
            warnOfHiddenCharacters(reply->value());
            m_loaded = true;
        } else if (reply->error().kind == ApiError::Kind::NotFound) {
            PlainText::setText(
                m_ui->introLabel, tr("%1 has no vCard yet. Type one and save it to create it.").arg(m_jid));
            m_ui->vcardEdit->setPlaceholderText(QStringLiteral("BEGIN:VCARD\nVERSION:4.0\nFN:…\nEMAIL:…\nEND:VCARD"));
            m_loaded = true;
        } else {
            m_ui->banner->showError(reply->error(), tr("Could not read the vCard of %1.").arg(m_jid));
        }
        m_ui->vcardEdit->setReadOnly(!m_loaded || m_readOnly);
        if (m_loaded && m_readOnly)
            PlainText::setText(m_ui->introLabel,
                m_ui->introLabel->text() + QLatin1Char(' ')
                    + tr("This connection is read-only: the vCard can be read, not saved."));
        updateSaveButton();
    });
}

void VcardDialog::save()
{
    if (!m_loaded || m_readOnly || m_busy || !m_session || !m_session->hasServer())
        return;
    m_busy = true;
    updateSaveButton();
    m_ui->banner->hide();
    auto* save = new SaveVcard(m_session, m_jid, m_ui->vcardEdit->toPlainText(), this);
    connect(save, &Operation::finished, this, [this, save] {
        save->deleteLater();
        m_busy = false;
        updateSaveButton();
        if (!save->succeeded()) {
            m_ui->banner->showError(save->firstError(), tr("Could not save the vCard of %1.").arg(m_jid));
            return;
        }
        emit saved(m_jid);
        accept();
    });
    save->start();
}

void VcardDialog::warnOfHiddenCharacters(const QString& vcard)
{
    // The editor keeps the vCard exactly as it is (saving must not change it), so it draws what such
    // characters do; the banner writes out the lines that hold them.
    QStringList lines;
    for (const QString& line : vcard.split(QLatin1Char('\n'))) {
        const QString content = line.endsWith(QLatin1Char('\r')) ? line.chopped(1) : line;
        if (VisibleText::containsHidden(content))
            lines.append(content);
    }
    if (lines.isEmpty())
        return;
    m_ui->banner->showMessage(MessageBanner::Type::Warning,
        tr("This vCard contains invisible or text-direction characters, which the editor below does not show. "
           "The lines that hold them, written out:")
            + QLatin1Char('\n') + lines.mid(0, MaximumLinesWrittenOut).join(QLatin1Char('\n')));
}

void VcardDialog::updateSaveButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(m_loaded && !m_readOnly && !m_busy);
}
