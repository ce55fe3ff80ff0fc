// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// One segment of a request path (a user name, module name, group id, address …).
// The server percent-decodes the whole path before splitting it on '/', so a segment that contains
// '/' (even encoded) cannot be sent safely; "." and ".." would be collapsed by URL normalisation.
// Everything else is sent percent-encoded.
class PathSegment
{
public:
    // True when the segment can be sent: not empty, no '/', not "." or "..".
    static bool isValid(const QString& segment);
    // The percent-encoded segment, or nullopt when it is not valid.
    static std::optional<QByteArray> encode(const QString& segment);
    // A translated sentence saying why the segment cannot be sent (empty when it can).
    static QString problem(const QString& segment);
};
