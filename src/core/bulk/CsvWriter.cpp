#include "bulk/CsvWriter.h"

QByteArray CsvWriter::field(const QString& value)
{
    QByteArray bytes = value.toUtf8();
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
