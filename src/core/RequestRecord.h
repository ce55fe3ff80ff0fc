#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include "ApiError.h"

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

Q_DECLARE_METATYPE(RequestRecord)
