// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class ProfileDialog;
class ProfilePasswords;
class ProfileStore;
class QListWidgetItem;
class QPushButton;
namespace Ui {
class ProfileListDialog;
}

// Manages the profiles: new, edit, duplicate, delete (with its saved password), import and export
// (without passwords), and connect. Non-blocking: show() or open() it.
class ProfileListDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileListDialog(ProfileStore* store, ProfilePasswords* passwords, QWidget* parent = nullptr);
    ~ProfileListDialog() override;

    QUuid selectedId() const;
    void select(const QUuid& id);
    ProfileDialog* profileDialog() const;
    QPushButton* connectButton() const { return m_connectButton; }

    // Test seams for the file choosers: the next import/export uses this file without asking.
    static void setNextFileName(const QString& fileName) { s_nextFileName = fileName; }

    void newProfile();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();
    void importProfiles();
    void exportProfiles();

signals:
    void connectRequested(const QUuid& id);

private:
    void openProfileDialog(const Profile& profile);
    void upsertItem(const Profile& profile);
    void removeItem(const QUuid& id);
    QListWidgetItem* itemOf(const QUuid& id) const;
    void updateButtons();
    void chooseFile(bool save, const std::function<void(const QString&)>& chosen);

    std::unique_ptr<Ui::ProfileListDialog> m_ui;
    QPointer<ProfileStore> m_store;
    QPointer<ProfilePasswords> m_passwords;
    QPointer<ProfileDialog> m_profileDialog;
    QPushButton* m_connectButton = nullptr;
    static inline QString s_nextFileName;
};
