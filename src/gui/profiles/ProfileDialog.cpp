// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ProfileDialog.h"

#include "ui_ProfileDialog.h"

#include <QColor>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QIcon>
#include <QLayout>
#include <QPixmap>
#include <QPushButton>

#include <algorithm>

#include "profiles/ConnectionTestDialog.h"
#include "profiles/ProfilePasswords.h"
#include "profiles/ProfileStore.h"
#include "widgets/InputHintLabel.h"
#include "widgets/PlainText.h"

ProfileDialog::ProfileDialog(ProfileStore* store, ProfilePasswords* passwords, const Profile& profile, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_store(store)
    , m_passwords(passwords)
    , m_original(profile)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profileDialog"));
    setWindowModality(Qt::WindowModal);
    PlainText::setWindowTitle(
        this, profile.id.isNull() ? tr("New Server Profile") : tr("Server Profile — %1").arg(profile.name));
    m_ui->banner->hide();
    m_ui->pinEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The unsafe option stands out in red and bold, readable on light and dark palettes.
    QPalette unsafe = m_ui->insecureCheck->palette();
    unsafe.setColor(QPalette::WindowText, InputHintLabel::errorColor(unsafe));
    m_ui->insecureCheck->setPalette(unsafe);
    QFont bold = m_ui->insecureCheck->font();
    bold.setBold(true);
    m_ui->insecureCheck->setFont(bold);
    m_testButton = m_ui->buttonBox->addButton(tr("&Test Connection…"), QDialogButtonBox::ActionRole);
    m_testButton->setAccessibleName(tr("Test the connection with these settings"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    m_ui->markingColorCombo->addItem(tr("No colour"), QString());
    for (const auto& [name, color] : Profile::markingColors()) {
        QPixmap swatch(16, 16);
        swatch.fill(QColor(color));
        m_ui->markingColorCombo->addItem(QIcon(swatch), name, color);
    }
    load(profile);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &ProfileDialog::chooseCaFile);
    connect(m_ui->clearPinButton, &QPushButton::clicked, m_ui->pinEdit, &QLineEdit::clear);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, m_ui->nameHint, &InputHintLabel::clearHint);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &ProfileDialog::updateUrlNote);
    connect(m_ui->insecureCheck, &QCheckBox::toggled, this, &ProfileDialog::updateUrlNote);
    connect(m_ui->jidEdit, &QLineEdit::textEdited, m_ui->jidHint, &InputHintLabel::clearHint);
    connect(m_ui->pinEdit, &QLineEdit::textChanged, m_ui->pinHint, &InputHintLabel::clearHint);
    connect(m_ui->caEdit, &QLineEdit::textEdited, m_ui->caHint, &InputHintLabel::clearHint);
    updateUrlNote();
}

ProfileDialog::~ProfileDialog() = default;

ConnectionTestDialog* ProfileDialog::connectionTest() const
{
    return m_test;
}

void ProfileDialog::load(const Profile& profile)
{
    m_ui->nameEdit->setText(profile.name);
    m_ui->urlEdit->setText(profile.baseUrl.toString());
    m_ui->jidEdit->setText(profile.adminJid);
    m_ui->rememberCheck->setChecked(profile.rememberPassword);
    m_ui->timeoutSpin->setValue(profile.timeoutSeconds);
    m_ui->refreshSpin->setValue(profile.autoRefreshSeconds);
    m_ui->certificateWarningSpin->setValue(profile.certificateWarningDays);
    m_ui->readOnlyCheck->setChecked(profile.readOnly);
    m_ui->folderEdit->setText(profile.folder);
    m_ui->markingEdit->setText(profile.marking);
    m_ui->markingColorCombo->setCurrentIndex(std::max(0, m_ui->markingColorCombo->findData(profile.markingColor)));
    m_ui->pinEdit->setText(profile.pinnedCertificateSha256.isEmpty()
            ? QString()
            : Profile::formatFingerprint(profile.pinnedCertificateSha256));
    m_ui->caEdit->setText(profile.caCertificatesFile);
    m_ui->insecureCheck->setChecked(profile.allowInsecureRemote);
    if (!profile.id.isNull()) {
        const bool known = m_passwords && m_passwords->hasSessionPassword(profile.id);
        m_ui->passwordEdit->setPlaceholderText(
            known || profile.rememberPassword ? tr("unchanged") : tr("asked when connecting"));
        m_ui->passwordHint->showNote(tr("Leave the password empty to keep the one you entered before."));
    } else {
        m_ui->passwordEdit->setPlaceholderText(tr("asked when connecting if left empty"));
    }
}

std::optional<Profile> ProfileDialog::editedProfile()
{
    Profile profile = m_original;
    profile.name = m_ui->nameEdit->text().trimmed();
    QString urlProblem;
    const QUrl url = Profile::parseBaseUrl(m_ui->urlEdit->text(), &urlProblem);
    profile.baseUrl = url;
    profile.adminJid = m_ui->jidEdit->text().trimmed();
    profile.rememberPassword = m_ui->rememberCheck->isChecked();
    profile.timeoutSeconds = m_ui->timeoutSpin->value();
    profile.autoRefreshSeconds = m_ui->refreshSpin->value();
    profile.certificateWarningDays = m_ui->certificateWarningSpin->value();
    profile.readOnly = m_ui->readOnlyCheck->isChecked();
    profile.folder = m_ui->folderEdit->text().trimmed();
    profile.marking = m_ui->markingEdit->text().trimmed();
    profile.markingColor = m_ui->markingColorCombo->currentData().toString();
    // A pin that is not a digest stays as typed, so problem() reports it.
    const QString pinText = m_ui->pinEdit->text().trimmed();
    const QByteArray pin = Profile::normalizedPin(pinText);
    profile.pinnedCertificateSha256 = pin.isEmpty() ? pinText.toLatin1() : pin;
    profile.caCertificatesFile = m_ui->caEdit->text().trimmed();
    profile.allowInsecureRemote = m_ui->insecureCheck->isChecked();

    bool valid = true;
    auto check = [&valid](InputHintLabel* hint, const QString& problem) {
        if (problem.isEmpty())
            return;
        hint->showError(problem);
        valid = false;
    };
    check(m_ui->nameHint, m_store ? m_store->nameProblem(profile.name, profile.id) : QString());
    if (urlProblem.isEmpty() && profile.isPlainHttpToRemoteHost() && !profile.allowInsecureRemote)
        urlProblem = tr("Plain HTTP to another computer would send the password unencrypted. Use https, or tick "
                        "the unsafe option below if this network is trusted.");
    check(m_ui->urlHint, urlProblem);
    check(m_ui->jidHint, profile.problem(Profile::Field::AdminJid));
    check(m_ui->pinHint, profile.problem(Profile::Field::PinnedCertificate));
    check(m_ui->caHint, profile.problem(Profile::Field::CaCertificatesFile));
    if (!valid) {
        growToFit(this);
        return std::nullopt;
    }
    return profile;
}

void ProfileDialog::save()
{
    if (m_saved) {
        accept();
        return;
    }
    m_ui->banner->hide();
    const std::optional<Profile> edited = editedProfile();
    if (!edited || !m_store)
        return;
    const std::optional<Profile> stored = m_store->save(*edited);
    if (!stored) {
        m_ui->banner->showMessage(MessageBanner::Type::Error, m_store->errorString());
        return;
    }
    m_original = *stored;
    const QString password = m_ui->passwordEdit->text();
    if (!m_passwords) {
        finishSave(*stored, {});
        return;
    }
    setBusy(true);
    auto done = [this, profile = *stored](const CredentialStore::Result& result) {
        const auto operation = profile.rememberPassword && !m_ui->passwordEdit->text().isEmpty()
            ? CredentialStore::Operation::Write
            : CredentialStore::Operation::Remove;
        finishSave(profile, CredentialStore::userMessage(operation, result));
    };
    if (!password.isEmpty())
        m_passwords->store(*stored, password, this, done);
    else if (!stored->rememberPassword)
        m_passwords->removeSaved(stored->id, this, done); // "Remember" turned off: nothing stays in the keychain
    else
        finishSave(*stored, {});
}

void ProfileDialog::finishSave(const Profile& profile, const QString& keychainProblem)
{
    setBusy(false);
    emit saved(profile);
    if (keychainProblem.isEmpty()) {
        accept();
        return;
    }
    // The profile is saved; the operator must read why the password is not.
    m_saved = true;
    m_ui->banner->showMessage(
        MessageBanner::Type::Warning, tr("The profile was saved.") + QLatin1Char(' ') + keychainProblem);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Close"));
    growToFit(this);
}

void ProfileDialog::testConnection()
{
    m_ui->banner->hide();
    const std::optional<Profile> edited = editedProfile();
    if (!edited)
        return;
    auto open = [this, edited](const QString& password) {
        if (m_test)
            m_test->close();
        m_test = new ConnectionTestDialog(*edited, password, this);
        connect(m_test, &ConnectionTestDialog::certificatePinned, this,
            [this](const QByteArray& pin) { m_ui->pinEdit->setText(Profile::formatFingerprint(pin)); });
        m_test->open();
    };
    const QString typed = m_ui->passwordEdit->text();
    if (!typed.isEmpty() || !m_passwords || edited->id.isNull()) {
        open(typed);
        return;
    }
    m_passwords->lookup(*edited, this, [open](const ProfilePasswords::Lookup& lookup) { open(lookup.password); });
}

void ProfileDialog::chooseCaFile()
{
    const QString current = m_ui->caEdit->text();
    auto* dialog = new QFileDialog(this, tr("Trusted CA Certificates"),
        current.isEmpty() ? QString() : QFileInfo(current).path(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        m_ui->caEdit->setText(file);
        m_ui->caHint->clearHint();
    });
    dialog->open();
}

void ProfileDialog::updateUrlNote()
{
    QString problem;
    const QUrl url = Profile::parseBaseUrl(m_ui->urlEdit->text(), &problem);
    Profile probe;
    probe.baseUrl = url;
    if (problem.isEmpty() && probe.isPlainHttpToRemoteHost()) {
        if (m_ui->insecureCheck->isChecked())
            m_ui->urlHint->showError(tr("Unsafe: the password will travel unencrypted to %1.").arg(url.host()));
        else
            m_ui->urlHint->showNote(tr("Plain HTTP to another computer is refused unless you tick the unsafe option "
                                       "below. Prefer https."));
        growToFit(this);
        return;
    }
    m_ui->urlHint->clearHint();
}

void ProfileDialog::growToFit(QWidget* dialog)
{
    // Hints wrap to several lines: the dialog grows to show them rather than squeezing the fields. A
    // wrapping label's size hint assumes a narrow label (more lines than it needs): capping each hint at
    // the height its text needs keeps the layout from padding the hints and overestimating the height.
    QLayout* layout = dialog->layout();
    // Laid out now, not on the event loop's next turn; activating an invalidated layout also drops the
    // nested layouts' cached heights.
    layout->invalidate();
    layout->activate();
    for (InputHintLabel* hint : dialog->findChildren<InputHintLabel*>()) {
        if (!hint->isHidden())
            hint->setMaximumHeight(hint->heightForWidth(hint->width()));
    }
    layout->invalidate();
    layout->activate();
    const int wanted = layout->totalHeightForWidth(dialog->width());
    if (wanted > dialog->height())
        dialog->resize(dialog->width(), wanted);
}

void ProfileDialog::setBusy(bool busy)
{
    m_ui->buttonBox->setEnabled(!busy);
}
