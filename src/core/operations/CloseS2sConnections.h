// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// DELETE /s2s/<id> for each server-to-server connection (labelled with its id), with the reason the
// remote server is sent in the stream error.
class CloseS2sConnections : public Operation
{
    Q_OBJECT
public:
    CloseS2sConnections(ServerSession* session, const QStringList& connectionIds, const QString& reason = {},
        QObject* parent = nullptr);
};
