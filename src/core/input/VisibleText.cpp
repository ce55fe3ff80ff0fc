// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "input/VisibleText.h"

#include <QChar>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The code point at `i` and how many UTF-16 units it takes. Half a surrogate pair on its own is
// returned as itself (category Cs).
std::pair<char32_t, qsizetype> codePointAt(QStringView text, qsizetype i)
{
    const QChar unit = text.at(i);
    if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(unit, text.at(i + 1)), 2};
    return {unit.unicode(), 1};
}

bool hiddenHere(char32_t codePoint, VisibleText::LineBreaks lineBreaks)
{
    return !(lineBreaks == VisibleText::LineBreaks::Keep && codePoint == U'\n') && VisibleText::isHidden(codePoint);
}

// "\u202E", "\U000E0041": the notation of C and Python, upper-case hex digits.
QString escapeOf(char32_t codePoint)
{
    const bool wide = codePoint > 0xFFFF;
    return (wide ? u"\\U"_s : u"\\u"_s)
        + QString::number(uint(codePoint), 16).toUpper().rightJustified(wide ? 8 : 4, u'0');
}

} // namespace

bool VisibleText::isHidden(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool VisibleText::containsHidden(const QString& text, LineBreaks lineBreaks)
{
    for (qsizetype i = 0; i < text.size();) {
        const auto [codePoint, length] = codePointAt(text, i);
        if (hiddenHere(codePoint, lineBreaks))
            return true;
        i += length;
    }
    return false;
}

QString VisibleText::escaped(const QString& text, LineBreaks lineBreaks)
{
    if (!containsHidden(text, lineBreaks))
        return text;
    QString result;
    result.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size();) {
        const auto [codePoint, length] = codePointAt(text, i);
        if (hiddenHere(codePoint, lineBreaks))
            result += escapeOf(codePoint);
        else
            result += text.mid(i, length);
        i += length;
    }
    return result;
}

QString VisibleText::withLongWordsShortened(const QString& text, qsizetype longestWord)
{
    const qsizetype kept = qMax<qsizetype>(longestWord, 3) - 1; // the rest is the "…"
    QString result;
    qsizetype done = 0;
    qsizetype wordStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text.at(i).isSpace())
            continue;
        if (i - wordStart > longestWord) {
            qsizetype head = kept - kept / 3;
            qsizetype tail = i - kept / 3;
            // Never half a surrogate pair on either side of the cut.
            if (text.at(wordStart + head).isLowSurrogate())
                --head;
            if (text.at(tail).isLowSurrogate())
                ++tail;
            result += text.mid(done, wordStart + head - done);
            result += u'\u2026';
            done = tail;
        }
        wordStart = i + 1;
    }
    if (done == 0)
        return text;
    result += text.mid(done);
    return result;
}

QString VisibleText::shortened(const QString& text, qsizetype longest)
{
    if (text.size() <= longest)
        return text;
    const qsizetype kept = qMax<qsizetype>(longest, 3) - 1; // the rest is the "…"
    qsizetype head = kept - kept / 3;
    qsizetype tail = text.size() - kept / 3;
    // Never half a surrogate pair on either side of the cut.
    if (text.at(head).isLowSurrogate())
        --head;
    if (text.at(tail).isLowSurrogate())
        ++tail;
    return text.left(head) + u'\u2026' + text.mid(tail);
}
