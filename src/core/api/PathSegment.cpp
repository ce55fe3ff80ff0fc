// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/PathSegment.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

bool PathSegment::isValid(const QString& segment)
{
    return !segment.isEmpty() && !segment.contains(u'/') && segment != "."_L1 && segment != ".."_L1;
}

std::optional<QByteArray> PathSegment::encode(const QString& segment)
{
    if (!isValid(segment)) {
        return std::nullopt;
    }
    // Without an exclude list only the unreserved characters (A-Z a-z 0-9 - . _ ~) stay as they are.
    return QUrl::toPercentEncoding(segment);
}

QString PathSegment::problem(const QString& segment)
{
    if (segment.isEmpty()) {
        return QCoreApplication::translate("PathSegment", "a name is empty");
    }
    if (segment.contains(u'/')) {
        return QCoreApplication::translate("PathSegment", "“%1” contains “/”, which the server cannot accept in a name")
            .arg(segment);
    }
    if (segment == "."_L1 || segment == ".."_L1) {
        return QCoreApplication::translate("PathSegment", "“%1” is not a valid name").arg(segment);
    }
    return {};
}
