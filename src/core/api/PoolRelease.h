// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QThreadPool>

#include <utility>

// Lets go of a large value (a body of tens of megabytes, a list of a million users) on a thread of
// Qt's global pool instead of this one: freeing it returns its memory block by block and page by page,
// tens of milliseconds the event loop's thread should spend on events. Values shared elsewhere (Qt's
// implicit sharing) only lose a reference there.
//
// Then the C library is asked to give back to the system what its allocator holds free: glibc keeps
// memory freed by a thread in that thread's arena for its next allocation, and the pool's threads
// that parsed an answer of 26 MB would otherwise keep hundreds of megabytes resident that no one uses.
// That happens once things have settled (TrimDelayMs after the last large value was let go of), on the
// pool: malloc_trim() locks each arena while it walks it, and a burst of answers needs one trim.
class PoolRelease
{
public:
    static constexpr int TrimDelayMs = 1000;

    template <typename T> static void drop(T value)
    {
        QThreadPool::globalInstance()->start([held = std::move(value)]() mutable { held = T(); });
        trimLater();
    }

    // For the program's main(): glibc's trim threshold fixed at TrimThresholdBytes. By default glibc
    // raises it (up to 64 MiB) after large blocks were freed, and neither free() nor malloc_trim()
    // gives back the top of a thread's arena below it: after a few large answers the pool's arenas
    // kept tens of megabytes each (bench/hostile.py). Fixed, that is also the end of glibc's moving
    // mmap threshold: blocks of 128 KiB and more are mapped and unmapped on their own.
    static constexpr int TrimThresholdBytes = 1024 * 1024;
    static void setAllocatorThresholds();

    // Asks for malloc_trim(0) on the pool TrimDelayMs from now, unless one is due already (then that
    // one waits until TrimDelayMs after this call). glibc only; nothing elsewhere.
    static void trimLater();
};
