# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Where a sandbox's Prosody comes from and the process and file helpers sandbox.py starts it with."""

import ctypes
import os
import signal
import socket

PROSODY = "/usr/bin/prosody"  # Debian 12's Prosody 0.12
# Prosody 13 as scripts/prosody13.sh builds it (PAC_PROSODY13 names another build's launcher).
PROSODY13_CACHE = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
                               "prosody-admin-console", "prosody13", "install", "bin", "prosody")


def prosody_launcher(which):
    """The launcher for --prosody: "0.12" (Debian's), "13" (scripts/prosody13.sh's build), or a path."""
    which = which or os.environ.get("PAC_PROSODY") or "0.12"
    if which in ("0.12", "12"):
        path = PROSODY
    elif which == "13":
        path = os.environ.get("PAC_PROSODY13") or PROSODY13_CACHE
    else:
        path = which
    if not os.access(path, os.X_OK):
        hint = " (build it with scripts/prosody13.sh)" if which == "13" else ""
        raise SandboxError("no Prosody launcher at %s%s" % (path, hint))
    return path


def temp_root(min_free_bytes):
    """/dev/shm when it is a writable tmpfs with room enough (sandboxes write many small
    files, which a busy disk makes slow), else the system's temporary directory."""
    shm = "/dev/shm"
    try:
        st = os.statvfs(shm)
        if os.access(shm, os.W_OK) and st.f_bavail * st.f_frsize >= min_free_bytes:
            return shm
    except OSError:
        pass
    return None


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(port):
    """Something accepts connections on this loopback port."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _pdeathsig():
    """In the child: die when the launcher dies, whatever the way."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


class SandboxError(RuntimeError):
    pass


def launcher_version(launcher):
    """The version of the Prosody a launcher starts, from the prosody.version file of its sources."""
    try:
        with open(launcher, errors="replace") as f:
            head = f.read(4096)
        marker = "CFG_SOURCEDIR='"
        start = head.index(marker) + len(marker)
        source_dir = head[start:head.index("'", start)]
        with open(os.path.join(source_dir, "prosody.version")) as f:
            return f.read().strip()
    except (OSError, ValueError):
        return None
