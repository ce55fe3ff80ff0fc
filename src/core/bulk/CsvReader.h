// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One record of a CSV file.
struct CsvRow
{
    int line = 0; // 1-based line of the file where the record starts
    QStringList fields;
    bool operator==(const CsvRow&) const = default;
};

// A problem with one record (or with the file), by line.
struct CsvError
{
    int line = 0; // 1-based line where the record starts
    QString message; // a translated sentence saying what to fix
    bool operator==(const CsvError&) const = default;
};

struct CsvDocument
{
    QStringList header; // the header record when one was recognised, else empty
    QList<CsvRow> rows; // the records with an acceptable column count, in file order
    QList<CsvError> errors; // the records that were rejected, in file order
};

// RFC 4180 parsing, a pure function from bytes to rows and errors (no I/O, no state), so it can be
// fuzzed. Accepts UTF-8 with or without a byte order mark, CRLF, LF or lone CR line breaks, quoted
// fields containing commas, doubled quotes and line breaks. Lenient where spreadsheets are sloppy:
// a quote inside an unquoted field is kept literally, blank lines and lines of only commas are
// skipped. Strict where data would be guessed: text after a closing quote, an unterminated quote
// and bytes that are not UTF-8 reject the record, with its line number. A cell that starts with an
// apostrophe before =, +, -, @, tab or CR loses that apostrophe (CsvWriter's guard against formulas).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options
    {
        // When the first record equals one of these (case-insensitive, trimmed), it is the header,
        // and every record must then have exactly as many fields as the header.
        QList<QStringList> headers;
        // Without a recognised header: the accepted field counts (0 = no limit).
        int minColumns = 0;
        int maxColumns = 0;
    };

    static CsvDocument parse(const QByteArray& data, const Options& options);
    static CsvDocument parse(const QByteArray& data) { return parse(data, Options()); }
};
