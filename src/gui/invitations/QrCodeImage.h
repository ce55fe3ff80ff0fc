// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>

class QrCode;

// Paints a QR code as a black-on-white image a phone's camera reads: `moduleSize` pixels per module
// and the four-module white quiet zone the standard asks for around it.
class QrCodeImage
{
public:
    static QImage paint(const QrCode& code, int moduleSize = 6);
};
