// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

class UiSettings;
namespace Ui {
class PreferencesDialog;
}

// The console's own preferences: its language (the system's or one chosen), applied at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(UiSettings* settings, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    UiSettings* m_settings = nullptr;
};
