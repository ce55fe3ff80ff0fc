"""The module HTTP fuzzer's short run (tests/server/module_fuzz.py): 30 s of random and mutated
requests (PAC_MODULE_FUZZ_SECONDS, at most 3,000) against test_isolation's two-host sandbox, on
the running Prosody (0.12 or 13). The seed is printed; PAC_MODULE_FUZZ_SEED repeats a run. A
finding names the request that made it. The 10-minute run is scripts/fuzz-module.sh.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_module_fuzz
"""

import os
import random
import sys
import unittest

import module_fuzz


class ModuleFuzzTest(module_fuzz.FuzzSandbox):
    def test_short_run(self):
        seed = int(os.environ.get("PAC_MODULE_FUZZ_SEED") or random.SystemRandom().randrange(2 ** 31))
        seconds = float(os.environ.get("PAC_MODULE_FUZZ_SECONDS", "30"))
        fuzzer = module_fuzz.Fuzzer(self.info, self.accounts, self.snapshot, seed, seconds, 3000, out=sys.stderr)
        try:
            stats = fuzzer.run()
        except module_fuzz.Finding as e:
            self.fail("module fuzz finding (PAC_MODULE_FUZZ_SEED=%d repeats the run): %s" % (seed, e))
        self.assertGreater(stats["requests"], 20)  # it did fuzz
        self.assertGreater(stats["accepted"], 0)
        self.assertGreater(stats["refused"], 0)


if __name__ == "__main__":
    unittest.main()
