#pragma once

#include <QByteArray>
#include <QStringList>

// Writes RFC 4180 CSV: UTF-8, CRLF line ends, a field quoted when it holds a comma, a quote, a line
// break or leading/trailing spaces (which spreadsheets would otherwise trim), quotes doubled.
// CsvReader reads back exactly what this writes.
class CsvWriter
{
public:
    // The UTF-8 byte order mark, which spreadsheet programs need to detect UTF-8.
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    static QByteArray field(const QString& value);
    // One record, ending with CRLF.
    static QByteArray row(const QStringList& fields);
};
