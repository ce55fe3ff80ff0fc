-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- Sandbox only (server/sandbox.py --count-password-checks): logs each password check that goes
-- through Prosody's usermanager, as admin_rest's HTTP Basic authentication does, as
-- "Password checked for <user>@<host>" (never the password), so that a test can count how often
-- a client sent the password. Prosody 0.12 and 13. Load it globally (modules_enabled).

module:set_global();

local function import(name)
	local ok, lib = pcall(require, "prosody." .. name);
	if ok and lib then return lib; end
	return require(name);
end

local usermanager = import "core.usermanager";
local original = usermanager.test_password;

function usermanager.test_password(username, host, password)
	module:log("info", "Password checked for %s@%s", tostring(username), tostring(host));
	return original(username, host, password);
end

function module.unload()
	usermanager.test_password = original;
end
