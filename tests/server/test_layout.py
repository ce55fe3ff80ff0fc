# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""The server module's shape, read from its files (no Prosody runs): the folder
server/mod_admin_rest/ is mod_admin_rest.lua plus the *.lib.lua it loads with module:require;
the parts get what they need from the context table, not from globals; files and functions
stay small enough to read (server/: 600 lines a file; 80 lines a Lua or Python function, here
and in tests/server/).

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_layout
"""

import ast
import glob
import os
import re
import subprocess
import unittest

from harness import HERE, SERVER_DIR

MODULE_DIR = os.path.join(SERVER_DIR, "mod_admin_rest")
MAIN = os.path.join(MODULE_DIR, "mod_admin_rest.lua")
LUAC = "luac5.4"  # Debian's lua5.4, which Prosody 0.12 and 13 run on
MAX_FILE_LINES = 600
MAX_FUNCTION_LINES = 80

# What a part may read from its environment: Lua's own library, nothing of the module's.
LUA_GLOBALS = {"assert", "collectgarbage", "debug", "error", "getmetatable", "io", "ipairs", "math", "next",
               "os", "pairs", "pcall", "rawequal", "rawget", "rawlen", "rawset", "require", "select",
               "setmetatable", "string", "table", "tonumber", "tostring", "type", "utf8", "xpcall"}
# Prosody's own global, read in one place; the module object, used by the entry file only.
MORE_GLOBALS = {"compat.lib.lua": {"prosody"}, "mod_admin_rest.lua": {"module"}}


def luac_listing(path):
    return subprocess.run([LUAC, "-p", "-l", path], check=True, capture_output=True, text=True).stdout


def lua_functions(path):
    """(first line, last line) of every function of a Lua file."""
    return [(int(a), int(b)) for a, b in re.findall(r"^function <[^>]*:(\d+),(\d+)>", luac_listing(path), re.M)]


def python_functions(path):
    with open(path) as f:
        tree = ast.parse(f.read())
    return [(n.lineno, n.end_lineno, n.name) for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def required_parts():
    """The part names mod_admin_rest.lua loads, in its order."""
    with open(MAIN) as f:
        source = f.read()
    loop = re.search(r'for _, name in ipairs\(\{(.*?)\}\) do\s+ctx\[name\] = module:require\(name\)\.init\(ctx\);',
                     source, re.S)
    if not loop:
        raise AssertionError("mod_admin_rest.lua loads no parts the way this test reads")
    return re.findall(r'"([\w-]+)"', loop.group(1))


class ModuleFolderTest(unittest.TestCase):
    def test_the_entry_file_loads_every_part_of_the_folder(self):
        parts = required_parts()
        in_folder = sorted(os.path.basename(p)[:-len(".lib.lua")] for p in glob.glob(os.path.join(MODULE_DIR, "*.lib.lua")))
        self.assertGreaterEqual(len(parts), 10, parts)
        self.assertEqual(sorted(parts), in_folder)
        self.assertEqual(len(parts), len(set(parts)))
        lua_files = sorted(name for name in os.listdir(MODULE_DIR) if name.endswith(".lua"))
        self.assertEqual(lua_files, sorted(["mod_admin_rest.lua"] + [p + ".lib.lua" for p in parts]))

    def test_parts_use_no_hidden_globals(self):
        for path in sorted(glob.glob(os.path.join(MODULE_DIR, "*.lua"))):
            name = os.path.basename(path)
            with self.subTest(file=name):
                listing = luac_listing(path)
                written = sorted(set(re.findall(r'\bSETTABUP\b.*?_ENV "([^"]+)"', listing)))
                read = set(re.findall(r'\bGETTABUP\b.*?_ENV "([^"]+)"', listing))
                self.assertEqual(written, [], "globals written")
                self.assertEqual(sorted(read - LUA_GLOBALS - MORE_GLOBALS.get(name, set())), [], "globals read")


class SizesTest(unittest.TestCase):
    def test_no_server_file_over_600_lines(self):
        for root, _, names in os.walk(SERVER_DIR):
            for name in names:
                if name.endswith((".lua", ".py")):
                    path = os.path.join(root, name)
                    with open(path) as f:
                        count = sum(1 for _ in f)
                    with self.subTest(file=os.path.relpath(path, SERVER_DIR)):
                        self.assertLessEqual(count, MAX_FILE_LINES)

    def test_no_function_over_80_lines(self):
        paths = glob.glob(os.path.join(MODULE_DIR, "*.lua")) + glob.glob(os.path.join(SERVER_DIR, "*.py")) \
            + glob.glob(os.path.join(HERE, "*.py")) + glob.glob(os.path.join(HERE, "fake_modules", "*.lua"))
        self.assertGreater(len(paths), 20, paths)
        for path in sorted(paths):
            if path.endswith(".lua"):
                functions = [(a, b, "function") for a, b in lua_functions(path)]
            else:
                functions = python_functions(path)
            long = ["%s at line %d: %d lines" % (name, a, b - a + 1) for a, b, name in functions
                    if b - a + 1 > MAX_FUNCTION_LINES]
            with self.subTest(file=os.path.relpath(path, os.path.dirname(SERVER_DIR))):
                self.assertEqual(long, [])


if __name__ == "__main__":
    unittest.main()
