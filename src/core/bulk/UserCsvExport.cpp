// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "bulk/UserCsvExport.h"

#include "bulk/CsvWriter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

QByteArray UserCsvExport::toCsv(const QAbstractItemModel& model, const QList<int>& columns)
{
    QList<int> wanted = columns;
    if (wanted.isEmpty()) {
        for (int column = 0; column < model.columnCount(); ++column)
            wanted.append(column);
    }
    QByteArray csv = CsvWriter::byteOrderMark();
    QStringList fields;
    for (int column : std::as_const(wanted))
        fields.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    csv += CsvWriter::row(fields);
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        fields.clear();
        for (int column : std::as_const(wanted))
            fields.append(model.index(row, column).data(Qt::DisplayRole).toString());
        csv += CsvWriter::row(fields);
    }
    return csv;
}

QString UserCsvExport::write(const QAbstractItemModel& model, const QString& path, const QList<int>& columns)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QCoreApplication::translate("UserCsvExport", "Could not write %1: %2. Choose another folder.")
            .arg(path, file.errorString());
    }
    file.write(toCsv(model, columns));
    if (!file.commit()) {
        return QCoreApplication::translate("UserCsvExport", "Could not save %1: %2. Choose another folder.")
            .arg(path, file.errorString());
    }
    return {};
}
