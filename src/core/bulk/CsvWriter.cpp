// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "bulk/CsvWriter.h"

namespace {
// True when the text, after any apostrophes, starts with a character a spreadsheet takes as the
// start of a formula.
bool startsLikeFormula(const QString& text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    if (i >= text.size())
        return false;
    const QChar c = text.at(i);
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}
} // namespace

QString CsvWriter::neutralised(const QString& value)
{
    return startsLikeFormula(value, 0) ? u'\'' + value : value;
}

QString CsvWriter::restored(const QString& cell)
{
    return cell.startsWith(u'\'') && startsLikeFormula(cell, 1) ? cell.mid(1) : cell;
}

QByteArray CsvWriter::field(const QString& value)
{
    QByteArray bytes = neutralised(value).toUtf8();
    const bool quote = bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n')
        || (!bytes.isEmpty()
            && (bytes.front() == ' ' || bytes.back() == ' ' || bytes.front() == '\t' || bytes.back() == '\t'));
    if (!quote)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray CsvWriter::row(const QStringList& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += field(fields.at(i));
    }
    line += "\r\n";
    return line;
}
