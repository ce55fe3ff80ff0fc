// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// The console's logging categories. Quiet by default (warnings only); an operator turns them on with
// QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="pac.*.debug=true" for everything or
// "pac.http.debug=true;pac.tls.debug=true" for the connection. Nothing logged here ever holds a
// password, a token or an Authorization header (TestProfiles::noPasswordLeftAfterAFullSession runs
// with every category on).
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // pac.http: each request's method, path, status and duration
Q_DECLARE_LOGGING_CATEGORY(lcTls) // pac.tls: certificate errors, pinning decisions
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // pac.keychain: keychain reads, writes and their errors
Q_DECLARE_LOGGING_CATEGORY(lcSandbox) // pac.sandbox: the sandbox Prosody's start, ports and end
Q_DECLARE_LOGGING_CATEGORY(lcAudit) // pac.audit: audit trail files, compaction, write errors
Q_DECLARE_LOGGING_CATEGORY(lcProfiles) // pac.profiles: profiles, folders, migration, the profile lock
