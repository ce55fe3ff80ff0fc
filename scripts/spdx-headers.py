#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""The SPDX copyright and licence lines at the top of every source file git tracks (C++, Lua,
Python, shell, CMake), as KDE and Qt projects carry them (REUSE).

  /usr/bin/python3 scripts/spdx-headers.py          lists the files without them (exit 1 if any)
  /usr/bin/python3 scripts/spdx-headers.py --add    adds them where they are missing
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINES = ("SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers", "SPDX-License-Identifier: MIT")
PATTERNS = {"*.cpp": "//", "*.h": "//", "*.h.in": "//", "*.lua": "--", "*.py": "#", "*.sh": "#",
            "*.cmake": "#", "CMakeLists.txt": "#", ".ci/run": "#"}
HEAD_LINES = 4  # a shebang, then the two lines


def tracked():
    """-> [(path, comment marker)] of the files git tracks that carry the lines."""
    files = []
    for pattern, marker in PATTERNS.items():
        listed = subprocess.run(["git", "ls-files", "-z", "--", pattern, "*/" + pattern], cwd=ROOT,
                                capture_output=True, check=True).stdout
        files += [(ROOT / name, marker) for name in listed.decode().split("\0") if name]
    return sorted(set(files))


def has_header(path):
    head = path.read_text(encoding="utf-8").splitlines()[:HEAD_LINES]
    return all(any(line.endswith(wanted) for line in head) for wanted in LINES)


def add_header(path, marker):
    text = path.read_text(encoding="utf-8")
    header = "".join("%s %s\n" % (marker, line) for line in LINES)
    if text.startswith("#!"):
        first, _, rest = text.partition("\n")
        text = first + "\n" + header + rest
    else:
        text = header + text
    path.write_text(text, encoding="utf-8")


def main():
    missing = [(path, marker) for path, marker in tracked() if not has_header(path)]
    if "--add" in sys.argv[1:]:
        for path, marker in missing:
            add_header(path, marker)
        print("added to %d file(s)" % len(missing))
        return 0
    for path, _ in missing:
        print("no SPDX lines: %s" % path.relative_to(ROOT))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
