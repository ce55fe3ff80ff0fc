// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QSslCertificate>

#include <memory>

class QPushButton;
namespace Ui {
class ProfileCertificateDialog;
}

// Shows the certificate a server presented and this computer did not accept: subject, names,
// issuer, validity and SHA-256 fingerprint, and lets the operator pin it to the profile. Opened
// window-modal (open()); accepted() means "pin it": read pin().
class ProfileCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    // `server` as the errors name it ("host:port"); `currentPin` is the profile's pin, if any: then the
    // dialog warns that the server presented another certificate.
    ProfileCertificateDialog(const QSslCertificate& certificate, const QString& server, const QString& reason,
        const QByteArray& currentPin, QWidget* parent = nullptr);
    ~ProfileCertificateDialog() override;

    QSslCertificate certificate() const { return m_certificate; }
    QByteArray pin() const; // the certificate's SHA-256 in the profile's form
    QString fingerprintText() const; // as shown: AB:CD:…
    QPushButton* pinButton() const { return m_pinButton; }

private:
    std::unique_ptr<Ui::ProfileCertificateDialog> m_ui;
    QSslCertificate m_certificate;
    QPushButton* m_pinButton = nullptr;
};
