#include "bulk/CsvReader.h"

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
} // namespace

CsvDocument CsvReader::parse(const QByteArray& data, const Options& options)
{
    CsvDocument document;
    const qsizetype size = data.size();
    const char* const bytes = data.constData();
    qsizetype pos = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int line = 1;
    bool headerChecked = options.headers.isEmpty();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);

    // A field is a view into `data`, or into `unescaped` when it held doubled quotes: no copy for
    // the common case, which keeps 100,000 lines fast.
    QVarLengthArray<QByteArrayView, 8> fields;
    std::deque<QByteArray> unescaped;
    while (pos < size) {
        const int recordLine = line;
        QString problem;
        fields.clear();
        unescaped.clear();

        // One record: fields separated by commas, up to an unquoted line break or the end.
        bool recordDone = false;
        while (!recordDone) {
            if (pos < size && bytes[pos] == '"') {
                ++pos;
                const qsizetype start = pos;
                QByteArray* copy = nullptr;
                bool closed = false;
                while (pos < size) {
                    const qsizetype quote = data.indexOf('"', pos);
                    const qsizetype chunkEnd = quote < 0 ? size : quote;
                    for (qsizetype i = pos; i < chunkEnd; ++i) {
                        // Line breaks inside quotes belong to the field but still count as lines.
                        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= size || bytes[i + 1] != '\n')))
                            ++line;
                    }
                    if (quote >= 0 && quote + 1 < size && bytes[quote + 1] == '"') {
                        if (!copy) {
                            unescaped.emplace_back();
                            copy = &unescaped.back();
                        }
                        copy->append(bytes + pos, chunkEnd - pos + 1); // the chunk and one quote
                        pos = quote + 2;
                        continue;
                    }
                    if (copy)
                        copy->append(bytes + pos, chunkEnd - pos);
                    if (quote < 0) {
                        pos = size;
                        break;
                    }
                    fields.append(copy ? QByteArrayView(*copy) : QByteArrayView(bytes + start, quote - start));
                    pos = quote + 1;
                    closed = true;
                    break;
                }
                if (!closed) {
                    problem = CsvReader::tr("A quoted field is not closed: add the missing quote (\").");
                } else if (pos < size && bytes[pos] != ',' && !isLineBreak(bytes[pos])) {
                    problem
                        = CsvReader::tr("Text follows a closing quote: enclose the whole field in quotes and write a "
                                        "quote inside it as two quotes (\"\").");
                    while (pos < size && !isLineBreak(bytes[pos]))
                        ++pos;
                }
            } else {
                qsizetype end = pos;
                while (end < size && bytes[end] != ',' && !isLineBreak(bytes[end]))
                    ++end;
                fields.append(QByteArrayView(bytes + pos, end - pos));
                pos = end;
            }

            if (pos >= size) {
                recordDone = true;
            } else if (bytes[pos] == ',' && problem.isEmpty()) {
                ++pos;
                if (pos >= size) {
                    fields.append(QByteArrayView()); // "a,b," ends with an empty field
                    recordDone = true;
                }
            } else {
                if (isLineBreak(bytes[pos])) {
                    skipLineBreak(data, pos);
                    ++line;
                }
                recordDone = true;
            }
        }

        if (!problem.isEmpty()) {
            document.errors.append({recordLine, problem});
            continue;
        }
        if (allBlank(fields))
            continue; // blank lines and spreadsheet rows of only commas

        QStringList decoded;
        decoded.reserve(fields.size());
        for (const QByteArrayView field : std::as_const(fields)) {
            decoded.append(decoder.decode(field));
            if (decoder.hasError()) {
                decoder.resetState();
                problem = CsvReader::tr("This line is not valid UTF-8 text: save the file as “CSV UTF-8”.");
                break;
            }
        }
        if (!problem.isEmpty()) {
            document.errors.append({recordLine, problem});
            continue;
        }

        if (!headerChecked) {
            headerChecked = true;
            QStringList normalized;
            for (const QString& field : std::as_const(decoded))
                normalized.append(field.trimmed().toLower());
            for (const QStringList& header : options.headers) {
                QStringList wanted;
                for (const QString& name : header)
                    wanted.append(name.toLower());
                if (normalized == wanted) {
                    document.header = decoded;
                    break;
                }
            }
            if (!document.header.isEmpty())
                continue;
        }

        const qsizetype count = decoded.size();
        const bool countOk = !document.header.isEmpty() ? count == document.header.size()
                                                        : (options.minColumns <= 0 || count >= options.minColumns)
                && (options.maxColumns <= 0 || count <= options.maxColumns);
        if (!countOk) {
            document.errors.append({recordLine, columnCountMessage(count, options, document.header)});
            continue;
        }
        document.rows.append({recordLine, std::move(decoded)});
    }
    return document;
}
