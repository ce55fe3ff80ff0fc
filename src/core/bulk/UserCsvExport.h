// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;

// Exports a users table as CSV: the rows a (filtered, sorted) model shows, in its order, with the
// header as the first line. UTF-8 with a byte order mark so spreadsheets read it right.
class UserCsvExport
{
public:
    // `columns`: the model's columns to write, in that order; empty = all of them.
    static QByteArray toCsv(const QAbstractItemModel& model, const QList<int>& columns = {});
    // Writes atomically (QSaveFile: a failed write leaves an existing file as it was).
    // Returns an empty string on success, else a translated sentence saying what went wrong.
    static QString write(const QAbstractItemModel& model, const QString& path, const QList<int>& columns = {});
};
