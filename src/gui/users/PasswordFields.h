// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PasswordFields;
}

// A password typed twice, or generated: the Generate button fills both fields with a strong random
// password and shows it once, in a read-only field with a Copy button, until the fields are edited
// or the dialog closes. Used by the add-user and change-password dialogs.
class PasswordFields : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordFields(QWidget* parent = nullptr);
    ~PasswordFields() override;

    QString password() const;
    bool hasSurroundingSpaces() const;
    bool isGenerated() const { return !m_generated.isEmpty(); }

    // Checks before anything is sent. False, with the reason shown under the fields, when the
    // password cannot be used: empty, typed differently twice, or - the first time it is submitted
    // - beginning or ending with a space (submitting the same password again accepts it as typed).
    bool checkBeforeSubmit();

    void generate();
    void setEnabledForInput(bool enabled);
    void focusPassword();

signals:
    void edited();

private:
    void fieldsEdited();
    void hideGenerated();
    void updateSpacesHint();

    std::unique_ptr<Ui::PasswordFields> m_ui;
    QString m_generated;
    QString m_spacesAccepted; // the password whose spaces the operator was warned about
    bool m_filling = false;
};
