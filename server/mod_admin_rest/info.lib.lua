-- mod_admin_rest: GET /ping, and GET /info (ours): the server, the module, its options and
-- extensions, and the process's memory.

local info = {};

-- What this module adds to the published versions (GET /info → extensions)
local EXTENSIONS = { "groups-list", "group-members", "registered-users", "info", "multicast",
	"unload-200", "whitelist-empty-off", "session-details", "wipe-guard",
	"kick", "announce", "message-type", "last-activity", "host-isolation", "auth-throttle", "tokens", "batch" };

local module, prosody, hosts, mm, pposix, sorted_keys;
local R, ERR, list, json_null, json_library;
local options, version;
local host_roles, groups_backend, offline_enabled, whitelist_enabled;
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

function info.info(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local _, groups_name = groups_backend();
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
		groups = groups_name or false;
		json = json_library;
		whitelist = whitelist_enabled();
		wipe_allowed = options.allow_wipe;
		auth_failures = options.auth_failures;
		auth_window = options.auth_window;
		token_lifetime = token_lifetime;
		batch_max = batch_max;
		extensions = list(EXTENSIONS);
	} });
end

-- ctx: module, options, version, compat, json, roles, groups, targets, whitelist, tokens, batch
function info.init(ctx)
	local compat, json = ctx.compat, ctx.json;
	module, prosody, hosts, mm = ctx.module, compat.prosody, compat.hosts, compat.modulemanager;
	pposix, sorted_keys = compat.pposix, compat.sorted_keys;
	R, ERR, list, json_null, json_library = json.R, json.ERR, json.list, json.null, json.library;
	options, version = ctx.options, ctx.version;
	host_roles, groups_backend = ctx.roles.host_roles, ctx.groups.backend;
	offline_enabled, whitelist_enabled = ctx.targets.offline_enabled, ctx.whitelist.enabled;
	token_lifetime, batch_max = ctx.tokens.lifetime, ctx.batch.max;
	return info;
end

return info;
