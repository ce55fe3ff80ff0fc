-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: the server itself. GET /modules, GET|PUT|DELETE /module/<name> (on the
-- module's host), PUT /reload, DELETE /data and DELETE /certs (server-wide: the entry point
-- lets only an administrator of every host call them; wipes only with admin_rest_allow_wipe).

local server = {};

local module, prosody, hosts, mm, configmanager, storagemanager, lfs, import, sorted_keys;
local R, ERR, CRASH, list, CURRENT, OURS, level;
local allow_wipe, forget_lists;

-- GET /modules, GET /modules/count
function server.modules(req)
	local seg = req.segments;
	if #seg > 2 or (seg[2] and seg[2] ~= "count") then return ERR.invalid_path; end
	local names = sorted_keys(mm.get_modules(module.host));
	if seg[2] == "count" then return R(200, { count = #names }); end
	return R(200, { count = #names, modules = list(names) });
end

local function module_name(req)
	if #req.segments ~= 2 then return nil, ERR.invalid_path; end
	local name = req.segments[2];
	if not name:match("^[%w_%-%.]+$") or name:match("^%.") then
		return nil, R(400, "Invalid module name: " .. name);
	end
	return name;
end

-- The answer to loading or unloading module name (done: "loaded" | "unloaded")
local function module_changed(name, done, ok, err)
	if not ok then return R(500, ("Module could not be %s: %s (%s)"):format(done, name, tostring(err))); end
	module:log("info", "Module %s: %s", done, name);
	return R(200, ("Module %s: %s"):format(done, name));
end

-- GET /module/<name>
function server.module_get(req)
	local name, err = module_name(req);
	if not name then return err; end
	local loaded = mm.is_loaded(module.host, name) and true or false;
	return R(loaded and 200 or 404, { module = name, loaded = loaded });
end

-- PUT /module/<name>: load, or reload when loaded
function server.module_load(req)
	local name, err = module_name(req);
	if not name then return err; end
	local fn = mm.is_loaded(module.host, name) and mm.reload or mm.load;
	local ok, load_err = fn(module.host, name);
	if not ok then
		module:log("error", "Could not load module %s: %s", name, tostring(load_err));
		if level < OURS then return ERR.internal_error; end
	end
	return module_changed(name, "loaded", ok, load_err);
end

-- DELETE /module/<name>
function server.module_unload(req)
	local name, err = module_name(req);
	if not name then return err; end
	if not mm.is_loaded(module.host, name) then
		return R(404, "Module is not loaded:" .. name);
	end
	local ok, unload_err = mm.unload(module.host, name);
	if level < OURS then return CRASH; end -- the published versions' typo, after unloading
	return module_changed(name, "unloaded", ok, unload_err);
end

-- PUT /reload: re-read the config file and reopen the log files, in process
function server.reload(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	if level == CURRENT then return ERR.internal_error; end -- as the published version
	if type(prosody.reload_config) ~= "function" then
		return R(500, "This Prosody cannot reload its configuration from a module");
	end
	local ok, err = prosody.reload_config();
	if not ok then
		return R(500, "Configuration not reloaded: " .. tostring(err));
	end
	if type(prosody.reopen_logfiles) == "function" then prosody.reopen_logfiles(); end
	return R(200, "Prosody log files re-opened and config file reloaded. "
		.. "You may need to reload modules for some changes to take effect.");
end

-- Removes everything below dir (not dir itself)
local function wipe(dir)
	for entry in lfs.dir(dir) do
		if entry ~= "." and entry ~= ".." then
			local full = dir .. "/" .. entry;
			local ok, err;
			if lfs.symlinkattributes(full, "mode") == "directory" then
				ok, err = wipe(full);
				if ok then ok, err = lfs.rmdir(full); end
			else
				ok, err = os.remove(full);
			end
			if not ok then return nil, err; end
		end
	end
	return true;
end

-- Wipes a directory's contents -> true | nil, error
local function wipe_directory(path)
	if not lfs then return nil, "LuaFileSystem is not available"; end
	if type(path) ~= "string" or path == "" or path == "/" or not path:match("^/") then
		return nil, "refusing to wipe " .. tostring(path);
	end
	if lfs.attributes(path, "mode") ~= "directory" then return true; end
	return wipe(path);
end

local function certificates_path()
	local certs = configmanager.get("*", "certificates") or "certs";
	local resolve = configmanager.resolve_relative_path;
	if not resolve then
		resolve = import("util.paths").resolve_relative_path;
	end
	return resolve(prosody.paths.config or ".", certs);
end

-- DELETE /data, DELETE /certs: wipes the directory path() names (what: "Data" or
-- "Certificate") -> the path | nil, error response
local function wipe_route(req, what, path)
	if #req.segments ~= 1 then return nil, ERR.invalid_path; end
	if not allow_wipe then return nil, ERR.wipe_disabled; end
	path = path();
	local ok, err = wipe_directory(path);
	if not ok then return nil, R(500, what .. " directory not wiped: " .. tostring(err)); end
	module:log("warn", "%s directory wiped by %s: %s", what, req.auth_jid, path);
	return path;
end

-- On a host whose stores are not files (storage = "sql"): every record of its stores through the
-- storage layer (the driver's purge of each user that has an account or a keyval record, and of
-- the host's own records), as the data directory holds none of them.
local function purge_host(host)
	local driver, name = storagemanager.get_driver(host);
	if name == "internal" or name == "null" or not driver.purge then return; end
	local users = {};
	local function add(f, state, init) -- an iterator triple (mod_storage_sql's needs all three)
		if not f then return; end
		for username in f, state, init do users[username] = true; end
	end
	add(storagemanager.open(host, "accounts"):users());
	local stores = {};
	if driver.stores then
		local f, state, init = driver:stores(true);
		for store in (f or function () end), state, init do table.insert(stores, store); end
	end
	for _, store in ipairs(stores) do add(storagemanager.open(host, store):users()); end
	for username in pairs(users) do driver:purge(username); end
	driver:purge(""); -- mod_storage_sql keeps a host's own records under the user ""
end

local function purge_stores()
	for name, h in pairs(hosts) do
		if h.type == "local" then purge_host(name); end
	end
end

-- What the published current version answers after a wipe: its reload fails.
local function current_after_wipe() return R(500, "Prosody is not running"); end

function server.data_delete(req)
	local path, err = wipe_route(req, "Data", function () return prosody.paths.data; end);
	if not path then return err; end
	purge_stores();
	forget_lists();
	if level == CURRENT then return current_after_wipe(); end
	return R(200, "Data directory wiped: " .. path);
end

function server.certs_delete(req)
	local path, err = wipe_route(req, "Certificate", certificates_path);
	if not path then return err; end
	if level == CURRENT then return current_after_wipe(); end
	if type(prosody.reload_config) == "function" then prosody.reload_config(); end
	return R(200, "Certificate directory wiped: " .. path);
end

-- ctx: module, options.allow_wipe, compat, emulation, json, users
function server.init(ctx)
	local compat, emulation = ctx.compat, ctx.emulation;
	module, prosody, mm, configmanager = ctx.module, compat.prosody, compat.modulemanager, compat.configmanager;
	hosts, storagemanager = compat.hosts, compat.storagemanager;
	lfs, import, sorted_keys = compat.lfs, compat.import, compat.sorted_keys;
	R, ERR, CRASH, list = ctx.json.R, ctx.json.ERR, emulation.CRASH, ctx.json.list;
	CURRENT, OURS, level = emulation.CURRENT, emulation.OURS, emulation.level;
	allow_wipe, forget_lists = ctx.options.allow_wipe, ctx.users.forget_lists;
	return server;
end

return server;
