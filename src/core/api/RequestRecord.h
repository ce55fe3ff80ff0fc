// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include "api/ApiError.h"

// One request the client made, for the activity log. Never holds a secret.
struct RequestRecord
{
    QDateTime started;
    QByteArray method;
    QString path; // below the base URL
    int httpStatus = 0; // 0 when no HTTP answer came
    qint64 durationMs = 0;
    ApiError::Kind errorKind = ApiError::Kind::None;
    QString message; // the server's result string or the error's sentence
};

// A record as the activity log keeps it: `probe` when the request was part of the capability probe,
// where "not found" only means that the server lacks a feature.
struct LoggedRequest
{
    RequestRecord record;
    bool probe = false;
};

Q_DECLARE_METATYPE(RequestRecord)
