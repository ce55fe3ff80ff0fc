// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ProfileListDialog.h"

#include "ui_ProfileListDialog.h"

#include <QFileDialog>
#include <QPushButton>

#include "profiles/ProfileDialog.h"
#include "profiles/ProfileFile.h"
#include "profiles/ProfilePasswords.h"
#include "profiles/ProfileStore.h"
#include "widgets/MessageBox.h"
#include "widgets/PlainText.h"

namespace {
constexpr int IdRole = Qt::UserRole;
}

ProfileListDialog::ProfileListDialog(ProfileStore* store, ProfilePasswords* passwords, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileListDialog>())
    , m_store(store)
    , m_passwords(passwords)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profileListDialog"));
    m_ui->banner->hide();
    m_connectButton = m_ui->buttonBox->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setAccessibleName(tr("Connect to the selected profile"));
    m_ui->profilesList->setSortingEnabled(true);
    PlainText::protectViews(this);
    for (const Profile& profile : store->profiles())
        upsertItem(profile);
    if (m_ui->profilesList->count() > 0)
        m_ui->profilesList->setCurrentRow(0);

    connect(store, &ProfileStore::profileSaved, this, &ProfileListDialog::upsertItem);
    connect(store, &ProfileStore::profileRemoved, this, &ProfileListDialog::removeItem);
    connect(m_ui->profilesList, &QListWidget::currentItemChanged, this, &ProfileListDialog::updateButtons);
    connect(m_ui->profilesList, &QListWidget::itemDoubleClicked, this, &ProfileListDialog::editSelected);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ProfileListDialog::newProfile);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ProfileListDialog::editSelected);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfileListDialog::duplicateSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfileListDialog::deleteSelected);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ProfileListDialog::importProfiles);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ProfileListDialog::exportProfiles);
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        if (!selectedId().isNull()) {
            emit connectRequested(selectedId());
            accept();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

ProfileListDialog::~ProfileListDialog() = default;

ProfileDialog* ProfileListDialog::profileDialog() const
{
    return m_profileDialog;
}

QUuid ProfileListDialog::selectedId() const
{
    const QListWidgetItem* item = m_ui->profilesList->currentItem();
    return item ? item->data(IdRole).toUuid() : QUuid();
}

void ProfileListDialog::select(const QUuid& id)
{
    if (QListWidgetItem* item = itemOf(id))
        m_ui->profilesList->setCurrentItem(item);
}

QListWidgetItem* ProfileListDialog::itemOf(const QUuid& id) const
{
    for (int row = 0; row < m_ui->profilesList->count(); ++row) {
        if (m_ui->profilesList->item(row)->data(IdRole).toUuid() == id)
            return m_ui->profilesList->item(row);
    }
    return nullptr;
}

void ProfileListDialog::upsertItem(const Profile& profile)
{
    QListWidgetItem* item = itemOf(profile.id);
    if (!item) {
        item = new QListWidgetItem(m_ui->profilesList);
        item->setData(IdRole, profile.id);
        item->setIcon(QIcon(QStringLiteral(":/icons/server.svg")));
    }
    // Folders sort their profiles together: "Customers/Acme / Chat".
    item->setText(profile.folder.isEmpty() ? profile.name : tr("%1 / %2").arg(profile.folder, profile.name));
    item->setToolTip(tr("%1 as %2").arg(profile.baseUrl.toDisplayString(), profile.adminJid));
    m_ui->profilesList->sortItems();
    updateButtons();
}

void ProfileListDialog::removeItem(const QUuid& id)
{
    delete itemOf(id);
    updateButtons();
}

void ProfileListDialog::updateButtons()
{
    const QUuid id = selectedId();
    const bool selected = !id.isNull();
    m_ui->editButton->setEnabled(selected);
    m_ui->duplicateButton->setEnabled(selected);
    m_ui->deleteButton->setEnabled(selected);
    m_ui->exportButton->setEnabled(m_ui->profilesList->count() > 0);
    m_connectButton->setEnabled(selected);
    const std::optional<Profile> profile = m_store && selected ? m_store->profile(id) : std::nullopt;
    if (!profile) {
        m_ui->detailsLabel->setText(
            m_ui->profilesList->count() == 0 ? tr(
                "No profiles yet. The built-in sandbox is always available; add a profile for each of your servers.")
                                             : QString());
        return;
    }
    QStringList details{tr("%1 as %2").arg(profile->baseUrl.toDisplayString(), profile->adminJid)};
    if (!profile->pinnedCertificateSha256.isEmpty())
        details.append(tr("certificate pinned"));
    if (!profile->caCertificatesFile.isEmpty())
        details.append(tr("CA file %1").arg(profile->caCertificatesFile));
    details.append(
        profile->rememberPassword ? tr("password in the system keychain") : tr("password asked for each session"));
    if (profile->readOnly)
        details.append(tr("read-only"));
    if (!profile->marking.isEmpty())
        details.append(tr("marked “%1”").arg(profile->marking));
    if (profile->allowInsecureRemote && profile->isPlainHttpToRemoteHost())
        details.append(tr("UNSAFE: plain HTTP to another computer"));
    PlainText::setText(m_ui->detailsLabel, details.join(QStringLiteral("; ")));
}

void ProfileListDialog::openProfileDialog(const Profile& profile)
{
    if (m_profileDialog)
        m_profileDialog->close();
    m_profileDialog = new ProfileDialog(m_store, m_passwords, profile, this);
    m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_profileDialog, &ProfileDialog::saved, this, [this](const Profile& saved) { select(saved.id); });
    m_profileDialog->open();
}

void ProfileListDialog::newProfile()
{
    openProfileDialog(Profile{});
}

void ProfileListDialog::editSelected()
{
    if (const std::optional<Profile> profile = m_store->profile(selectedId()))
        openProfileDialog(*profile);
}

void ProfileListDialog::duplicateSelected()
{
    m_ui->banner->hide();
    const std::optional<Profile> copy = m_store->duplicate(selectedId());
    if (!copy) {
        m_ui->banner->showMessage(MessageBanner::Type::Error, m_store->errorString());
        return;
    }
    select(copy->id);
    m_ui->banner->showMessage(MessageBanner::Type::Information,
        tr("“%1” was created. Its password is not copied: you will be asked for it when connecting.").arg(copy->name));
}

void ProfileListDialog::deleteSelected()
{
    const std::optional<Profile> profile = m_store->profile(selectedId());
    if (!profile)
        return;
    m_ui->banner->hide();
    const QUuid id = profile->id;
    MessageBox::confirm(this, tr("Delete Profile"),
        tr("Delete the profile “%1”? Its saved password is removed from the system keychain too. The server itself "
           "is not changed.")
            .arg(profile->name),
        tr("&Delete Profile"), [this, id] {
            if (!m_store->remove(id)) {
                m_ui->banner->showMessage(MessageBanner::Type::Error, m_store->errorString());
                return;
            }
            m_passwords->forget(id, this, [this](const CredentialStore::Result& result) {
                const QString problem = CredentialStore::userMessage(CredentialStore::Operation::Remove, result);
                if (!problem.isEmpty())
                    m_ui->banner->showMessage(MessageBanner::Type::Warning, problem);
            });
        });
}

void ProfileListDialog::chooseFile(bool save, const std::function<void(const QString&)>& chosen)
{
    if (!s_nextFileName.isEmpty()) {
        const QString fileName = std::exchange(s_nextFileName, QString());
        chosen(fileName);
        return;
    }
    auto* dialog = new QFileDialog(
        this, save ? tr("Export Profiles") : tr("Import Profiles"), QString(), tr("Profiles (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, chosen);
    dialog->open();
}

void ProfileListDialog::importProfiles()
{
    chooseFile(false, [this](const QString& fileName) {
        QString error;
        const std::optional<QList<Profile>> read = ProfileFile::read(fileName, &error);
        if (!read) {
            m_ui->banner->showMessage(MessageBanner::Type::Error, error);
            return;
        }
        const QList<Profile> imported = m_store->importProfiles(*read);
        if (imported.size() < read->size()) {
            m_ui->banner->showMessage(MessageBanner::Type::Error, m_store->errorString());
            return;
        }
        if (!imported.isEmpty())
            select(imported.first().id);
        m_ui->banner->showMessage(MessageBanner::Type::Success,
            tr("Imported %n profile(s). Passwords are never part of the file: you will be asked for them when "
               "connecting.",
                nullptr, int(imported.size())));
    });
}

void ProfileListDialog::exportProfiles()
{
    chooseFile(true, [this](const QString& fileName) {
        QString error;
        const QList<Profile> profiles = m_store->profiles();
        if (!ProfileFile::write(fileName, profiles, &error)) {
            m_ui->banner->showMessage(MessageBanner::Type::Error, error);
            return;
        }
        m_ui->banner->showMessage(MessageBanner::Type::Success,
            tr("Exported %n profile(s) to %1, without passwords.", nullptr, int(profiles.size())).arg(fileName));
    });
}
