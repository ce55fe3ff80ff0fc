// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "app/PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include "app/ConsoleTranslator.h"
#include "profiles/UiSettings.h"

PreferencesDialog::PreferencesDialog(UiSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    for (const ConsoleTranslator::Language& language : ConsoleTranslator::languages())
        m_ui->languageCombo->addItem(language.name, language.code);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(settings->language())));
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    m_settings->setLanguage(m_ui->languageCombo->currentData().toString());
    QDialog::accept();
}
