#!/usr/bin/python3
"""Runs Python unittest modules verbosely and writes every test's outcome as JUnit XML.

    unittest_junit.py --xml RESULTS.xml MODULE [MODULE ...]

The XML has one <testcase> per test method, with <failure>, <error> or <skipped message=…>,
the same shape as Qt Test's junitxml output, so tests/summarize_results.py counts both alike.
Exits 1 when any test failed or erred, 0 otherwise.
"""

import argparse
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

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._record(test, "skipped", reason)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._record(test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._record(test, "failure", "unexpected success")


def write_xml(path, suite_name, cases):
    root = ET.Element("testsuite", name=suite_name, tests=str(len(cases)),
                      failures=str(sum(1 for c in cases if c[2] == "failure")),
                      errors=str(sum(1 for c in cases if c[2] == "error")),
                      skipped=str(sum(1 for c in cases if c[2] == "skipped")))
    for test, seconds, outcome, message in cases:
        test_id = test.id()
        classname, _, name = test_id.rpartition(".")
        case = ET.SubElement(root, "testcase", name=name or test_id, classname=classname, time="%.3f" % seconds)
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
    parser.add_argument("modules", nargs="+")
    args = parser.parse_args()
    suite = unittest.defaultTestLoader.loadTestsFromNames(args.modules)
    runner = unittest.TextTestRunner(verbosity=2, resultclass=JUnitResult, stream=sys.stderr)
    result = runner.run(suite)
    write_xml(args.xml, args.name or ",".join(args.modules), result.cases)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
