// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "ResponseParserFuzzer.h"

#include "ResponseParserEntries.h"
#include "api/ResponseParser.h"

#include <QHash>

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

using Fuzz = std::function<void(const HttpResponse&)>;

HttpResponse responseFrom(const QByteArray& input)
{
    HttpResponse response{200, QByteArrayLiteral("application/json"), input, {}};
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return response;
    const QByteArray firstLine = input.left(newline);
    const qsizetype space = firstLine.indexOf(' ');
    bool ok = false;
    const int status = firstLine.left(space < 0 ? firstLine.size() : space).toInt(&ok);
    if (!ok)
        return response;
    response.status = status;
    response.contentType = space < 0 ? QByteArray() : firstLine.mid(space + 1);
    response.body = input.mid(newline + 1);
    return response;
}

template <typename Value> Fuzz fuzzerOf(ApiError (*parse)(const HttpResponse&, Value&, QString&))
{
    return [parse](const HttpResponse& response) {
        Value value{};
        QString serverMessage;
        const ApiError error = parse(response, value, serverMessage);
        // No success for a status classify() calls an error (404 is the contract's "offline" and
        // "not loaded" answer for some routes), and every error can be said to the user.
        if (!error && ResponseParser::classify(response) && response.status != 404)
            std::abort();
        if (error && (error.userMessage().isEmpty() || error.title().isEmpty()))
            std::abort();
    };
}

#define PAC_FUZZ_ENTRY(name)                                                                                           \
    {                                                                                                                  \
        QByteArrayLiteral(#name), fuzzerOf(&ResponseParser::name)                                                      \
    }

const QHash<QByteArray, Fuzz>& fuzzers()
{
    static const QHash<QByteArray, Fuzz> table{PAC_FUZZ_PARSER_ENTRIES};
    return table;
}

} // namespace

int fuzzResponseParser(const char* parser, const uint8_t* data, size_t size)
{
    static const Fuzz fuzz = [parser] {
        const Fuzz found = fuzzers().value(QByteArray(parser));
        if (!found) {
            std::fprintf(stderr, "No fuzzer for ResponseParser::%s\n", parser);
            std::abort();
        }
        return found;
    }();
    fuzz(responseFrom(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size))));
    return 0;
}
