-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- The sandbox's demo data, written through Prosody's storage layer, so that it lands in
-- whichever store the configuration names (files, SQLite, PostgreSQL). Not part of the
-- admin module; server/sandbox.py runs it before Prosody starts, and the tests to change a
-- record while it runs:
--
--     prosodyctl --config <sandbox config> mod_sandbox_data <file.json>
--
-- The file (written by server/sandbox_data.py) holds
--   {"accounts": [{"host", "names": [...], "record": {...}}],   same record for each name
--    "rosters":  [{"host", "user", "items": {jid: item}}],      roster[false] made here
--    "keyval":   [{"host", "store", "user" (absent: the host-wide record), "value"}]}
-- and each record is set with store:set(); a failure ends the command with exit status 1.

local json = (pcall(require, "prosody.util.json") and require "prosody.util.json") or require "util.json";
local storagemanager = (pcall(require, "prosody.core.storagemanager") and require "prosody.core.storagemanager") or require "core.storagemanager";
local startup = (pcall(require, "prosody.util.startup") and require "prosody.util.startup") or require "util.startup";

local function read_file(path)
	local f, err = io.open(path, "rb");
	if not f then return nil, err; end
	local text = f:read("*a");
	f:close();
	return json.decode(text);
end

local opened, initialized = {}, {};
local function store(host, name)
	local key = host .. "\0" .. name;
	if not opened[key] then
		if not initialized[host] then -- as prosodyctl's adduser does
			if not prosody.hosts[host] then
				prosody.hosts[host] = startup.make_host(host);
			end
			storagemanager.initialize_host(host);
			initialized[host] = true;
		end
		opened[key] = assert(storagemanager.open(host, name));
	end
	return opened[key];
end

local function set(host, name, user, value)
	local ok, err = store(host, name):set(user, value);
	if not ok then
		error(("%s/%s/%s: %s"):format(host, name, tostring(user), tostring(err)), 0);
	end
end

local function write_all(data)
	for _, accounts in ipairs(data.accounts or {}) do
		for _, name in ipairs(accounts.names) do
			set(accounts.host, "accounts", name, accounts.record);
		end
	end
	for _, roster in ipairs(data.rosters or {}) do
		local value = { [false] = { version = 1, pending = {} } };
		for contact, item in pairs(roster.items) do
			value[contact] = item;
		end
		set(roster.host, "roster", roster.user, value);
	end
	for _, record in ipairs(data.keyval or {}) do
		local user = record.user;
		if user == json.null then user = nil; end
		set(record.host, record.store, user, record.value);
	end
end

function module.command(arg)
	local data, err = read_file(arg[1] or "");
	if type(data) ~= "table" then
		io.stderr:write("mod_sandbox_data: cannot read ", tostring(arg[1]), ": ", tostring(err), "\n");
		return 1;
	end
	local ok, problem = pcall(write_all, data);
	if not ok then
		io.stderr:write("mod_sandbox_data: ", tostring(problem), "\n");
		return 1;
	end
	return 0;
end
