// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "input/PasswordGenerator.h"

#include <QRandomGenerator>

namespace {
const QString& alphabet()
{
    static const QString chars
        = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.,:;!?#%+=*~");
    return chars;
}

bool hasEveryClass(const QString& password)
{
    bool upper = false;
    bool lower = false;
    bool digit = false;
    bool symbol = false;
    for (const QChar c : password) {
        if (c.isUpper())
            upper = true;
        else if (c.isLower())
            lower = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    return upper && lower && digit && symbol;
}
} // namespace

QString PasswordGenerator::generate(int length)
{
    length = qMax(8, length);
    QRandomGenerator* random = QRandomGenerator::system();
    const QString& chars = alphabet();
    QString password;
    // Rejection sampling keeps every character uniform; at 20 characters a draw lacks a class rarely.
    do {
        password.clear();
        password.reserve(length);
        for (int i = 0; i < length; ++i)
            password.append(chars.at(int(random->bounded(quint32(chars.size())))));
    } while (!hasEveryClass(password));
    return password;
}
