// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "invitations/QrCodeImage.h"

#include "invitations/QrCode.h"

namespace {
constexpr int kQuietZone = 4; // modules
}

QImage QrCodeImage::paint(const QrCode& code, int moduleSize)
{
    if (!code.isValid() || moduleSize < 1)
        return {};
    const int side = (code.size() + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int row = 0; row < code.size(); ++row) {
        for (int column = 0; column < code.size(); ++column) {
            if (!code.isDark(row, column))
                continue;
            const int top = (row + kQuietZone) * moduleSize;
            const int left = (column + kQuietZone) * moduleSize;
            for (int y = top; y < top + moduleSize; ++y) {
                for (int x = left; x < left + moduleSize; ++x)
                    image.setPixel(x, y, 1);
            }
        }
    }
    return image;
}
