// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

// Where an error kind arises: refused before sending, on the way (transport), at the server's
// door (sign-in and access), or in the server's answer. ApiError::userMessage() words each group
// its own way; ProfileProbe names the step that failed from it.
enum class ApiErrorGroup { None, Refused, Transport, Access, Answer };

ApiErrorGroup apiErrorGroup(ApiError::Kind kind);
