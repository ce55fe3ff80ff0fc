// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ProfileCertificateDialog.h"

#include "ui_ProfileCertificateDialog.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>
#include <QPushButton>
#include <QSslCertificateExtension>

#include "profiles/Profile.h"
#include "widgets/PlainText.h"

namespace {

QString joined(const QStringList& parts)
{
    return parts.join(QStringLiteral(", "));
}

// "CN=xmpp.example.org, O=Example" from the certificate's distinguished name.
QString distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes
        = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray& attribute : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString& value : values)
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    }
    return joined(parts);
}

} // namespace

ProfileCertificateDialog::ProfileCertificateDialog(const QSslCertificate& certificate, const QString& server,
    const QString& reason, const QByteArray& currentPin, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileCertificateDialog>())
    , m_certificate(certificate)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profileCertificateDialog"));
    setWindowModality(Qt::WindowModal);
    m_ui->banner->hide();

    const bool replacesPin = !currentPin.isEmpty() && currentPin != pin();
    if (replacesPin) {
        setWindowTitle(tr("Certificate Does Not Match the Pin"));
        m_ui->banner->showMessage(MessageBanner::Type::Error,
            tr("%1 presented a different certificate from the one pinned in this profile. The server's certificate "
               "may have been replaced — or someone may be intercepting the connection. Pin the new certificate "
               "only if the server's operator confirms its fingerprint.")
                .arg(server));
    } else {
        m_ui->banner->showMessage(MessageBanner::Type::Warning,
            tr("%1 presented a certificate this computer does not trust, so nothing was sent to it.").arg(server));
    }
    // Names and reasons come from the certificate the server presented: whoever made it chose them.
    PlainText::setText(m_ui->introLabel, reason.isEmpty() ? QString() : tr("Reason: %1").arg(reason));
    m_ui->introLabel->setVisible(!reason.isEmpty());

    const QDateTime now = QDateTime::currentDateTime();
    const QLocale locale;
    PlainText::setText(m_ui->subjectValue, distinguishedName(certificate, false));
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        names.append(it.value());
    PlainText::setText(m_ui->namesValue, names.isEmpty() ? tr("(none)") : joined(names));
    const QString issuer = distinguishedName(certificate, true);
    PlainText::setText(m_ui->issuerValue, certificate.isSelfSigned() ? tr("%1 (self-signed)").arg(issuer) : issuer);
    const QDateTime from = certificate.effectiveDate().toLocalTime();
    const QDateTime until = certificate.expiryDate().toLocalTime();
    m_ui->validFromValue->setText(from > now ? tr("%1 (not valid yet)").arg(locale.toString(from, QLocale::LongFormat))
                                             : locale.toString(from, QLocale::LongFormat));
    m_ui->validUntilValue->setText(until < now ? tr("%1 (expired)").arg(locale.toString(until, QLocale::LongFormat))
                                               : locale.toString(until, QLocale::LongFormat));
    m_ui->fingerprintValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->fingerprintValue->setText(fingerprintText());

    m_pinButton = m_ui->buttonBox->addButton(
        replacesPin ? tr("&Pin the New Certificate") : tr("&Pin This Certificate"), QDialogButtonBox::AcceptRole);
    m_pinButton->setAccessibleName(tr("Pin this certificate to the profile"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProfileCertificateDialog::~ProfileCertificateDialog() = default;

QByteArray ProfileCertificateDialog::pin() const
{
    return Profile::certificatePin(m_certificate);
}

QString ProfileCertificateDialog::fingerprintText() const
{
    return Profile::formatFingerprint(pin());
}
