// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Strong random passwords for new accounts and password resets, from the system's CSPRNG.
class PasswordGenerator
{
public:
    static constexpr int DefaultLength = 20;

    // `length` characters (at least 8) with an upper-case letter, a lower-case letter, a digit and a
    // symbol, from an alphabet without look-alikes (no 0/O, 1/l/I) and without spaces or quotes, so
    // it survives being read aloud, pasted into a shell or a JSON body.
    static QString generate(int length = DefaultLength);
};
