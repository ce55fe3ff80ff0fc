// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "bulk/CsvReader.h"

#include "bulk/CsvWriter.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <deque>

namespace {
bool isLineBreak(char c)
{
    return c == '\r' || c == '\n';
}

// Consumes one line break (CRLF, LF or a lone CR) at `pos`.
void skipLineBreak(const QByteArray& data, qsizetype& pos)
{
    if (data.at(pos) == '\r' && pos + 1 < data.size() && data.at(pos + 1) == '\n')
        ++pos;
    ++pos;
}

bool allBlank(const QVarLengthArray<QByteArrayView, 8>& fields)
{
    for (const QByteArrayView field : fields) {
        for (const char c : field) {
            if (c != ' ' && c != '\t')
                return false;
        }
    }
    return true;
}

QString columnCountMessage(qsizetype count, const CsvReader::Options& options, const QStringList& header)
{
    const QString found = CsvReader::tr("This line has %n field(s)", nullptr, int(count));
    if (!header.isEmpty()) {
        return CsvReader::tr("%1; the header “%2” asks for %n field(s) on every line.", nullptr, int(header.size()))
            .arg(found, header.join(QLatin1Char(',')));
    }
    if (options.minColumns > 0 && options.minColumns == options.maxColumns)
        return CsvReader::tr("%1; every line needs %n field(s).", nullptr, options.minColumns).arg(found);
    if (options.minColumns > 0 && options.maxColumns > 0) {
        return CsvReader::tr("%1; every line needs %2 to %3 fields.")
            .arg(found, QString::number(options.minColumns), QString::number(options.maxColumns));
    }
    if (options.minColumns > 0)
        return CsvReader::tr("%1; every line needs at least %n field(s).", nullptr, options.minColumns).arg(found);
    return CsvReader::tr("%1; a line can have at most %n field(s).", nullptr, options.maxColumns).arg(found);
}

// Splits the bytes into records. A field is a view into the data, or into `m_unescaped` when it
// held doubled quotes: no copy for the common case, which keeps 100,000 lines fast.
class RecordScanner
{
public:
    explicit RecordScanner(const QByteArray& data)
        : m_data(data)
        , m_bytes(data.constData())
        , m_size(data.size())
        , m_pos(data.startsWith("\xEF\xBB\xBF") ? 3 : 0)
    {
    }

    bool atEnd() const { return m_pos >= m_size; }
    int line() const { return m_line; }
    const QVarLengthArray<QByteArrayView, 8>& fields() const { return m_fields; }

    // One record: fields separated by commas, up to an unquoted line break or the end. Returns
    // why the record is rejected, or an empty string.
    QString readRecord()
    {
        m_fields.clear();
        m_unescaped.clear();
        QString problem;
        do {
            if (m_pos < m_size && m_bytes[m_pos] == '"')
                problem = readQuotedField();
            else
                readUnquotedField();
        } while (!endOfField(problem.isEmpty()));
        return problem;
    }

private:
    void readUnquotedField()
    {
        qsizetype end = m_pos;
        while (end < m_size && m_bytes[end] != ',' && !isLineBreak(m_bytes[end]))
            ++end;
        m_fields.append(QByteArrayView(m_bytes + m_pos, end - m_pos));
        m_pos = end;
    }

    QString readQuotedField()
    {
        ++m_pos; // the opening quote
        if (!readQuotedContent())
            return CsvReader::tr("A quoted field is not closed: add the missing quote (\").");
        if (m_pos < m_size && m_bytes[m_pos] != ',' && !isLineBreak(m_bytes[m_pos])) {
            while (m_pos < m_size && !isLineBreak(m_bytes[m_pos]))
                ++m_pos;
            return CsvReader::tr("Text follows a closing quote: enclose the whole field in quotes and write a "
                                 "quote inside it as two quotes (\"\").");
        }
        return {};
    }

    // Reads up to and including the closing quote; false when there is none.
    bool readQuotedContent()
    {
        const qsizetype start = m_pos;
        QByteArray* copy = nullptr;
        while (m_pos < m_size) {
            const qsizetype quote = m_data.indexOf('"', m_pos);
            const qsizetype chunkEnd = quote < 0 ? m_size : quote;
            countLineBreaks(m_pos, chunkEnd);
            if (quote >= 0 && quote + 1 < m_size && m_bytes[quote + 1] == '"') {
                if (!copy) {
                    m_unescaped.emplace_back();
                    copy = &m_unescaped.back();
                }
                copy->append(m_bytes + m_pos, chunkEnd - m_pos + 1); // the chunk and one quote
                m_pos = quote + 2;
                continue;
            }
            if (copy)
                copy->append(m_bytes + m_pos, chunkEnd - m_pos);
            if (quote < 0) {
                m_pos = m_size;
                return false;
            }
            m_fields.append(copy ? QByteArrayView(*copy) : QByteArrayView(m_bytes + start, quote - start));
            m_pos = quote + 1;
            return true;
        }
        return false;
    }

    // Line breaks inside quotes belong to the field but still count as lines.
    void countLineBreaks(qsizetype from, qsizetype to)
    {
        for (qsizetype i = from; i < to; ++i) {
            if (m_bytes[i] == '\n' || (m_bytes[i] == '\r' && (i + 1 >= m_size || m_bytes[i + 1] != '\n')))
                ++m_line;
        }
    }

    // Consumes what follows a field; true when the record ends there. After a rejected field
    // (`canContinue` false) the record ends at the next line break.
    bool endOfField(bool canContinue)
    {
        if (m_pos >= m_size)
            return true;
        if (m_bytes[m_pos] == ',' && canContinue) {
            ++m_pos;
            if (m_pos >= m_size) {
                m_fields.append(QByteArrayView()); // "a,b," ends with an empty field
                return true;
            }
            return false;
        }
        if (isLineBreak(m_bytes[m_pos])) {
            skipLineBreak(m_data, m_pos);
            ++m_line;
        }
        return true;
    }

    const QByteArray& m_data;
    const char* const m_bytes;
    const qsizetype m_size;
    qsizetype m_pos;
    int m_line = 1;
    QVarLengthArray<QByteArrayView, 8> m_fields;
    std::deque<QByteArray> m_unescaped;
};

// False when a field is not valid UTF-8. A cell CsvWriter (or a spreadsheet) protected from running
// as a formula ("'=1+1") loses that apostrophe.
bool decodeFields(const QVarLengthArray<QByteArrayView, 8>& fields, QStringDecoder& decoder, QStringList& decoded)
{
    decoded.reserve(fields.size());
    for (const QByteArrayView field : fields) {
        decoded.append(CsvWriter::restored(decoder.decode(field)));
        if (decoder.hasError()) {
            decoder.resetState();
            return false;
        }
    }
    return true;
}

bool isHeader(const QStringList& record, const QList<QStringList>& headers)
{
    QStringList normalized;
    for (const QString& field : record)
        normalized.append(field.trimmed().toLower());
    for (const QStringList& header : headers) {
        QStringList wanted;
        for (const QString& name : header)
            wanted.append(name.toLower());
        if (normalized == wanted)
            return true;
    }
    return false;
}

bool columnCountOk(qsizetype count, const CsvReader::Options& options, const QStringList& header)
{
    if (!header.isEmpty())
        return count == header.size();
    return (options.minColumns <= 0 || count >= options.minColumns)
        && (options.maxColumns <= 0 || count <= options.maxColumns);
}
} // namespace

CsvDocument CsvReader::parse(const QByteArray& data, const Options& options)
{
    CsvDocument document;
    bool headerChecked = options.headers.isEmpty();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    RecordScanner scanner(data);
    while (!scanner.atEnd()) {
        const int recordLine = scanner.line();
        const QString problem = scanner.readRecord();
        if (!problem.isEmpty()) {
            document.errors.append({recordLine, problem});
            continue;
        }
        if (allBlank(scanner.fields()))
            continue; // blank lines and spreadsheet rows of only commas

        QStringList decoded;
        if (!decodeFields(scanner.fields(), decoder, decoded)) {
            document.errors.append(
                {recordLine, CsvReader::tr("This line is not valid UTF-8 text: save the file as “CSV UTF-8”.")});
            continue;
        }
        if (!headerChecked) {
            headerChecked = true;
            if (isHeader(decoded, options.headers)) {
                document.header = decoded;
                continue;
            }
        }
        if (!columnCountOk(decoded.size(), options, document.header)) {
            document.errors.append({recordLine, columnCountMessage(decoded.size(), options, document.header)});
            continue;
        }
        document.rows.append({recordLine, std::move(decoded)});
    }
    return document;
}
