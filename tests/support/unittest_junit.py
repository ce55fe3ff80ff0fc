#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Runs Python unittest modules verbosely and writes every test's outcome as JUnit XML.

    unittest_junit.py --xml RESULTS.xml [--name NAME] MODULE [MODULE ...]
    unittest_junit.py --xml RESULTS.xml [--name NAME] --discover DIR   (every test_*.py in DIR)

The XML has one <testcase> per test method, with <failure>, <error> or <skipped message=…>,
the same shape as Qt Test's junitxml output, so tests/summarize_results.py counts both alike.
Exits 1 when any test failed or erred, 0 otherwise.
"""

import argparse
import os
import sys
import time
import unittest
import xml.etree.ElementTree as ET


class JUnitResult(unittest.TextTestResult):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.cases = []
        self._started = {}

    def startTest(self, test):
        self._started[test.id()] = time.monotonic()
        super().startTest(test)

    def _record(self, test, outcome=None, message=""):
        started = self._started.pop(test.id(), time.monotonic())
        self.cases.append((test, time.monotonic() - started, outcome, message))

    def addSuccess(self, test):
        super().addSuccess(test)
        self._record(test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._record(test, "failure", self._exc_info_to_string(err, test))

    def addError(self, test, err):
        super().addError(test, err)
        # An error in setUpClass arrives as a _ErrorHolder standing for the whole class.
        self._record(test, "error", self._exc_info_to_string(err, test))

    def addSubTest(self, test, subtest, err):
        # A failing subtest is a failed case of its own (named with its parameters); the test around
        # it is then neither a success nor recorded again. Passing subtests count with their test.
        super().addSubTest(test, subtest, err)
        if err is not None:
            outcome = "failure" if issubclass(err[0], test.failureException) else "error"
            self.cases.append((subtest, 0.0, outcome, self._exc_info_to_string(err, test)))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._record(test, "skipped", reason)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._record(test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._record(test, "failure", "unexpected success")


def case_names(test):
    """-> (classname, name): the test method, a subtest with its parameters, or a whole class or
    module (a set-up that failed or skipped stands for all of its tests)."""
    inner = getattr(test, "test_case", None)  # a subtest
    if inner is not None:
        owner = type(inner)
        return "%s.%s" % (owner.__module__, owner.__qualname__), "%s %s" % (
            inner._testMethodName, test._subDescription())
    method = getattr(test, "_testMethodName", None)
    if method:
        owner = type(test)
        return "%s.%s" % (owner.__module__, owner.__qualname__), method
    return "", str(test)


def write_xml(path, suite_name, cases):
    root = ET.Element("testsuite", name=suite_name, tests=str(len(cases)),
                      failures=str(sum(1 for c in cases if c[2] == "failure")),
                      errors=str(sum(1 for c in cases if c[2] == "error")),
                      skipped=str(sum(1 for c in cases if c[2] == "skipped")))
    for test, seconds, outcome, message in cases:
        classname, name = case_names(test)
        case = ET.SubElement(root, "testcase", name=name, classname=classname, time="%.3f" % seconds)
        if outcome == "skipped":
            ET.SubElement(case, "skipped", message=message)
        elif outcome:
            element = ET.SubElement(case, outcome, message=message.strip().splitlines()[-1] if message.strip() else "")
            element.text = message
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--xml", required=True)
    parser.add_argument("--name", default=None)
    parser.add_argument("--discover", metavar="DIR")
    parser.add_argument("modules", nargs="*")
    args = parser.parse_args()
    if bool(args.discover) == bool(args.modules):
        parser.error("name modules or --discover DIR, not both")
    # Modules are found where the suite lives (or the working directory), not beside this script.
    sys.path.insert(0, os.path.abspath(args.discover or os.getcwd()))
    loader = unittest.defaultTestLoader
    if args.discover:
        suite = loader.discover(os.path.abspath(args.discover), pattern="test_*.py")
    else:
        suite = loader.loadTestsFromNames(args.modules)
    runner = unittest.TextTestRunner(verbosity=2, resultclass=JUnitResult, stream=sys.stderr)
    result = runner.run(suite)
    write_xml(args.xml, args.name or args.discover or ",".join(args.modules), result.cases)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
