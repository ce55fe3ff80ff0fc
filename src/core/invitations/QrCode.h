// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// A QR code of a text (an invitation's xmpp: URI) from libqrencode: the module matrix, row by row,
// true for a dark module. The core draws nothing; the GUI paints the matrix (with the four-module
// quiet zone QR readers need around it).
class QrCode
{
public:
    // Byte mode (UTF-8), error correction level M, the smallest version that holds the text.
    // Invalid (size 0) when the text is empty or too long for a QR code.
    static QrCode encode(const QString& text);

    bool isValid() const { return m_size > 0; }
    int version() const { return m_version; } // 1 … 40
    int size() const { return m_size; } // modules per side: 17 + 4 × version
    bool isDark(int row, int column) const { return m_modules.at(row * m_size + column); }

private:
    int m_version = 0;
    int m_size = 0;
    QList<bool> m_modules;
};
