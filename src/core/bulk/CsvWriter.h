// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

// Writes RFC 4180 CSV: UTF-8, CRLF line ends, a field quoted when it holds a comma, a quote, a line
// break or leading/trailing spaces (which spreadsheets would otherwise trim), quotes doubled.
// A cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR, after any
// apostrophes) gets an apostrophe in front (OWASP's guidance on CSV injection): "=1+1" is written
// '=1+1, shown as text. CsvReader takes that one apostrophe away again, so it reads back exactly what
// this writes.
class CsvWriter
{
public:
    // The UTF-8 byte order mark, which spreadsheet programs need to detect UTF-8.
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    static QByteArray field(const QString& value);
    // The value with the apostrophe that keeps a spreadsheet from running it, where it needs one.
    static QString neutralised(const QString& value);
    // The inverse of neutralised(), for what CsvReader reads.
    static QString restored(const QString& cell);
    // One record, ending with CRLF.
    static QByteArray row(const QStringList& fields);
};
