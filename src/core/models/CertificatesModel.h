// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ServerResourceTypes.h"
#include "models/KeyedTableModel.h"

// KeyedTableModel compares rows to tell which changed.
inline bool operator==(const CertificateInfo& a, const CertificateInfo& b)
{
    return a.host == b.host && a.service == b.service && a.file == b.file && a.error == b.error
        && a.subject == b.subject && a.commonName == b.commonName && a.issuer == b.issuer
        && a.selfSigned == b.selfSigned && a.names == b.names && a.notBefore == b.notBefore && a.notAfter == b.notAfter
        && a.daysLeft == b.daysLeft && a.expired == b.expired && a.notYetValid == b.notYetValid
        && a.matchesHost == b.matchesHost && a.fingerprintSha256 == b.fingerprintSha256;
}

// Every certificate the server uses, per host and service (GET /certificates), keyed by
// "host service", updated by row. Rows that need attention (CertificateInfo::needsWarning with the
// warning days set here) say why in their Status column (and NeedsWarningRole).
class CertificatesModel : public KeyedTableModel<CertificateInfo>
{
    Q_OBJECT
public:
    enum Column {
        HostColumn,
        ServiceColumn,
        StatusColumn,
        DaysLeftColumn,
        SubjectColumn,
        NamesColumn,
        IssuerColumn,
        ValidFromColumn,
        ValidUntilColumn,
        ColumnCount
    };
    enum Role { NeedsWarningRole = Qt::UserRole };

    explicit CertificatesModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCertificates(const QList<CertificateInfo>& certificates);
    void setWarningDays(int days);
    int warningDays() const { return m_warningDays; }
    // How many certificates need attention.
    int warningCount() const;
    // Why a certificate needs attention ("expired", "expires in 3 days", …), empty when it does not.
    static QString problem(const CertificateInfo& certificate, int warningDays);

protected:
    QString keyOf(const CertificateInfo& row) const override { return row.host + QLatin1Char(' ') + row.service; }

private:
    int m_warningDays = 14;
};
