-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- Sandbox only (tests/server/module_fuzz.py; bench/run.py through server/sandbox.py --bench-routes):
-- GET /sandbox_memory collects Lua's garbage fully and answers the bytes Lua still holds. The fuzzer
-- judges memory growth by this figure, not by the process's resident size, which the C allocator
-- keeps high after a large body is freed.

module:depends("http");

module:provides("http", {
	route = {
		GET = function (event)
			collectgarbage("collect");
			collectgarbage("collect");
			event.response.headers.content_type = "text/plain";
			return tostring(math.floor(collectgarbage("count") * 1024));
		end;
	};
});
