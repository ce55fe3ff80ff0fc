// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/CertificatesModel.h"

#include <QLocale>
#include <QSet>

CertificatesModel::CertificatesModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int CertificatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CertificatesModel::problem(const CertificateInfo& c, int warningDays)
{
    if (!c.error.isEmpty())
        return c.error;
    QStringList problems;
    if (c.expired)
        problems << tr("expired");
    if (c.notYetValid)
        problems << tr("not yet valid");
    if (!c.matchesHost)
        problems << tr("not for this host");
    if (!c.expired && c.daysLeft < warningDays)
        problems << tr("expires in %n day(s)", nullptr, c.daysLeft);
    return problems.join(QStringLiteral(", "));
}

QVariant CertificatesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CertificateInfo& c = rowAt(index.row());
    const bool warn = c.needsWarning(m_warningDays);
    const bool described = c.error.isEmpty();
    auto date = [](const QDateTime& time) {
        return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat) : QString();
    };
    switch (role) {
    case NeedsWarningRole:
        return warn;
    case Qt::ToolTipRole:
        if (index.column() == NamesColumn)
            return c.names.join(QLatin1Char('\n'));
        if (index.column() == StatusColumn && !c.file.isEmpty())
            return tr("%1\nSHA-256 %2").arg(c.file, c.fingerprintSha256);
        return {};
    case Qt::EditRole:
        if (index.column() == DaysLeftColumn)
            return described ? QVariant(c.daysLeft) : QVariant();
        if (index.column() == ValidFromColumn)
            return c.notBefore;
        if (index.column() == ValidUntilColumn)
            return c.notAfter;
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case HostColumn:
        return c.host;
    case ServiceColumn:
        return c.service;
    case StatusColumn:
        return warn ? problem(c, m_warningDays) : tr("OK");
    case DaysLeftColumn:
        return described ? QVariant(c.daysLeft) : QVariant();
    case SubjectColumn:
        return c.commonName.isEmpty() ? c.subject : c.commonName;
    case NamesColumn:
        return c.names.join(QStringLiteral(", "));
    case IssuerColumn:
        return c.selfSigned ? tr("self-signed") : c.issuer;
    case ValidFromColumn:
        return date(c.notBefore);
    case ValidUntilColumn:
        return date(c.notAfter);
    }
    return {};
}

QVariant CertificatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostColumn:
        return tr("Host");
    case ServiceColumn:
        return tr("Service");
    case StatusColumn:
        return tr("Status");
    case DaysLeftColumn:
        return tr("Days left");
    case SubjectColumn:
        return tr("Subject");
    case NamesColumn:
        return tr("Alternative names");
    case IssuerColumn:
        return tr("Issuer");
    case ValidFromColumn:
        return tr("Valid from");
    case ValidUntilColumn:
        return tr("Valid until");
    }
    return {};
}

void CertificatesModel::setCertificates(const QList<CertificateInfo>& certificates)
{
    QList<CertificateInfo> rows;
    QSet<QString> seen;
    for (const CertificateInfo& c : certificates) {
        if (seen.contains(keyOf(c)))
            continue;
        seen.insert(keyOf(c));
        rows.append(c);
    }
    mergeRows(std::move(rows));
}

void CertificatesModel::setWarningDays(int days)
{
    if (days == m_warningDays)
        return;
    m_warningDays = days;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CertificatesModel::warningCount() const
{
    int count = 0;
    for (const CertificateInfo& c : rows())
        count += c.needsWarning(m_warningDays) ? 1 : 0;
    return count;
}
