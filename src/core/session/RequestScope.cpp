// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "session/RequestScope.h"

RequestScope::RequestScope(QObject* parent)
    : QObject(parent)
{
}

void RequestScope::reset()
{
    ++m_generation;
}
