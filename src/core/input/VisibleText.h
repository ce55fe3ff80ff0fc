// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Text that a server or a user chose (user and contact names, group names, module names, session
// resources, the server's messages), made safe to show: every character that draws nothing or
// changes how the text around it is drawn becomes a visible escape, so that one name cannot pass for
// another. "admin\u202Egro.elpmaxe@" is shown with the \u202E written out, not reversed.
//
// Hidden are the Unicode categories Cc (controls: NUL, ESC, DEL, C1 …), Cf (formats: the bidirectional
// embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the marks U+200E, U+200F and
// U+061C, the zero-width U+200B–U+200D, U+2060 and U+FEFF, the soft hyphen, tag characters …), Zl and
// Zp (line and paragraph separators) and Cs (a lone surrogate half). Markup is not this class's
// concern: the widgets show such text as plain text (see the GUI's PlainText).
class VisibleText
{
public:
    enum class LineBreaks {
        Escape, // a name: "\n" is hidden too (\u000A)
        Keep, // a sentence of ours that may span lines: "\n" stays a line break
    };

    // True for a code point drawn as nothing, or as a change of direction, or as a line break.
    static bool isHidden(char32_t codePoint);
    // True when the text holds at least one hidden code point ("\n" counts only with LineBreaks::Escape).
    static bool containsHidden(const QString& text, LineBreaks lineBreaks = LineBreaks::Escape);
    // The text with each hidden code point written as \uXXXX (\U00XXXXXX beyond the BMP); the
    // rest unchanged. The same text when it holds none.
    static QString escaped(const QString& text, LineBreaks lineBreaks = LineBreaks::Escape);
    // The text with every run of more than `longestWord` characters without a space (a JID of 5,000
    // characters, a server message with no space in it) cut in its middle to `longestWord` characters
    // with a "…": such a word cannot be wrapped and would make a label, title or window wider than the
    // screen; what is left shows how it begins and how it ends.
    static QString withLongWordsShortened(const QString& text, qsizetype longestWord);
    // The text cut in its middle to `longest` characters with a "…" (as a long word is, two thirds
    // before it), when it is longer: a server's message or a name of megabytes, to be shown (escaping
    // and laying it out whole would stop the window for tens of milliseconds). Never half a surrogate
    // pair. The same text when it is not longer.
    static QString shortened(const QString& text, qsizetype longest);
};
