// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

// Makes the process, as it exits, wait for the threads of Qt's network access managers to be gone
// before OpenSSL cleans up.
//
// Why: OpenSSL 3.0 frees every thread's state in its atexit clean-up (OPENSSL_cleanup) without the
// lock that a thread's own clean-up takes as the thread ends (its thread-local destructor). Qt ends a
// QNetworkAccessManager's thread when the manager is deleted and waits for its run() only, so the
// thread's last steps, OpenSSL's thread clean-up among them, can still be under way while main()
// returns: both free the same state, a double free at exit (seen in TestTls under ASan; in 3 of 40
// runs of TestTls a manager's thread was still there when the exit handlers began). install() loads OpenSSL (so its
// atexit clean-up is registered first) and then registers a handler, which runs before it, that waits (at most 5 s)
// until no thread named "QNetworkAccessManager thread" is left in /proc/self/task.
class NetworkThreadsAtExit
{
public:
    // Once per process; AdminRestClient calls it.
    static void install();
    // The number of the process's threads named like a network access manager's.
    static int networkThreads();

private:
    static void waitForNetworkThreads();
};
