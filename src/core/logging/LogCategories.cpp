// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "logging/LogCategories.h"

Q_LOGGING_CATEGORY(lcHttp, "pac.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTls, "pac.tls", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "pac.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "pac.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudit, "pac.audit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProfiles, "pac.profiles", QtWarningMsg)
