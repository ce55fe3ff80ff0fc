-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: Prosody's libraries under the names the running version gives them.
-- Prosody 13 exposes them as prosody.util.* / prosody.core.*, 0.12 as util.* / core.*.
-- Needs nothing from the module: init(ctx) returns the libraries and a few table helpers.

local compat = {};

local function import(name)
	local ok, lib = pcall(require, "prosody." .. name);
	if ok and lib then return lib; end
	return require(name);
end

local function optional(name)
	local ok, lib = pcall(import, name);
	if ok then return lib; end
end

-- The keys of t that are strings, sorted
local function sorted_keys(t)
	local keys = {};
	for k in pairs(t or {}) do
		if type(k) == "string" then table.insert(keys, k); end
	end
	table.sort(keys);
	return keys;
end

function compat.init(_ctx)
	local encodings = import "util.encodings";
	local xpcall_util = optional "util.xpcall";
	local time_util = optional "util.time";
	local has_lfs, lfs = pcall(require, "lfs");
	return {
		import = import;
		jid = import "util.jid";
		stanza = import "util.stanza";
		http = import "util.http";
		ip = import "util.ip";
		id = import "util.id";
		usermanager = import "core.usermanager";
		rostermanager = import "core.rostermanager";
		modulemanager = import "core.modulemanager";
		storagemanager = import "core.storagemanager";
		configmanager = import "core.configmanager";
		pposix = optional "util.pposix";
		lfs = has_lfs and lfs or nil;
		xpcall = xpcall_util and xpcall_util.xpcall or xpcall; -- passes arguments on Lua 5.1 too
		now = time_util and time_util.now or os.time;
		b64_decode = encodings.base64.decode;
		nodeprep = encodings.stringprep.nodeprep;
		nameprep = encodings.stringprep.nameprep;
		resourceprep = encodings.stringprep.resourceprep;
		saslprep = encodings.stringprep.saslprep;
		prosody = prosody; -- Prosody's own global: version, paths, start time, reload_config
		hosts = prosody.hosts;
		sorted_keys = sorted_keys;
	};
end

return compat;
