# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""The module HTTP fuzzer's short run (tests/server/module_fuzz.py) against test_isolation's two-host
sandbox, on the running Prosody (0.12 or 13) and storage: 800 random and mutated requests of a fixed
seed, one per run of the server suite (SEEDS), so that every test run sends the same requests and a
finding is the change's, never the luck of the draw. Exploring new seeds is scripts/fuzz-module.sh
(10 minutes per version, a random seed); a seed that found something is added here once fixed.
PAC_MODULE_FUZZ_SEED and PAC_MODULE_FUZZ_REQUESTS replay another seed or more requests. A finding
names the request that made it.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_module_fuzz
"""

import os
import sys
import unittest

import module_fuzz

# (Prosody version, storage) -> seed. 1464124633 found the 500 of a message with U+0000 (request
# 691; its request is in test_auth now); the others are the seeds of the 10-minute runs the README
# records.
SEEDS = {
    ("0.12", "internal"): 1464124633,
    ("13", "internal"): 934560043,
    ("0.12", "sqlite"): 724138815,
    ("0.12", "postgres"): 1464124633,
    ("13", "postgres"): 724138815,
}
REQUESTS = 800


class ModuleFuzzTest(module_fuzz.FuzzSandbox):
    def test_short_run(self):
        version = os.environ.get("PAC_PROSODY", "0.12")
        storage = os.environ.get("PAC_STORAGE", "internal")
        seed = int(os.environ.get("PAC_MODULE_FUZZ_SEED") or SEEDS.get((version, storage), 1464124633))
        requests = int(os.environ.get("PAC_MODULE_FUZZ_REQUESTS") or REQUESTS)
        # Time is not a limit here (the test's own time-out is): every run sends all its requests.
        fuzzer = module_fuzz.Fuzzer(self.info, self.accounts, self.snapshot, seed, None, requests, out=sys.stderr)
        try:
            stats = fuzzer.run()
        except module_fuzz.Finding as e:
            self.fail("module fuzz finding (PAC_MODULE_FUZZ_SEED=%d repeats the run): %s" % (seed, e))
        self.assertEqual(stats["requests"], requests)
        self.assertGreater(stats["accepted"], 0)
        self.assertGreater(stats["refused"], 0)


if __name__ == "__main__":
    unittest.main()
