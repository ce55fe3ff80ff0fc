// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ProfilePasswordDialog.h"

#include "ui_ProfilePasswordDialog.h"

#include <QPushButton>

#include "profiles/ProfileDialog.h"
#include "widgets/PlainText.h"

ProfilePasswordDialog::ProfilePasswordDialog(const Profile& profile, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilePasswordDialog>())
    , m_profile(profile)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profilePasswordDialog"));
    setWindowModality(Qt::WindowModal);
    PlainText::setWindowTitle(this, tr("Password for %1").arg(profile.name));
    m_ui->banner->hide();
    PlainText::setText(m_ui->introLabel,
        tr("Enter the password of %1 on %2 (profile “%3”).")
            .arg(profile.adminJid, profile.baseUrl.toDisplayString(), profile.name));
    m_ui->rememberCheck->setChecked(profile.rememberPassword);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfilePasswordDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, m_ui->passwordHint, &InputHintLabel::clearHint);
    m_ui->passwordEdit->setFocus();
}

ProfilePasswordDialog::~ProfilePasswordDialog() = default;

void ProfilePasswordDialog::setReason(const QString& text, bool problem)
{
    if (text.isEmpty()) {
        m_ui->banner->hide();
        return;
    }
    m_ui->banner->showMessage(problem ? MessageBanner::Type::Warning : MessageBanner::Type::Information, text);
    ProfileDialog::growToFit(this);
}

void ProfilePasswordDialog::setKeychainAvailable(bool available)
{
    m_ui->rememberCheck->setEnabled(available);
    if (!available) {
        m_ui->rememberCheck->setChecked(false);
        m_ui->rememberCheck->setToolTip(
            tr("No system keychain is available: the password is kept for this session only."));
    }
}

QString ProfilePasswordDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool ProfilePasswordDialog::remember() const
{
    // Without a keychain the profile's own choice stands: it is not changed for a passing outage.
    return m_ui->rememberCheck->isEnabled() ? m_ui->rememberCheck->isChecked() : m_profile.rememberPassword;
}

void ProfilePasswordDialog::submit()
{
    if (password().isEmpty()) {
        m_ui->passwordHint->showError(tr("Enter the password, or cancel."));
        ProfileDialog::growToFit(this);
        m_ui->passwordEdit->setFocus();
        return;
    }
    accept();
}
