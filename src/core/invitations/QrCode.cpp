// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "invitations/QrCode.h"

#include <qrencode.h>

QrCode QrCode::encode(const QString& text)
{
    QrCode code;
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty())
        return code;
    QRcode* encoded = QRcode_encodeData(
        int(bytes.size()), reinterpret_cast<const unsigned char*>(bytes.constData()), 0, QR_ECLEVEL_M);
    if (!encoded)
        return code;
    code.m_version = encoded->version;
    code.m_size = encoded->width;
    code.m_modules.reserve(qsizetype(encoded->width) * encoded->width);
    for (int i = 0; i < encoded->width * encoded->width; ++i)
        code.m_modules.append((encoded->data[i] & 1) != 0); // bit 0: dark; the others say what it is part of
    QRcode_free(encoded);
    return code;
}
