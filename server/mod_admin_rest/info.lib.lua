-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: GET /ping, and GET /info (ours): the server, the module, its options and
-- extensions, and the process's memory.

local info = {};

-- What this module adds to the published versions (GET /info → extensions)
local EXTENSIONS = { "groups-list", "group-members", "registered-users", "info", "multicast",
	"unload-200", "whitelist-empty-off", "session-details", "wipe-guard",
	"kick", "announce", "message-type", "last-activity", "host-isolation", "auth-throttle", "tokens", "batch" };
-- The extensions that depend on what the host has: name -> the part whose unavailable(host)
-- says why it is missing (listed in extensions where it is there, in unavailable where not)
local HOST_EXTENSIONS = { { "account-disable", "accounts" }, { "invitations", "invites" },
	{ "pending-deletions", "deletion" } };

local module, prosody, hosts, mm, pposix, sorted_keys, storagemanager, configmanager;
local R, ERR, list, json_null, json_library;
local options, version, parts;
local host_roles, groups_backend, offline_enabled, whitelist_enabled;
local optional_parts; -- extension name -> the part whose available() says whether it is listed
local token_lifetime, batch_max;

function info.ping() return R(200, "PONG"); end

-- The process's resident set size in bytes, from /proc (Linux) | nil
local function resident_memory()
	local file = io.open("/proc/self/status", "r");
	if not file then return nil; end
	local status = file:read("*a");
	file:close();
	local kib = status and status:match("VmRSS:%s*(%d+)%s*kB");
	return kib and tonumber(kib) * 1024 or nil;
end

-- The process's heap in bytes (util.pposix.meminfo), else Lua's own
local function process_memory()
	local memory = collectgarbage("count") * 1024;
	if pposix and pposix.meminfo then
		local ok, mem = pcall(pposix.meminfo);
		if ok and type(mem) == "table" and mem.allocated then
			memory = (mem.allocated or 0) + (mem.allocated_mmap or 0);
		end
	end
	return math.floor(memory);
end

-- The VirtualHosts this request's caller may act on, sorted
local function administered_hosts(req)
	local names = {};
	for name, h in pairs(hosts) do
		if h.type == "local" and not req.refuse(name) then table.insert(names, name); end
	end
	table.sort(names);
	return names;
end

-- -> the extensions of this host (EXTENSIONS, the host-dependent ones it has, the optional parts
-- available on this server), { extension = why it is unavailable }
local function host_extensions()
	local names, unavailable = {}, {};
	for _, name in ipairs(EXTENSIONS) do table.insert(names, name); end
	for _, entry in ipairs(HOST_EXTENSIONS) do
		local why = parts[entry[2]].unavailable(module.host);
		if why then unavailable[entry[1]] = why; else table.insert(names, entry[1]); end
	end
	for _, name in ipairs({ "rooms", "federation", "certificates" }) do
		if optional_parts[name].available() then table.insert(names, name); end
	end
	return names, unavailable;
end

-- The storage backend of the host's accounts ("internal", "sql", …) and, for "sql", the
-- database driver ("SQLite3", "PostgreSQL", "MySQL"; the sql option's, SQLite3 by default)
local function storage_of(host)
	local _, backend = storagemanager.get_driver(host, "accounts");
	local driver = json_null;
	if backend == "sql" then
		local sql = configmanager.get(host, "sql");
		driver = type(sql) == "table" and sql.driver or "SQLite3";
	end
	return { accounts = backend or "internal", driver = driver };
end

function info.info(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local _, groups_name = groups_backend();
	local extensions, unavailable = host_extensions();
	return R(200, { info = {
		server = "prosody";
		prosody_version = prosody.version or "unknown";
		module = "admin_rest (ours)";
		module_version = version;
		uptime = os.time() - (prosody.start_time or os.time());
		host = module.host;
		hosts = list(administered_hosts(req));
		roles = list(host_roles(module.host));
		memory = process_memory();
		lua_memory = math.floor(collectgarbage("count") * 1024);
		rss = resident_memory() or json_null;
		started = prosody.start_time and math.floor(prosody.start_time) or json_null;
		modules = #sorted_keys(mm.get_modules(module.host));
		offline = offline_enabled(module.host);
		storage = storage_of(module.host);
		groups = groups_name or false;
		json = json_library;
		whitelist = whitelist_enabled();
		wipe_allowed = options.allow_wipe;
		auth_failures = options.auth_failures;
		auth_window = options.auth_window;
		token_lifetime = token_lifetime;
		batch_max = batch_max;
		extensions = list(extensions);
		unavailable = unavailable;
	} });
end

-- ctx: module, options, version, compat, json, roles, groups, targets, whitelist, rooms, federation,
-- certificates, tokens, batch
function info.init(ctx)
	local compat, json = ctx.compat, ctx.json;
	module, prosody, hosts, mm = ctx.module, compat.prosody, compat.hosts, compat.modulemanager;
	pposix, sorted_keys = compat.pposix, compat.sorted_keys;
	storagemanager, configmanager = compat.storagemanager, compat.configmanager;
	R, ERR, list, json_null, json_library = json.R, json.ERR, json.list, json.null, json.library;
	options, version, parts = ctx.options, ctx.version, ctx;
	host_roles, groups_backend = ctx.roles.host_roles, ctx.groups.backend;
	offline_enabled, whitelist_enabled = ctx.targets.offline_enabled, ctx.whitelist.enabled;
	optional_parts = { rooms = ctx.rooms, federation = ctx.federation, certificates = ctx.certificates };
	token_lifetime, batch_max = ctx.tokens.lifetime, ctx.batch.max;
	return info;
end

return info;
