// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"
#include "profiles/ProfileProbe.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QListWidgetItem;
namespace Ui {
class ConnectionTestDialog;
}

// "Test connection": reaches the server, signs in, checks admin rights and probes the capabilities,
// showing each step and, on failure, the one sentence that says what went wrong
// (ApiError::userMessage). On an untrusted certificate it shows the certificate and offers to pin it.
// Non-blocking: open() it; it starts at once.
class ConnectionTestDialog : public QDialog
{
    Q_OBJECT
public:
    enum class StepState { Pending, Running, Passed, Failed, Skipped };
    Q_ENUM(StepState)

    ConnectionTestDialog(const Profile& profile, const QString& password, QWidget* parent = nullptr);
    ~ConnectionTestDialog() override;

    void start();
    bool isRunning() const;
    bool hasResult() const { return m_hasResult; }
    const ProfileProbeResult& result() const { return m_result; }
    StepState stepState(ProfileProbe::Step step) const;
    // The sentence under the steps: the error's userMessage(), or what was found.
    QString resultText() const;
    const Profile& profile() const { return m_profile; }

signals:
    void testFinished(const ProfileProbeResult& result);
    // The operator pinned the server's certificate: the caller stores it in the profile. The test
    // runs again with it.
    void certificatePinned(const QByteArray& pin);

private:
    void showResult(const ProfileProbeResult& result);
    void setStep(ProfileProbe::Step step, StepState state, const QString& detail = {});
    void showCertificate();

    std::unique_ptr<Ui::ConnectionTestDialog> m_ui;
    Profile m_profile;
    QString m_password;
    QPointer<ProfileProbe> m_probe;
    ProfileProbeResult m_result;
    bool m_hasResult = false;
};
