// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

// Drives the profile dialogs through their widgets, as an operator would (header-only; for tests that
// link pac_gui).
namespace ProfileUi {

// A profile for the server of `settings` (not stored, no id yet).
inline Profile profileFor(const ConnectionSettings& settings, const QString& name, bool remember = true)
{
    Profile profile;
    profile.name = name;
    profile.baseUrl = settings.baseUrl;
    profile.adminJid = settings.jid;
    profile.rememberPassword = remember;
    return profile;
}

template <typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

inline void type(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    edit->del();
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
}

// Fills a ProfileDialog's fields with the profile's values and the password.
inline void fill(QDialog* dialog, const Profile& profile, const QString& password)
{
    type(child<QLineEdit>(dialog, "nameEdit"), profile.name);
    type(child<QLineEdit>(dialog, "urlEdit"), profile.baseUrl.toString());
    type(child<QLineEdit>(dialog, "jidEdit"), profile.adminJid);
    type(child<QLineEdit>(dialog, "passwordEdit"), password);
    child<QCheckBox>(dialog, "rememberCheck")->setChecked(profile.rememberPassword);
    child<QSpinBox>(dialog, "timeoutSpin")->setValue(profile.timeoutSeconds);
    child<QCheckBox>(dialog, "insecureCheck")->setChecked(profile.allowInsecureRemote);
    type(child<QLineEdit>(dialog, "pinEdit"),
        profile.pinnedCertificateSha256.isEmpty() ? QString()
                                                  : Profile::formatFingerprint(profile.pinnedCertificateSha256));
    type(child<QLineEdit>(dialog, "caEdit"), profile.caCertificatesFile);
}

inline QPushButton* button(QDialog* dialog, QDialogButtonBox::StandardButton which)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(which);
}

inline void click(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

inline QString bannerText(const QWidget* widget, const char* name = "banner")
{
    const MessageBanner* banner = child<MessageBanner>(widget, name);
    return banner && !banner->isHidden() ? banner->text() : QString();
}

// Saves a picture of the widget to $PAC_SCREENSHOT_DIR/<name>.png when that variable is set.
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PAC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Lays out what was just shown, hidden or resized (nested layouts take a few rounds).
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace ProfileUi
