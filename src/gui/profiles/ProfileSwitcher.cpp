// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ProfileSwitcher.h"

#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"
#include "widgets/PlainText.h"

namespace {
constexpr int IdRole = Qt::UserRole;
}

ProfileSwitcher::ProfileSwitcher(ProfileStore* store, QWidget* parent)
    : QComboBox(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("profileSwitcher"));
    setAccessibleName(tr("Server profile"));
    setToolTip(tr("The server profile this window works on"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(16);
    addItem(QIcon(QStringLiteral(":/icons/server.svg")), Profile::sandboxName(), Profile::sandboxId());
    setItemData(
        0, tr("The built-in sandbox: a throwaway Prosody on this computer, started on demand"), Qt::ToolTipRole);
    for (const Profile& profile : store->profiles())
        upsert(profile);
    setCurrentIndex(-1);
    connect(store, &ProfileStore::profileSaved, this, &ProfileSwitcher::upsert);
    connect(store, &ProfileStore::profileRemoved, this, &ProfileSwitcher::removeProfile);
    connect(
        this, &QComboBox::activated, this, [this](int index) { emit profileChosen(itemData(index, IdRole).toUuid()); });
}

QUuid ProfileSwitcher::currentProfileId() const
{
    return currentIndex() < 0 ? QUuid() : currentData(IdRole).toUuid();
}

void ProfileSwitcher::setCurrentProfile(const QUuid& id)
{
    setCurrentIndex(indexOfProfile(id));
}

int ProfileSwitcher::indexOfProfile(const QUuid& id) const
{
    return id.isNull() ? -1 : findData(id, IdRole);
}

void ProfileSwitcher::upsert(const Profile& profile)
{
    const QUuid current = currentProfileId();
    const int existing = indexOfProfile(profile.id);
    if (existing >= 0)
        removeItem(existing);
    // Sorted by name after the sandbox. A profile may come from a file: its name is shown as it is.
    const QString name = PlainText::line(profile.name);
    int index = 1;
    while (index < count() && itemText(index).compare(name, Qt::CaseInsensitive) < 0)
        ++index;
    insertItem(index, QIcon(QStringLiteral(":/icons/server.svg")), name, profile.id);
    setItemData(index, PlainText::toolTip(profile.baseUrl.toDisplayString()), Qt::ToolTipRole);
    setCurrentProfile(current);
}

void ProfileSwitcher::removeProfile(const QUuid& id)
{
    const QUuid current = currentProfileId();
    const int index = indexOfProfile(id);
    if (index >= 0)
        removeItem(index);
    setCurrentProfile(current == id ? QUuid() : current);
}
