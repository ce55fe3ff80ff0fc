-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- Sandbox only (server/sandbox.py --bench-routes, for bench/run.py): what a new account's
-- password hash costs alone inside this very server process. GET
-- /sandbox_password_hash?iterations=N&count=M runs Prosody's own SCRAM-SHA-1 function
-- (util.sasl.scram.getAuthenticationDatabaseSHA1, as mod_auth_internal_hashed calls it to create
-- a user) M times, each with its own salt, and answers the CPU milliseconds per hash as text.
-- Prosody 0.12 and 13.

module:depends("http");

local function import(name)
	local ok, lib = pcall(require, "prosody." .. name);
	if ok and lib then return lib; end
	return require(name);
end

local hash = import "util.sasl.scram".getAuthenticationDatabaseSHA1;
local uuid = import "util.uuid".generate;
local formdecode = import "util.http".formdecode;

module:provides("http", {
	route = {
		GET = function (event)
			local query = event.request.url.query and formdecode(event.request.url.query) or {};
			local iterations, count = tonumber(query.iterations), tonumber(query.count);
			if not iterations or not count or iterations < 1 or count < 1 or count > 10000 then
				return 400;
			end
			local started = os.clock();
			for i = 1, count do
				assert(hash("bench-password-" .. i, uuid(), iterations));
			end
			event.response.headers.content_type = "text/plain";
			return ("%.4f"):format((os.clock() - started) * 1000 / count);
		end;
	};
});
