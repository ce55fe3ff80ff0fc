-- mod_admin_rest: a RESTful admin interface for Prosody (this project's own version)
--
-- Wire-compatible with the published mod_admin_rest ("classic" for Prosody 0.9-0.12,
-- "current" for Prosody 13) as described in shared/api/CONTRACT.md, without their
-- bugs, plus extensions (GET /groups, GET /groups/<id>, GET /registered-users,
-- GET /info, DELETE /sessions/<user>, POST /announce, GET /last-activity, message
-- types and subjects). Runs on Prosody 0.12 and 13. Hosts stay apart: a request acts
-- only on hosts its caller administers; failed authentications are throttled per address.
--
-- Layout of this file:
--   1. imports and compatibility helpers (0.12 util.* vs 13 prosody.util.*)
--   2. options and module state (whitelist, emulation level, throttle)
--   3. JSON and response helpers
--   4. path, user, role, host isolation and roster helpers
--   5. groups backends (mod_groups_internal when loaded, else our own store)
--   6. route handlers, one small function per route and method
--   7. the route table
--   8. the request entry point (whitelist, secure, throttled auth, admin check, dispatch)
--
-- See server/README.md for options, routes, security and the emulation modes.

local MODULE_VERSION = "1.0";

---------------------------------------------------------------------------
-- 1. Imports
---------------------------------------------------------------------------

-- Prosody 13 exposes its libraries as prosody.util.*/prosody.core.*, 0.12 as util.*/core.*.
local function import(name)
	local ok, lib = pcall(require, "prosody." .. name);
	if ok and lib then return lib; end
	return require(name);
end

local jid_util = import "util.jid";
local st = import "util.stanza";
local encodings = import "util.encodings";
local http_util = import "util.http";
local ip_util = import "util.ip";
local id_util = import "util.id";
local um = import "core.usermanager";
local rm = import "core.rostermanager";
local mm = import "core.modulemanager";
local storagemanager = import "core.storagemanager";
local configmanager = import "core.configmanager";

local has_pposix, pposix = pcall(import, "util.pposix");
local has_xpcall, xpcall_util = pcall(import, "util.xpcall");
local xpcall = has_xpcall and xpcall_util.xpcall or xpcall; -- passes arguments on Lua 5.1 too
local has_lfs, lfs = pcall(require, "lfs");
local has_time, time_util = pcall(import, "util.time");
local now = has_time and time_util.now or os.time;

local b64_decode = encodings.base64.decode;
local nodeprep = encodings.stringprep.nodeprep;
local nameprep = encodings.stringprep.nameprep;
local resourceprep = encodings.stringprep.resourceprep;

local hosts = prosody.hosts;
local host = module.host;

local t_insert, t_sort, t_concat = table.insert, table.sort, table.concat;

---------------------------------------------------------------------------
-- 2. Options and state
---------------------------------------------------------------------------

local secure = module:get_option_boolean("admin_rest_secure", false);
local base_path = module:get_option_string("admin_rest_base", "/admin_rest");
local allow_wipe = module:get_option_boolean("admin_rest_allow_wipe", false);
local groups_enabled = module:get_option_boolean("admin_rest_groups", true);
local message_prefix = module:get_option_string("admin_rest_message_prefix", nil);
local multicast_prefix = module:get_option_string("admin_rest_multicast_prefix", nil);
local broadcast_prefix = module:get_option_string("admin_rest_broadcast_prefix", nil);

-- Emulation levels: what the published versions answer, for testing clients.
local CLASSIC, CURRENT, OURS = 1, 2, 3;
local LEVELS = { classic = CLASSIC, current = CURRENT, ours = OURS };
local emulate_name = module:get_option_string("admin_rest_emulate", "ours");
local level = LEVELS[emulate_name];
if not level then
	module:log("warn", "Unknown admin_rest_emulate value %q, using \"ours\"", tostring(emulate_name));
	emulate_name, level = "ours", OURS;
end

-- The whitelist is a set of addresses/CIDR ranges, or nil when it is off.
local whitelist;
local configured_whitelist; -- the config's list, as one string, to notice config changes
do
	local configured = module:get_option_array("admin_rest_whitelist", {});
	local sorted = {};
	for _, addr in ipairs(configured) do
		whitelist = whitelist or {};
		whitelist[addr] = true;
		t_insert(sorted, addr);
	end
	t_sort(sorted);
	configured_whitelist = t_concat(sorted, " ");
end

-- Runtime whitelist changes survive a reload of this module (PUT /module/admin_rest),
-- unless the configured whitelist changed meanwhile: then the new config applies.
function module.save()
	local list;
	if whitelist then
		list = {};
		for addr in pairs(whitelist) do t_insert(list, addr); end
	end
	return { whitelist = list, whitelist_saved = true, configured_whitelist = configured_whitelist };
end

function module.restore(data)
	if not (data and data.whitelist_saved) or data.configured_whitelist ~= configured_whitelist then
		return;
	end
	whitelist = nil;
	for _, addr in ipairs(data.whitelist or {}) do
		whitelist = whitelist or {};
		whitelist[addr] = true;
	end
end

-- Prosody 13 roles: only prosody:admin (and roles inheriting it, prosody:operator) may
-- use the API; module:may() checks it. Prosody 0.12 has no permissions: usermanager.is_admin.
local use_may = module.may ~= nil and module.default_permission ~= nil;
if use_may then
	module:default_permission("prosody:admin", ":access");
end

-- Password guessing: failed authentications are counted per client address, over every
-- host the module is loaded on (one table for the whole server). After
-- admin_rest_auth_failures failures within admin_rest_auth_window seconds the address
-- gets 429 until the oldest of them is older than the window. 0 failures: no limit.
local MAX_AUTH_FAILURES = module:get_option_number("admin_rest_auth_failures", 5);
local AUTH_FAILURE_WINDOW = module:get_option_number("admin_rest_auth_window", 60);
local auth_failures = module:shared("/*/" .. module.name .. "/auth_failures"); -- address -> { times }

---------------------------------------------------------------------------
-- 3. JSON and responses
---------------------------------------------------------------------------

local json_encode, json_decode, list, json_null;
local json_library;
do
	-- "auto": lua-cjson when installed, else util.json. "util.json" forces the latter.
	local wanted = module:get_option_string("admin_rest_json", "auto");
	local has_cjson, cjson = false, nil;
	if wanted ~= "util.json" then has_cjson, cjson = pcall(require, "cjson.safe"); end
	if has_cjson and cjson then
		json_library = "lua-cjson";
		json_null = cjson.null;
		-- lua-cjson 2.1 encodes every empty table as {}. An empty list is marked with
		-- a random string that is swapped for [] after encoding.
		local marker = "admin_rest_empty_list_" .. id_util.medium():gsub("[^%w]", "x");
		local quoted = '"' .. marker .. '"';
		json_encode = function (value)
			local s, err = cjson.encode(value);
			if not s then return nil, err; end
			local out, pos = {}, 1;
			while true do
				local a, b = s:find(quoted, pos, true);
				if not a then break; end
				t_insert(out, s:sub(pos, a - 1));
				t_insert(out, "[]");
				pos = b + 1;
			end
			t_insert(out, s:sub(pos));
			return t_concat(out);
		end;
		json_decode = function (s)
			local v = cjson.decode(s);
			return v;
		end;
		list = function (t)
			if next(t) == nil and level == OURS then return marker; end
			return t;
		end;
	else
		json_library = "util.json";
		local json = import "util.json";
		json_null = json.null;
		local array = import "util.array";
		json_encode = function (value)
			local ok, s = pcall(json.encode, value);
			if ok then return s; end
			return nil, s;
		end;
		json_decode = function (s)
			local ok, v = pcall(json.decode, s);
			if ok then return v; end
		end;
		list = function (t)
			if next(t) == nil and level ~= OURS then return t; end
			return array(t);
		end;
	end
end

-- A response is { status, result [, content_type] }: handlers return one, send() writes it.
local function R(status, result, content_type)
	return { status = status, result = result, content_type = content_type };
end

-- What a published version answers with Prosody's own HTML 500 page (a Lua error in
-- its code): handle_request raises an error outside its own error handling.
local CRASH = { crash = true };

local ERR = {
	missing_auth = R(400, "Missing authorization header");
	invalid_auth = R(400, "Invalid authentication details");
	auth_failure = R(401, "Authentication failure");
	unauthorized = R(401, "User must be an administrator");
	invalid_path = R(404, "Invalid request path");
	invalid_method = R(405, "Invalid request method");
	invalid_body = R(400, "Body does not exist or is malformed");
	invalid_host = R(404, "Host does not exist or is malformed");
	invalid_user = R(404, "User does not exist or is malformed");
	invalid_contact = R(404, "Contact does not exist or is malformed");
	drop_message = R(501, "Message dropped per configuration");
	headline_not_stored = R(501, "Message dropped: headline messages are not stored offline");
	internal_error = R(500, "Internal server error");
	wipe_disabled = R(403, "Wipe disabled by configuration");
	group_not_found = R(404, "group-not-found");
};

local function send(event, res)
	if res.crash then error("admin_rest: the published version's unhandled error (emulated)", 0); end
	local response = event.response;
	response.status_code = res.status;
	for name, value in pairs(res.headers or {}) do response.headers[name] = value; end
	if res.raw then -- exact body, no JSON wrapping (e.g. the whitelist's empty 401)
		response.headers.content_type = res.content_type;
		response:send(res.raw);
		return true;
	end
	if res.content_type then
		response.headers.content_type = res.content_type;
		response:send(tostring(res.result or ""));
		return true;
	end
	local body, err = json_encode({ result = res.result });
	if not body then
		module:log("error", "Could not encode response: %s", tostring(err));
		response.status_code = 500;
		body = json_encode({ result = "Internal server error" });
	end
	response.headers.content_type = "application/json";
	response:send(body);
	return true;
end

---------------------------------------------------------------------------
-- 4. Helpers: paths, users, sessions, roles, rosters, messages
---------------------------------------------------------------------------

local function sorted_keys(t)
	local keys = {};
	for k in pairs(t or {}) do
		if type(k) == "string" then t_insert(keys, k); end
	end
	t_sort(keys);
	return keys;
end

local function is_local_host(h)
	return h ~= nil and hosts[h] ~= nil and hosts[h].type == "local";
end

-- The path arrives percent-decoded from Prosody's HTTP parser; it is split on "/".
local function split_path(path)
	local segments = {};
	path = (path or ""):gsub("^/", "");
	if path == "" then return segments, false; end
	for segment in (path .. "/"):gmatch("([^/]*)/") do
		if segment == "" then return segments, false; end
		t_insert(segments, segment);
	end
	return segments, true;
end

-- "<user>" or "<user>@<host>" from a path segment -> username, host | nil, nil, error response.
-- The published versions prepare a bare name like a host name (nameprep), so "a b" is
-- accepted there; current fails with Prosody's 500 page on a host it does not serve.
local function parse_user(segment)
	if not segment then return nil, nil, ERR.invalid_path; end
	local node_part, host_part = segment:match("^(.*)@([^@]*)$");
	if not node_part then
		node_part, host_part = segment, host;
	elseif level == CLASSIC then
		return nil, nil, ERR.invalid_user;
	else
		host_part = nameprep(host_part);
		if not is_local_host(host_part) then
			return nil, nil, level == CURRENT and CRASH or ERR.invalid_host;
		end
	end
	local prep = (level < OURS and node_part == segment) and nameprep or nodeprep;
	local username = prep(node_part);
	if not username or username == "" then
		return nil, nil, ERR.invalid_user;
	end
	return username, host_part;
end

-- A user named by the request, on a host the caller administers
-- -> username, host | nil, nil, error response (malformed, unknown host, or 403)
local function target_user(req, segment)
	local username, user_host, err = parse_user(segment);
	if not username then return nil, nil, err; end
	local refused = req.refuse(user_host);
	if refused then return nil, nil, refused; end
	return username, user_host;
end

local function user_missing(username, user_host)
	return R(404, "User does not exist: " .. username .. "@" .. user_host);
end

local function online_user(user_host, username)
	local h = hosts[user_host];
	return h and h.sessions and h.sessions[username];
end

local function offline_enabled(user_host)
	return mm.is_loaded(user_host, "offline") or mm.is_loaded(user_host, "offline_bind") or false;
end

local function session_info(resource, session)
	local conn = session.conn;
	local info = { resource = resource, id = session.id or (conn and conn.id) or session.streamid };
	if level == OURS then
		info.ip = session.ip or (conn and conn.ip and conn:ip()) or nil;
		if conn then
			if conn.clientport then
				info.port = conn:clientport();
			elseif conn.port then
				info.port = conn:port();
			end
		end
		info.secure = session.secure and true or false;
	end
	return info;
end

-- Roles. Prosody 13 has role objects (usermanager.get_user_role, set_user_role,
-- get_all_roles, provided by mod_authz_internal); on 0.12 a user is prosody:admin or not.
local has_role_objects = um.get_user_role ~= nil and um.set_user_role ~= nil and um.get_all_roles ~= nil;

local ROLE_0_12 = {
	["prosody:admin"] = { name = "prosody:admin", priority = 50, inherits = { "prosody:user" } };
	["prosody:user"] = { name = "prosody:user", priority = 25, inherits = {} };
};
-- Prosody 13's names for an ordinary account, accepted on 0.12 as prosody:user.
local USER_ALIASES_0_12 = { ["prosody:registered"] = true, ["prosody:member"] = true };

local function role_label(role)
	if type(role) == "table" then return tostring(role.name); end
	return tostring(role);
end

-- A role as JSON: { id, name, priority, inherits = [names] }. Prosody 13 gives its role
-- objects a random id that changes at every start: the id sent is the role's name.
local function plain_role(role)
	if type(role) ~= "table" then return nil; end
	local inherits = {};
	for _, parent in ipairs(type(role.inherits) == "table" and role.inherits or {}) do
		t_insert(inherits, role_label(parent));
	end
	return {
		id = tostring(role.name);
		name = tostring(role.name);
		priority = tonumber(role.priority) or 0;
		inherits = list(inherits);
	};
end

-- -> the names of the roles host h has, highest priority first (equal ones by name)
local function host_roles(h)
	if not has_role_objects then return { "prosody:admin", "prosody:user" }; end
	local roles = {};
	for name, role in pairs(um.get_all_roles(h) or {}) do
		if type(role) == "table" then
			t_insert(roles, { name = role.name or name, priority = tonumber(role.priority) or 0 });
		end
	end
	t_sort(roles, function (a, b)
		if a.priority ~= b.priority then return a.priority > b.priority; end
		return a.name < b.name;
	end);
	local names = {};
	for _, role in ipairs(roles) do t_insert(names, role.name); end
	return names;
end

local function role_known(h, name)
	if has_role_objects then
		local all = um.get_all_roles(h);
		return type(all) == "table" and all[name] ~= nil;
	end
	return ROLE_0_12[name] ~= nil or USER_ALIASES_0_12[name] == true;
end

-- The role object (13) or role name (0.12) of a user of host user_host
local function primary_role(username, user_host)
	if has_role_objects then
		return um.get_user_role(username, user_host);
	end
	local roles = um.get_roles and um.get_roles(username .. "@" .. user_host, user_host);
	return (type(roles) == "table" and roles["prosody:admin"]) and "prosody:admin" or "prosody:user";
end

-- -> plain role table, list of secondary role names
local function user_roles(username, user_host)
	if has_role_objects then
		local secondary = {};
		if um.get_user_secondary_roles then
			secondary = sorted_keys(um.get_user_secondary_roles(username, user_host) or {});
		end
		local role = primary_role(username, user_host);
		return plain_role(role) or json_null, secondary;
	end
	local roles = um.get_roles and um.get_roles(username .. "@" .. user_host, user_host) or {};
	if type(roles) ~= "table" then roles = {}; end
	local secondary = {};
	for name, on in pairs(roles) do
		if on and name ~= "prosody:admin" then t_insert(secondary, name); end
	end
	t_sort(secondary);
	return plain_role(ROLE_0_12[primary_role(username, user_host)]), secondary;
end

local function role_name(username, user_host)
	local role = primary_role(username, user_host);
	if role == nil then return json_null; end
	return role_label(role);
end

-- Is the role prosody:admin or one inheriting it (prosody:operator)? For Prosody 13 hosts
-- where this module is not loaded (so its permission is not declared there).
local function role_is_admin(role, depth)
	if type(role) ~= "table" or (depth or 0) > 20 then return false; end
	if role.name == "prosody:admin" then return true; end
	for _, parent in ipairs(type(role.inherits) == "table" and role.inherits or {}) do
		if role_is_admin(parent, (depth or 0) + 1) then return true; end
	end
	return false;
end

-- Is the account listed in the config's admins (globally or for user_host)? Its role is
-- then fixed by the config: a stored role does not change it.
local function admin_by_config(user_jid, user_host)
	for _, scope in ipairs({ "*", user_host }) do
		local admins = configmanager.get(scope, "admins");
		if type(admins) == "table" then
			for _, admin in ipairs(admins) do
				if type(admin) == "string" and jid_util.prep(admin) == user_jid then return true; end
			end
		end
	end
	return false;
end

-- Does the account administer host h? Prosody 13: this module's permission where it is
-- loaded on h (module:may, role based), else a role that is or inherits prosody:admin;
-- Prosody 0.12: usermanager.is_admin (the global admins, h's own admins, stored roles).
local function administers_host(actor, h)
	if not is_local_host(h) then return false; end
	if not use_may then return um.is_admin(actor, h) and true or false; end
	if mm.is_loaded(h, module.name) then
		return module:context(h):may(":access", actor) and true or false;
	end
	local node, actor_host = jid_util.split(actor);
	local role;
	if node and actor_host == h then
		role = um.get_user_role(node, h);
	elseif um.get_jid_role then
		role = um.get_jid_role(actor, h);
	end
	return role_is_admin(role);
end

-- Host isolation: a request acts only on hosts the caller administers and where this
-- module is loaded. -> nil when allowed | 403 response naming the host and why
local function host_refusal(actor, h)
	if not mm.is_loaded(h, module.name) then
		return R(403, ("Not allowed on host %s: admin_rest is not loaded there"):format(h));
	end
	if not administers_host(actor, h) then
		return R(403, ("Not allowed on host %s: %s is not an administrator of %s"):format(h, actor, h));
	end
end

-- Rosters. Items are written directly (subscription "both"), saved, and pushed to
-- the user's online sessions. An item that a group created is marked, so that it goes
-- away with the last group; a contact that existed before stays a contact.
local GROUP_MARK = "admin_rest_group_item";

local function roster_set(username, user_host, contact_jid, group_name)
	local roster = rm.load_roster(username, user_host);
	if not roster then return nil, "roster not loaded"; end
	local item = roster[contact_jid];
	if type(item) ~= "table" then
		item = { groups = {} };
		item[GROUP_MARK] = group_name and true or nil;
		roster[contact_jid] = item;
	elseif not group_name then
		item[GROUP_MARK] = nil; -- added by hand now: keep it whatever the groups do
	end
	item.subscription = "both";
	item.ask = nil;
	item.groups = item.groups or {};
	if group_name then item.groups[group_name] = true; end
	local meta = roster[false];
	if meta and meta.pending then meta.pending[contact_jid] = nil; end
	local ok, err = rm.save_roster(username, user_host, roster, contact_jid);
	if not ok then return nil, err; end
	rm.roster_push(username, user_host, contact_jid);
	return true;
end

-- Removes the contact, or only its membership of group_name (then the item goes when
-- no group is left and a group created it).
local function roster_unset(username, user_host, contact_jid, group_name)
	local roster = rm.load_roster(username, user_host);
	if not roster then return nil, "roster not loaded"; end
	local item = roster[contact_jid];
	if group_name then
		if type(item) ~= "table" or not (item.groups and item.groups[group_name]) then
			return true;
		end
		item.groups[group_name] = nil;
		if next(item.groups) ~= nil or not item[GROUP_MARK] then
			rm.save_roster(username, user_host, roster, contact_jid);
			rm.roster_push(username, user_host, contact_jid);
			return true;
		end
	end
	roster[contact_jid] = nil;
	local meta = roster[false];
	if meta and meta.pending then meta.pending[contact_jid] = nil; end
	local ok, err = rm.save_roster(username, user_host, roster, contact_jid);
	if not ok then return nil, err; end
	rm.roster_push(username, user_host, contact_jid);
	return true;
end

-- Message type and subject (ours): body.type "chat" | "normal" | "headline", body.subject.
-- -> { type?, subject? } | nil, error response. The published versions ignore these
-- fields and send no type attribute (that is, "normal") and no subject.
local MESSAGE_TYPES = { chat = true, normal = true, headline = true };

local function message_options(body)
	if level < OURS or type(body) ~= "table" then return {}; end
	local message_type, subject = body.type, body.subject;
	if message_type == json_null then message_type = nil; end
	if subject == json_null then subject = nil; end
	if message_type ~= nil and not (type(message_type) == "string" and MESSAGE_TYPES[message_type]) then
		return nil, R(400, "Invalid message type: must be chat, normal or headline");
	end
	if subject ~= nil and type(subject) ~= "string" then
		return nil, R(400, "Invalid message subject: must be a string");
	end
	if subject == "" then subject = nil; end
	return { type = message_type, subject = subject };
end

-- The body of a single message, broadcast or announcement:
-- {"message", "type"?, "subject"?} -> body, options | nil, error response
local function message_body(req)
	local body = req.body();
	if not body or type(body.message) ~= "string" then return nil, ERR.invalid_body; end
	local options, err = message_options(body);
	if not options then return nil, err; end
	return body, options;
end

local function new_message(to, from, text, options)
	local message = st.message({ to = to, from = from, type = options and options.type });
	if options and options.subject then message:text_tag("subject", options.subject); end
	return message:text_tag("body", text);
end

-- Delivers a message from the host to a user: to every online session, else to the
-- offline store (headlines are never stored, as Prosody's mod_message does).
-- -> "sent" | "queued" | "dropped" | "not-stored" | "failed" | nil (no such user)
local function deliver(username, user_host, text, options)
	local to = username .. "@" .. user_host;
	local session = online_user(user_host, username);
	if session and session.sessions and next(session.sessions) then
		local message = new_message(to, user_host, text, options);
		for _, s in pairs(session.sessions) do
			s.send(message);
		end
		return "sent";
	end
	if not um.user_exists(username, user_host) then return nil; end
	if not offline_enabled(user_host) then return "dropped"; end
	if options and options.type == "headline" then return "not-stored"; end
	local message = new_message(to, user_host, text, options);
	local ok = hosts[user_host].events.fire_event("message/offline/handle", {
		origin = hosts[user_host], stanza = message, username = username;
	});
	if not ok then return "failed"; end
	return "queued";
end

-- Last activity. Prosody 0.12 keeps none on disk (mod_lastactivity only remembers
-- the last unavailable presence in memory), so the module records every user's last
-- login (resource bind) and logout (resource unbind) in the "admin_rest_activity" store:
-- { login = time, logout = time }. The host-wide record (key nil) holds { since = time }:
-- when recording began on the host. Prosody 13's mod_account_activity and
-- prosody-modules' mod_lastlog2 are read too where they are loaded (the latest time wins).
local ACTIVITY_STORE = "admin_rest_activity";
do
	local store = module:open_store(ACTIVITY_STORE);
	local meta = store:get(nil);
	if type(meta) ~= "table" or type(meta.since) ~= "number" then
		store:set(nil, { since = os.time() });
	end

	local function recorder(field)
		return function (event)
			local session = event.session;
			local username = session and session.username;
			if not username or session.host ~= host then return; end
			-- Not for an account that is gone (a session that ends after its account was deleted).
			local provider = hosts[host].users;
			if provider and provider.user_exists and not provider.user_exists(username) then return; end
			local record = store:get(username);
			if type(record) ~= "table" then record = {}; end
			record[field] = os.time();
			store:set(username, record);
		end;
	end
	module:hook("resource-bind", recorder("login"));
	module:hook("resource-unbind", recorder("logout"));
end

local function activity_since(user_host)
	local meta = storagemanager.open(user_host, ACTIVITY_STORE):get(nil);
	return type(meta) == "table" and tonumber(meta.since) or nil;
end

-- Prosody 13's own record (mod_account_activity: last authentication or logout) | nil
local function account_activity(username, user_host)
	if not mm.is_loaded(user_host, "account_activity") then return nil; end
	local activity = mm.get_module(user_host, "account_activity");
	if activity and type(activity.get_last_active) == "function" then
		local ok, t = pcall(activity.get_last_active, username);
		if ok then return t; end
	end
	local record = storagemanager.open(user_host, "account_activity"):get(username);
	return type(record) == "table" and record.timestamp or nil;
end

-- -> the last login or logout time (the request's time when the user is online) | nil
local function last_active(username, user_host)
	if online_user(user_host, username) then return os.time(); end
	local latest;
	local function consider(t)
		t = tonumber(t);
		if t and (not latest or t > latest) then latest = t; end
	end
	local own = storagemanager.open(user_host, ACTIVITY_STORE):get(username);
	if type(own) == "table" then
		consider(own.login);
		consider(own.logout);
	end
	consider(account_activity(username, user_host));
	if mm.is_loaded(user_host, "lastlog2") then
		local lastlog = storagemanager.open(user_host, "lastlog2"):get(username);
		if type(lastlog) == "table" then
			for _, field in ipairs({ "login", "logout" }) do
				if type(lastlog[field]) == "table" then consider(lastlog[field].timestamp); end
			end
		end
	end
	return latest and math.floor(latest) or nil;
end

---------------------------------------------------------------------------
-- 5. Groups
---------------------------------------------------------------------------

-- mod_groups_internal (Prosody 13, or prosody-modules on 0.12) when it is loaded on
-- this host; otherwise groups kept in our own store, with mutual roster items.
local own_groups = {};
do
	local store = module:open_store("admin_rest_groups");

	local function load_all() return store:get(nil) or {}; end
	local function save_all(all) return store:set(nil, all); end

	local function link_member(all_groups, group, username)
		local user_jid = username .. "@" .. host;
		for member in pairs(group.members) do
			if member ~= username then
				roster_set(username, host, member .. "@" .. host, group.name);
				roster_set(member, host, user_jid, group.name);
			end
		end
	end

	local function unlink_member(group, username)
		local user_jid = username .. "@" .. host;
		for member in pairs(group.members) do
			if member ~= username then
				roster_unset(username, host, member .. "@" .. host, group.name);
				roster_unset(member, host, user_jid, group.name);
			end
		end
	end

	function own_groups.create(info, _create_muc, group_id)
		local all = load_all();
		if group_id then
			if all[group_id] then return nil, "conflict"; end
		else
			repeat group_id = id_util.short():gsub("[^%w]", "x"); until not all[group_id];
		end
		all[group_id] = { name = info.name, members = {} };
		if not save_all(all) then return nil, "internal-server-error"; end
		return group_id;
	end

	function own_groups.delete(group_id)
		local all = load_all();
		local group = all[group_id];
		if not group then return nil, "group-not-found"; end
		for member in pairs(group.members) do
			unlink_member(group, member);
			group.members[member] = nil;
		end
		all[group_id] = nil;
		if not save_all(all) then return nil, "internal-server-error"; end
		return true;
	end

	function own_groups.add_member(group_id, username, _delay_update)
		local all = load_all();
		local group = all[group_id];
		if not group then return nil, "group-not-found"; end
		group.members[username] = true;
		if not save_all(all) then return nil, "internal-server-error"; end
		link_member(all, group, username);
		return true;
	end

	function own_groups.remove_member(group_id, username)
		local all = load_all();
		local group = all[group_id];
		if not group then return nil, "group-not-found"; end
		if not group.members[username] then return nil, "member-not-found"; end
		unlink_member(group, username);
		group.members[username] = nil;
		if not save_all(all) then return nil, "internal-server-error"; end
		return true;
	end

	function own_groups.sync(group_id)
		local all = load_all();
		local group = all[group_id];
		if not group then return nil, "group-not-found"; end
		for member in pairs(group.members) do link_member(all, group, member); end
		return true;
	end

	function own_groups.exists(group_id) return load_all()[group_id] ~= nil; end
	function own_groups.get_info(group_id)
		local group = load_all()[group_id];
		return group and { name = group.name };
	end
	function own_groups.get_members(group_id)
		local group = load_all()[group_id];
		return group and group.members;
	end
	function own_groups.groups()
		local ids = sorted_keys(load_all());
		local i = 0;
		return function () i = i + 1; return ids[i]; end;
	end
end

-- -> backend table, backend name | nil when groups are unavailable
local function groups_backend()
	local internal = hosts[host] and hosts[host].modules and hosts[host].modules.groups_internal;
	if internal and internal.create then return internal, "groups_internal"; end
	if groups_enabled then return own_groups, "admin_rest"; end
	return nil;
end

---------------------------------------------------------------------------
-- 6. Handlers. Each receives req = { event, request, segments, method, auth_jid,
-- ip, body(), query } and returns a response from R()/ERR.
---------------------------------------------------------------------------

local H = {};

-- Sorted user lists, cached per host, for GET /registered-users and GET /all-users.
local user_list_cache = {};

function H.ping() return R(200, "PONG"); end

-- GET /user/<u>, GET /user/<u>/connected
function H.user_get(req)
	local seg = req.segments;
	if #seg > 3 or (seg[3] and seg[3] ~= "connected") then return ERR.invalid_path; end
	local username, user_host, err = target_user(req, seg[2]);
	if not username then return err; end
	if seg[3] == "connected" then return H.connected(username, user_host); end
	if not um.user_exists(username, user_host) then return user_missing(username, user_host); end
	local session = online_user(user_host, username);
	local sessions = {};
	if session then
		for _, resource in ipairs(sorted_keys(session.sessions)) do
			t_insert(sessions, session_info(resource, session.sessions[resource]));
		end
	end
	return R(200, { user = {
		connected = session ~= nil and next(sessions) ~= nil;
		sessions = list(sessions);
		roster = list({});
		last_activity = level == OURS and (last_active(username, user_host) or json_null) or nil;
	} });
end

function H.connected(username, user_host)
	if not um.user_exists(username, user_host) then return user_missing(username, user_host); end
	if online_user(user_host, username) then
		return R(200, { connected = true });
	end
	return R(404, { connected = false });
end

-- GET /user_connected/<u>
function H.user_connected(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local username, user_host, err = target_user(req, req.segments[2]);
	if not username then return err; end
	return H.connected(username, user_host);
end

-- POST /user/<u> {"password", "regip"?}
function H.user_create(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local username, user_host, err = target_user(req, req.segments[2]);
	if not username then return err; end
	local body = req.body();
	if not body or type(body.password) ~= "string" or body.password == "" then return ERR.invalid_body; end
	local user_jid = username .. "@" .. user_host;
	if um.user_exists(username, user_host) then
		if level == CLASSIC then return R(409, "User already exists"); end
		local ok, set_err = um.set_password(username, body.password, user_host, nil);
		if not ok then
			module:log("error", "Could not update the password of %s: %s", user_jid, tostring(set_err));
			return ERR.internal_error;
		end
		return R(200, ("User <%s> already existed, password updated"):format(user_jid));
	end
	local ok, create_err = um.create_user(username, body.password, user_host);
	if not ok then
		module:log("error", "Could not create %s: %s", user_jid, tostring(create_err));
		return ERR.internal_error;
	end
	user_list_cache[user_host] = nil;
	module:log("info", "User registered: %s", user_jid);
	hosts[user_host].events.fire_event("user-registered", {
		username = username, host = user_host,
		ip = type(body.regip) == "string" and body.regip or req.ip,
		source = "mod_admin_rest";
	});
	return R(201, "User registered: " .. user_jid);
end

-- DELETE /user/<u>
function H.user_delete(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local username, user_host, err = target_user(req, req.segments[2]);
	if not username then return err; end
	local user_jid = username .. "@" .. user_host;
	if not um.user_exists(username, user_host) then
		return R(level == CLASSIC and 404 or 200, "User does not exist: " .. user_jid);
	end
	local ok, del_err = um.delete_user(username, user_host);
	if not ok then
		module:log("error", "Could not delete %s: %s", user_jid, tostring(del_err));
		return ERR.internal_error;
	end
	user_list_cache[user_host] = nil;
	module:log("info", "User deleted: %s", user_jid);
	return R(200, "User deleted: " .. user_jid);
end

-- DELETE /sessions/<u>[/<resource>] {"reason"?} (ours): closes the user's sessions (or
-- one) with a policy-violation stream error whose text is the reason.
local KICK_CONDITION = "policy-violation";
local KICK_TEXT = "Disconnected by the server administrator";

function H.sessions_delete(req)
	local seg = req.segments;
	if #seg < 2 or #seg > 3 then return ERR.invalid_path; end
	local username, user_host, err = target_user(req, seg[2]);
	if not username then return err; end
	local body = req.body();
	if body == false then return ERR.invalid_body; end
	local reason = type(body) == "table" and body.reason or nil;
	if reason == json_null then reason = nil; end
	if reason ~= nil and type(reason) ~= "string" then return R(400, "Invalid reason: must be a string"); end
	if reason == nil or reason == "" then reason = KICK_TEXT; end
	local user_jid = username .. "@" .. user_host;
	if not um.user_exists(username, user_host) then return user_missing(username, user_host); end
	local resource = seg[3] and resourceprep(seg[3]);
	local user = online_user(user_host, username);
	local targets = {};
	for name, session in pairs(user and user.sessions or {}) do
		if not seg[3] or name == resource then t_insert(targets, session); end
	end
	if #targets == 0 then
		if seg[3] then return R(404, "Session does not exist: " .. user_jid .. "/" .. seg[3]); end
		return R(404, "User is not connected: " .. user_jid);
	end
	for _, session in ipairs(targets) do
		session:close({ condition = KICK_CONDITION, text = reason });
	end
	module:log("info", "%s closed %d session(s) of %s: %s", req.auth_jid, #targets, user_jid, reason);
	return R(200, { closed = #targets });
end

local function unknown_role(user_host, wanted)
	return R(400, ("Unknown role on %s: %s (the roles here: %s)"):format(user_host, wanted,
		t_concat(host_roles(user_host), ", ")));
end

-- Prosody 0.12: roles are a set of names; only prosody:admin means anything.
local function set_role_0_12(user_jid, user_host, wanted)
	local roles = wanted == "prosody:admin" and { ["prosody:admin"] = true } or {};
	local ok, err = um.set_roles(user_jid, user_host, roles);
	if not ok then return R(500, "Could not set role: " .. tostring(err)); end
	return R(200, "User modified: " .. user_jid);
end

-- Prosody 13: usermanager.set_user_role (it raises an error for a role it does not have).
local function set_role_13(username, user_host, wanted)
	local user_jid = username .. "@" .. user_host;
	local ok, role, err = pcall(um.set_user_role, username, user_host, wanted);
	if not ok then return R(500, "Could not set role: " .. tostring(role)); end
	if not role then return R(500, "Could not set role: " .. tostring(err)); end
	return R(200, "User modified: " .. user_jid);
end

local function set_role(username, user_host, wanted)
	local user_jid = username .. "@" .. user_host;
	if not role_known(user_host, wanted) then
		if level == CURRENT then return CRASH; end -- the published version's unhandled error
		return unknown_role(user_host, wanted);
	end
	if level == OURS and admin_by_config(user_jid, user_host) then
		return R(409, ("Role is fixed by the server configuration (admins): %s is %s"):format(user_jid,
			role_name(username, user_host)));
	end
	if has_role_objects then return set_role_13(username, user_host, wanted); end
	return set_role_0_12(user_jid, user_host, wanted);
end

-- PATCH /user/<u>/password {"password"}, PATCH /user/<u>/role {"role"}
function H.user_patch(req)
	local seg = req.segments;
	if #seg ~= 3 then return ERR.invalid_path; end
	local attribute = seg[3];
	if attribute ~= "password" and not (attribute == "role" and level >= CURRENT) then
		return ERR.invalid_path;
	end
	local username, user_host, err = target_user(req, seg[2]);
	if not username then return err; end
	if not um.user_exists(username, user_host) then return user_missing(username, user_host); end
	local body = req.body();
	if attribute == "password" then
		if not body or type(body.password) ~= "string" or body.password == "" then return ERR.invalid_body; end
		local ok, set_err = um.set_password(username, body.password, user_host, nil);
		if not ok then
			module:log("error", "Could not change the password of %s@%s: %s", username, user_host, tostring(set_err));
			return ERR.internal_error;
		end
		return R(200, "User modified: " .. username .. "@" .. user_host);
	end
	if not body or type(body.role) ~= "string" or body.role == "" then return ERR.invalid_body; end
	return set_role(username, user_host, body.role);
end

-- GET /users, GET /users/count
function H.users(req)
	local seg = req.segments;
	if #seg > 2 or (seg[2] and seg[2] ~= "count") then return ERR.invalid_path; end
	local sessions = hosts[host].sessions or {};
	if seg[2] == "count" then
		local count = 0;
		for _ in pairs(sessions) do count = count + 1; end
		return R(200, { count = count });
	end
	local users = {};
	for _, username in ipairs(sorted_keys(sessions)) do
		for _, resource in ipairs(sorted_keys(sessions[username].sessions)) do
			t_insert(users, { username = username, resource = resource });
		end
	end
	return R(200, { users = list(users), count = #users });
end

local USER_LIST_TTL = module:get_option_number("admin_rest_user_list_ttl", 60);

local function invalidate_user_list(event)
	if event and event.host then
		user_list_cache[event.host] = nil;
	else
		user_list_cache = {};
	end
end
module:hook_global("user-deleted", invalidate_user_list);
module:hook_global("user-created", invalidate_user_list);
module:hook("user-registered", invalidate_user_list);
module:hook("user-deregistered", invalidate_user_list);

-- -> the host's JIDs, sorted (as JIDs: "ab@h" sorts after "abc@h")
local function sorted_jids(user_host)
	local cached = user_list_cache[user_host];
	if cached and os.time() - cached.built < USER_LIST_TTL then return cached.list; end
	local jids, n = {}, 0;
	local suffix = "@" .. user_host;
	for username in um.users(user_host) do
		n = n + 1;
		jids[n] = username .. suffix;
	end
	t_sort(jids);
	user_list_cache[user_host] = { list = jids, built = os.time() };
	return jids;
end

local function jid_node(jid, user_host)
	return jid:sub(1, -#user_host - 2);
end

-- GET /all-users (current): every registered user with role objects, unpaged
function H.all_users(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	if level == CURRENT and json_library == "lua-cjson" then
		-- The published version answers 200 with an empty body when lua-cjson is used.
		return { status = 200, raw = "", content_type = "application/json" };
	end
	local users = {};
	for _, jid in ipairs(sorted_jids(host)) do
		local role, secondary = user_roles(jid_node(jid, host), host);
		t_insert(users, { jid = jid, role = role, secondary_roles = list(secondary) });
	end
	return R(200, { users = list(users), count = #users });
end

-- The paged user routes (ours): ?offset=O&limit=L[&host=H] over the host's sorted JIDs.
-- item_of(username, user_host, jid) -> one item; extra(user_host) -> more answer fields.
local DEFAULT_PAGE, MAX_PAGE = 1000, 5000;
local function paged_users(req, item_of, extra)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local q = req.query;
	local offset = tonumber(q.offset or "0");
	local limit = tonumber(q.limit or DEFAULT_PAGE);
	if not offset or not limit or offset < 0 or limit < 1 or offset % 1 ~= 0 or limit % 1 ~= 0 then
		return R(400, "Invalid offset or limit");
	end
	if limit > MAX_PAGE then limit = MAX_PAGE; end
	local user_host = host;
	if q.host and q.host ~= "" then
		user_host = nameprep(q.host);
		if not is_local_host(user_host) then return ERR.invalid_host; end
		local refused = req.refuse(user_host);
		if refused then return refused; end
	end
	local jids = sorted_jids(user_host);
	local items = {};
	for i = offset + 1, math.min(offset + limit, #jids) do
		local jid = jids[i];
		t_insert(items, item_of(jid_node(jid, user_host), user_host, jid));
	end
	local answer = { users = list(items), offset = math.floor(offset), limit = math.floor(limit),
		count = #items, total = #jids };
	for field, value in pairs(extra and extra(user_host) or {}) do answer[field] = value; end
	return R(200, answer);
end

-- GET /registered-users?offset=O&limit=L[&host=H] (ours)
function H.registered_users(req)
	return paged_users(req, function (username, user_host, jid)
		return { jid = jid, role = role_name(username, user_host) };
	end);
end

-- GET /last-activity?offset=O&limit=L[&host=H] (ours)
function H.last_activity(req)
	return paged_users(req, function (username, user_host, jid)
		return { jid = jid, online = online_user(user_host, username) ~= nil,
			last_activity = last_active(username, user_host) or json_null };
	end, function (user_host)
		return { since = activity_since(user_host) or json_null };
	end);
end

-- GET /roster/<u>
function H.roster_get(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local username, user_host, err = target_user(req, req.segments[2]);
	if not username then return err; end
	if not um.user_exists(username, user_host) then return user_missing(username, user_host); end
	local roster = rm.load_roster(username, user_host) or {};
	local items = {};
	for _, contact in ipairs(sorted_keys(roster)) do
		local item = roster[contact];
		if type(item) == "table" and item.subscription then
			t_insert(items, { "item", {
				jid = contact;
				subscription = item.subscription;
				ask = item.ask;
				name = item.name;
				group = list(sorted_keys(item.groups));
			} });
		end
	end
	return R(200, { roster = list(items), count = #items });
end

local function roster_request(req)
	if #req.segments ~= 2 then return nil, ERR.invalid_path; end
	local username, user_host, err = target_user(req, req.segments[2]);
	if not username then return nil, err; end
	local body = req.body();
	if body == false then return nil, ERR.invalid_body; end
	local contact = body and type(body.contact) == "string" and jid_util.prep(body.contact);
	if not contact then return nil, ERR.invalid_contact; end
	contact = jid_util.bare(contact);
	if not um.user_exists(username, user_host) then return nil, user_missing(username, user_host); end
	return { username = username, host = user_host, jid = username .. "@" .. user_host, contact = contact };
end

-- The contact's own roster is changed too when it is a user of this server, on a host
-- the caller administers (another host's users can be contacts, but their rosters are
-- left alone). -> username, host | nil
local function local_contact(req, contact)
	local node, contact_host = jid_util.split(contact);
	if node and is_local_host(contact_host) and um.user_exists(node, contact_host)
		and not req.refuse(contact_host) then
		return node, contact_host;
	end
end

-- POST /roster/<u> {"contact"}: mutual subscription
function H.roster_add(req)
	local r, err = roster_request(req);
	if not r then return err; end
	if r.contact == r.jid then return ERR.invalid_contact; end
	local ok = roster_set(r.username, r.host, r.contact);
	local node, contact_host = local_contact(req, r.contact);
	if ok and node then ok = roster_set(node, contact_host, r.jid); end
	if not ok then return ERR.internal_error; end
	module:fire_event("roster-registered", { username = r.username, hostname = r.host,
		contact_jid = r.contact, source = "mod_admin_rest" });
	return R(200, "Roster registered: " .. r.jid .. " and " .. r.contact);
end

-- The published versions cancel both subscriptions and drop the item from the user's
-- roster only: the contact keeps the user, with subscription "none".
local function roster_cancel(username, user_host, contact_jid)
	local roster = rm.load_roster(username, user_host);
	local item = roster and roster[contact_jid];
	if type(item) ~= "table" then return true; end
	item.subscription = "none";
	item.ask = nil;
	local meta = roster[false];
	if meta and meta.pending then meta.pending[contact_jid] = nil; end
	local ok, err = rm.save_roster(username, user_host, roster, contact_jid);
	if not ok then return nil, err; end
	rm.roster_push(username, user_host, contact_jid);
	return true;
end

-- DELETE /roster/<u> {"contact"}: removed on both sides (published versions: see roster_cancel)
function H.roster_remove(req)
	local r, err = roster_request(req);
	if not r then return err; end
	local ok = roster_unset(r.username, r.host, r.contact);
	local node, contact_host = local_contact(req, r.contact);
	if ok and node then
		if level == OURS then
			ok = roster_unset(node, contact_host, r.jid);
		else
			ok = roster_cancel(node, contact_host, r.jid);
		end
	end
	if not ok then return ERR.internal_error; end
	module:fire_event("roster-deleted", { username = r.username, hostname = r.host,
		contact_jid = r.contact, source = "mod_admin_rest" });
	return R(200, "Roster deleted: " .. r.jid .. " and " .. r.contact);
end

-- The multicast recipients -> list of { username, host, message } | nil, error response.
-- Unknown or malformed recipients are skipped; one on a host the caller does not
-- administer refuses the whole request before anything is sent.
local function multicast_targets(req, recipients)
	local targets = {};
	for _, recipient in ipairs(recipients) do
		if type(recipient) == "table" and type(recipient.to) == "string" and type(recipient.message) == "string" then
			local username, user_host = parse_user(recipient.to);
			if username then
				local refused = req.refuse(user_host);
				if refused then return nil, refused; end
				t_insert(targets, { username = username, host = user_host, message = recipient.message });
			end
		end
	end
	return targets;
end

local function multicast(req)
	if level == CLASSIC then return CRASH; end -- a traceback before anything is sent
	if level == CURRENT then return ERR.invalid_path; end
	local body = req.body();
	if type(body) ~= "table" then return ERR.invalid_body; end
	local recipients = body.recipients;
	if type(recipients) ~= "table" and body[1] ~= nil then recipients = body; end -- README's bare array
	if type(recipients) ~= "table" then return ERR.invalid_body; end
	local options, options_err = message_options(body);
	if not options then return options_err; end
	local targets, refused = multicast_targets(req, recipients);
	if not targets then return refused; end
	local sent, delayed = 0, 0;
	for _, target in ipairs(targets) do
		local text = multicast_prefix and (multicast_prefix .. target.message) or target.message;
		local outcome = deliver(target.username, target.host, text, options);
		if outcome == "sent" then
			sent = sent + 1;
		elseif outcome == "queued" then
			delayed = delayed + 1;
		end
	end
	if sent + delayed == 0 then return R(404, "No multicast recipients"); end
	local result = "Message multicasted to users: " .. sent .. "/" .. delayed;
	module:log("info", "%s", result);
	return R(200, result);
end

-- POST /message/<u> {"message"}, POST /message {"recipients":[{"to","message"}]}
function H.message(req)
	local seg = req.segments;
	if #seg == 1 then return multicast(req); end
	if #seg ~= 2 then return ERR.invalid_path; end
	local username, user_host, err = target_user(req, seg[2]);
	if not username then return err; end
	local body, options = message_body(req);
	if not body then return options; end
	local text = message_prefix and (message_prefix .. body.message) or body.message;
	local user_jid = username .. "@" .. user_host;
	local outcome = deliver(username, user_host, text, options);
	if outcome == nil then return ERR.invalid_user; end
	if outcome == "dropped" then return ERR.drop_message; end
	if outcome == "not-stored" then return ERR.headline_not_stored; end
	if outcome == "failed" then return ERR.internal_error; end
	if outcome == "queued" then return R(202, "Message sent to offline queue: " .. user_jid); end
	return R(200, "Message sent to user: " .. user_jid);
end

-- POST /broadcast {"message"}
function H.broadcast(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local body, options = message_body(req);
	if not body then return options; end
	local text = broadcast_prefix and (broadcast_prefix .. body.message) or body.message;
	local count = 0;
	for username, user in pairs(hosts[host].sessions or {}) do
		local message = new_message(username .. "@" .. host, host, text, options);
		for _, s in pairs(user.sessions or {}) do
			s.send(message);
		end
		count = count + 1;
	end
	if count > 0 then module:log("info", "Message broadcasted to users: %d", count); end
	return R(200, { count = count });
end

-- POST /announce {"message", "type"?, "subject"?} (ours): every registered user of the
-- host, online ones now, offline ones through their offline queue.
function H.announce(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local body, options = message_body(req);
	if not body then return options; end
	local counts = { sent = 0, queued = 0, dropped = 0, failed = 0 };
	local total = 0;
	for username in um.users(host) do
		total = total + 1;
		local outcome = deliver(username, host, body.message, options);
		if outcome == "not-stored" then outcome = "dropped"; end
		if counts[outcome] then counts[outcome] = counts[outcome] + 1; end
	end
	module:log("info", "Announcement to %d users: %d sent, %d queued offline, %d dropped, %d failed",
		total, counts.sent, counts.queued, counts.dropped, counts.failed);
	return R(200, { count = total, sent = counts.sent, queued = counts.queued,
		dropped = counts.dropped, failed = counts.failed });
end

-- GET /modules, GET /modules/count
function H.modules(req)
	local seg = req.segments;
	if #seg > 2 or (seg[2] and seg[2] ~= "count") then return ERR.invalid_path; end
	local names = sorted_keys(mm.get_modules(host));
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

-- GET /module/<name>
function H.module_get(req)
	local name, err = module_name(req);
	if not name then return err; end
	local loaded = mm.is_loaded(host, name) and true or false;
	return R(loaded and 200 or 404, { module = name, loaded = loaded });
end

-- PUT /module/<name>: load, or reload when loaded
function H.module_load(req)
	local name, err = module_name(req);
	if not name then return err; end
	local fn = mm.is_loaded(host, name) and mm.reload or mm.load;
	local ok, load_err = fn(host, name);
	if not ok then
		module:log("error", "Could not load module %s: %s", name, tostring(load_err));
		if level < OURS then return ERR.internal_error; end
		return R(500, "Module could not be loaded: " .. name .. " (" .. tostring(load_err) .. ")");
	end
	module:log("info", "Module loaded: %s", name);
	return R(200, "Module loaded: " .. name);
end

-- DELETE /module/<name>
function H.module_unload(req)
	local name, err = module_name(req);
	if not name then return err; end
	if not mm.is_loaded(host, name) then
		return R(404, "Module is not loaded:" .. name);
	end
	local ok, unload_err = mm.unload(host, name);
	if level < OURS then return CRASH; end -- the published versions' typo, after unloading
	if not ok then
		return R(500, "Module could not be unloaded: " .. name .. " (" .. tostring(unload_err) .. ")");
	end
	module:log("info", "Module unloaded: %s", name);
	return R(200, "Module unloaded: " .. name);
end

-- GET /whitelist, PUT /whitelist/<address>, DELETE /whitelist/<address>
function H.whitelist_get(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local addresses = sorted_keys(whitelist);
	return R(200, { whitelist = list(addresses), count = #addresses });
end

local function valid_address(addr)
	local ip, bits = ip_util.parse_cidr(addr);
	if not ip then return false; end
	if addr:find("/", 1, true) and not bits then return false; end
	return true;
end

function H.whitelist_add(req)
	if #req.segments == 1 and level < OURS then return CRASH; end -- no address: nil concatenated
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local addr = req.segments[2];
	if level == OURS and not valid_address(addr) then
		return R(400, "Invalid IP address: " .. addr);
	end
	whitelist = whitelist or {};
	whitelist[addr] = true;
	module:log("warn", "IP added to whitelist: %s", addr);
	return R(200, "IP added to whitelist: " .. addr);
end

function H.whitelist_remove(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local addr = req.segments[2];
	if not whitelist or not whitelist[addr] then
		return R(404, "IP is not whitelisted: " .. addr);
	end
	whitelist[addr] = nil;
	if next(whitelist) == nil and level == OURS then
		-- An empty whitelist is no whitelist: everyone is allowed again.
		whitelist = nil;
		module:log("warn", "IP removed from whitelist: %s; the whitelist is now off", addr);
	else
		module:log("warn", "IP removed from whitelist: %s", addr);
	end
	if level < OURS then return R(200, "IP removed from whtielist: " .. addr); end -- sic
	return R(200, "IP removed from whitelist: " .. addr);
end

local function address_allowed(addr)
	if not whitelist then return true; end
	-- The published versions read the address from a field Prosody's connections do not
	-- have: once a whitelist exists (even an empty one) nobody is on it.
	if not addr or level < OURS then return false; end
	if whitelist[addr] then return true; end
	local ip = ip_util.new_ip(addr:gsub("^::ffff:(%d+%.%d+%.%d+%.%d+)$", "%1"));
	if not ip then return false; end
	for entry in pairs(whitelist) do
		local net, bits = ip_util.parse_cidr(entry);
		if net and net.proto == ip.proto and ip_util.match(ip, net, bits) then return true; end
	end
	return false;
end

-- PUT /reload: re-read the config file and reopen the log files, in process
function H.reload(req)
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

-- vCards as raw text: our own store, falling back to the published version's {value=…}.
local function vcard_request(req)
	if #req.segments ~= 2 then return nil, ERR.invalid_path; end
	local username, user_host, err = target_user(req, req.segments[2]);
	if not username then return nil, err; end
	if not um.user_exists(username, user_host) then return nil, user_missing(username, user_host); end
	return { username = username, host = user_host, jid = username .. "@" .. user_host };
end

function H.vcard_get(req)
	local v, err = vcard_request(req);
	if not v then return err; end
	local data = storagemanager.open(v.host, "admin_rest_vcards"):get(v.username);
	if not data then
		local legacy = storagemanager.open(v.host, "vcard"):get(v.username);
		if type(legacy) == "table" and type(legacy.value) == "string" then data = legacy; end
	end
	if type(data) == "table" and type(data.value) == "string" then
		return R(200, data.value, "text/vcard");
	end
	return R(404, ("The user <%s> has no vCard configured."):format(v.jid));
end

function H.vcard_set(req)
	local v, err = vcard_request(req);
	if not v then return err; end
	local raw = req.request.body;
	local content_type = req.request.headers.content_type or "";
	if type(raw) ~= "string" or raw == "" or content_type:match("^application/json") then
		if level == CURRENT then return ERR.internal_error; end -- "Received a request with no body"
		return ERR.invalid_body;
	end
	if not storagemanager.open(v.host, "admin_rest_vcards"):set(v.username, { value = raw }) then
		return ERR.internal_error;
	end
	return R(200, ("vCard stored for <%s>"):format(v.jid));
end

function H.vcard_delete(req)
	local v, err = vcard_request(req);
	if not v then return err; end
	storagemanager.open(v.host, "admin_rest_vcards"):set(v.username, nil);
	local legacy_store = storagemanager.open(v.host, "vcard");
	local legacy = legacy_store:get(v.username);
	if type(legacy) == "table" and type(legacy.value) == "string" then legacy_store:set(v.username, nil); end
	return R(200, ("vCard deleted for <%s>"):format(v.jid));
end

-- Groups: PUT /groups, PUT /groups/<id>, DELETE /groups/<id>,
-- PUT|DELETE /groups/<id>/members/<user>, POST /groups/<id>/sync, GET /groups[/<id>]
local function group_member(req, segment)
	local username, user_host, err = target_user(req, segment);
	if not username then return nil, err; end
	if user_host ~= host then return nil, ERR.invalid_user; end
	return username;
end

-- The current version answers 500 with the error for anything that fails, except a
-- missing group when a member is added (404) and a name clash (409).
local function group_error(err)
	if err == "conflict" then return R(409, "conflict"); end
	if level == CURRENT then return R(500, tostring(err or "internal-server-error")); end
	if err == "group-not-found" then return ERR.group_not_found; end
	if err == "member-not-found" then return R(404, "member-not-found"); end
	return R(500, tostring(err or "internal-server-error"));
end

function H.groups_put(req)
	local groups = req.groups;
	local seg = req.segments;
	if #seg == 4 and seg[3] == "members" then
		local username, err = group_member(req, seg[4]);
		if not username then return err; end
		-- The current version hands any name to the groups module.
		if level == OURS and not um.user_exists(username, host) then return user_missing(username, host); end
		local body = req.body() or {};
		if not groups.exists(seg[2]) then return ERR.group_not_found; end
		local ok, add_err = groups.add_member(seg[2], username, type(body) == "table" and body.delay_update == true);
		if not ok then return group_error(add_err); end
		return R(200, ("Member '%s' successfully added to group '%s'."):format(username, seg[2]));
	end
	if #seg > 2 then return ERR.invalid_path; end
	local body = req.body();
	if type(body) ~= "table" then return ERR.invalid_body; end
	if type(body.name) ~= "string" or body.name == "" then return R(400, "Body must contain a `name` key"); end
	local group_id = seg[2] or (type(body.group_id) == "string" and body.group_id ~= "" and body.group_id) or nil;
	if group_id and group_id:find("/", 1, true) then return ERR.invalid_path; end
	local new_id, err = groups.create({ name = body.name }, body.create_default_muc == true, group_id);
	if not new_id then return group_error(err); end
	return R(200, { group_id = new_id });
end

function H.groups_delete(req)
	local groups = req.groups;
	local seg = req.segments;
	if #seg == 4 and seg[3] == "members" then
		local username, err = group_member(req, seg[4]);
		if not username then return err; end
		if not groups.exists(seg[2]) then return group_error("group-not-found"); end
		local ok, remove_err = groups.remove_member(seg[2], username);
		if not ok then return group_error(remove_err); end
		return R(200, ("Member '%s' successfully removed from group '%s'."):format(username, seg[2]));
	end
	if #seg ~= 2 then return ERR.invalid_path; end
	if not groups.exists(seg[2]) then return group_error("group-not-found"); end
	local ok, err = groups.delete(seg[2]);
	if not ok then return group_error(err); end
	return R(200, ("Group '%s' deleted successfully."):format(seg[2]));
end

function H.groups_post(req)
	local seg = req.segments;
	if #seg ~= 3 or seg[3] ~= "sync" then return ERR.invalid_path; end
	if level == OURS and not req.groups.exists(seg[2]) then return ERR.group_not_found; end
	local ok, err = req.groups.sync(seg[2]);
	if ok == nil and err and level == OURS then return group_error(err); end
	return R(200, ("Group '%s' synchronised."):format(seg[2]));
end

local function member_names(members)
	return sorted_keys(members);
end

function H.groups_get(req)
	local groups = req.groups;
	local seg = req.segments;
	if #seg == 1 then
		local items = {};
		for group_id in groups.groups() do
			local info = groups.get_info(group_id) or {};
			local members = member_names(groups.get_members(group_id));
			t_insert(items, { id = group_id, name = info.name or group_id, count = #members });
		end
		t_sort(items, function (a, b) return a.id < b.id; end);
		return R(200, { groups = list(items), count = #items });
	end
	if #seg ~= 2 then return ERR.invalid_path; end
	local info = groups.get_info(seg[2]);
	if not info then return ERR.group_not_found; end
	return R(200, { group = { id = seg[2], name = info.name or seg[2],
		members = list(member_names(groups.get_members(seg[2]))) } });
end

-- DELETE /data, DELETE /certs: wipe a directory's contents (only when allowed)
local function wipe_directory(path)
	if not has_lfs then return nil, "LuaFileSystem is not available"; end
	if type(path) ~= "string" or path == "" or path == "/" or not path:match("^/") then
		return nil, "refusing to wipe " .. tostring(path);
	end
	local function wipe(dir)
		for entry in lfs.dir(dir) do
			if entry ~= "." and entry ~= ".." then
				local full = dir .. "/" .. entry;
				local mode = lfs.symlinkattributes(full, "mode");
				if mode == "directory" then
					wipe(full);
					local ok, err = lfs.rmdir(full);
					if not ok then return nil, err; end
				else
					local ok, err = os.remove(full);
					if not ok then return nil, err; end
				end
			end
		end
		return true;
	end
	if lfs.attributes(path, "mode") ~= "directory" then return true; end
	return wipe(path);
end

local function certificates_path()
	local certs = configmanager.get("*", "certificates") or "certs";
	local resolve = configmanager.resolve_relative_path;
	if not resolve then
		local paths = import "util.paths";
		resolve = paths.resolve_relative_path;
	end
	return resolve(prosody.paths.config or ".", certs);
end

function H.data_delete(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	if not allow_wipe then return ERR.wipe_disabled; end
	local path = prosody.paths.data;
	local ok, err = wipe_directory(path);
	if not ok then return R(500, "Data directory not wiped: " .. tostring(err)); end
	user_list_cache = {};
	module:log("warn", "Data directory wiped by %s: %s", req.auth_jid, path);
	if level == CURRENT then return R(500, "Prosody is not running"); end -- its reload, after the wipe
	return R(200, "Data directory wiped: " .. path);
end

function H.certs_delete(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	if not allow_wipe then return ERR.wipe_disabled; end
	local path = certificates_path();
	local ok, err = wipe_directory(path);
	if not ok then return R(500, "Certificate directory not wiped: " .. tostring(err)); end
	module:log("warn", "Certificate directory wiped by %s: %s", req.auth_jid, path);
	if level == CURRENT then return R(500, "Prosody is not running"); end -- its reload, after the wipe
	if type(prosody.reload_config) == "function" then prosody.reload_config(); end
	return R(200, "Certificate directory wiped: " .. path);
end

-- GET /info (ours)
local EXTENSIONS = { "groups-list", "group-members", "registered-users", "info", "multicast",
	"unload-200", "whitelist-empty-off", "session-details", "wipe-guard",
	"kick", "announce", "message-type", "last-activity", "host-isolation", "auth-throttle" };

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
	if has_pposix and pposix and pposix.meminfo then
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
		if h.type == "local" and not req.refuse(name) then t_insert(names, name); end
	end
	t_sort(names);
	return names;
end

function H.info(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local _, groups_name = groups_backend();
	return R(200, { info = {
		server = "prosody";
		prosody_version = prosody.version or "unknown";
		module = "admin_rest (ours)";
		module_version = MODULE_VERSION;
		uptime = os.time() - (prosody.start_time or os.time());
		host = host;
		hosts = list(administered_hosts(req));
		roles = list(host_roles(host));
		memory = process_memory();
		lua_memory = math.floor(collectgarbage("count") * 1024);
		rss = resident_memory() or json_null;
		started = prosody.start_time and math.floor(prosody.start_time) or json_null;
		modules = #sorted_keys(mm.get_modules(host));
		offline = offline_enabled(host);
		groups = groups_name or false;
		json = json_library;
		whitelist = whitelist ~= nil;
		wipe_allowed = allow_wipe;
		auth_failures = MAX_AUTH_FAILURES;
		auth_window = AUTH_FAILURE_WINDOW;
		extensions = list(EXTENSIONS);
	} });
end

---------------------------------------------------------------------------
-- 7. Routes: first path segment -> { level = lowest emulation level having it,
-- server_wide = acts on every host (only for administrators of every host),
-- needs_groups = only where groups are available, METHOD = handler or { handler, level } }
---------------------------------------------------------------------------

local function ours(handler) return { handler, OURS }; end

local ROUTES = {
	ping = { level = CLASSIC, GET = H.ping };
	user = { level = CLASSIC, GET = H.user_get, POST = H.user_create, DELETE = H.user_delete, PATCH = H.user_patch };
	user_connected = { level = CLASSIC, GET = H.user_connected };
	users = { level = CLASSIC, GET = H.users };
	["all-users"] = { level = CURRENT, GET = H.all_users };
	["registered-users"] = { level = OURS, GET = H.registered_users };
	roster = { level = CLASSIC, GET = H.roster_get, POST = H.roster_add, DELETE = H.roster_remove };
	message = { level = CLASSIC, POST = H.message };
	broadcast = { level = CLASSIC, POST = H.broadcast };
	modules = { level = CLASSIC, GET = H.modules };
	module = { level = CLASSIC, GET = H.module_get, PUT = H.module_load, DELETE = H.module_unload };
	whitelist = { level = CLASSIC, GET = H.whitelist_get, PUT = H.whitelist_add, DELETE = H.whitelist_remove };
	reload = { level = CURRENT, server_wide = true, PUT = H.reload };
	vcards = { level = CURRENT, GET = H.vcard_get, PUT = H.vcard_set, DELETE = H.vcard_delete };
	groups = { level = CURRENT, needs_groups = true,
		GET = ours(H.groups_get), PUT = H.groups_put, DELETE = H.groups_delete, POST = H.groups_post };
	data = { level = CURRENT, server_wide = true, DELETE = H.data_delete };
	certs = { level = CURRENT, server_wide = true, DELETE = H.certs_delete };
	info = { level = OURS, GET = H.info };
	sessions = { level = OURS, DELETE = H.sessions_delete };
	announce = { level = OURS, POST = H.announce };
	["last-activity"] = { level = OURS, GET = H.last_activity };
};

---------------------------------------------------------------------------
-- 8. Entry point
---------------------------------------------------------------------------

local function request_ip(request)
	if request.ip then return request.ip; end
	local conn = request.conn;
	return conn and conn.ip and conn:ip() or nil;
end

-- Failed authentications from addr within the window -> count, time of the oldest
local function recent_failures(addr, t)
	local kept = {};
	for _, failed_at in ipairs(auth_failures[addr] or {}) do
		if t - failed_at < AUTH_FAILURE_WINDOW then t_insert(kept, failed_at); end
	end
	auth_failures[addr] = kept[1] and kept or nil;
	return #kept, kept[1];
end

-- -> seconds addr has to wait before it may try a password again | nil
local function auth_blocked(addr)
	if MAX_AUTH_FAILURES <= 0 then return nil; end
	local t = now();
	local count, oldest = recent_failures(addr, t);
	if count < MAX_AUTH_FAILURES then return nil; end
	return math.max(1, math.ceil(oldest + AUTH_FAILURE_WINDOW - t));
end

local failures_since_sweep = 0;
local function record_auth_failure(addr, user_jid)
	local t = now();
	local count = recent_failures(addr, t) + 1;
	local times = auth_failures[addr] or {};
	t_insert(times, t);
	auth_failures[addr] = times;
	module:log("warn", "Authentication failure for %s from %s (%d within %d s)", user_jid, addr, count,
		AUTH_FAILURE_WINDOW);
	failures_since_sweep = failures_since_sweep + 1;
	if failures_since_sweep >= 256 then -- forget addresses whose failures are all old
		failures_since_sweep = 0;
		for other in pairs(auth_failures) do recent_failures(other, t); end
	end
end

local function too_many_failures(addr, user_jid, wait)
	module:log("warn", "Authentication of %s from %s refused: %d failures within %d s, retry in %d s",
		user_jid, addr, MAX_AUTH_FAILURES, AUTH_FAILURE_WINDOW, wait);
	local res = R(429, ("Too many failed authentications from %s: retry in %d s"):format(addr, wait));
	res.headers = { retry_after = tostring(wait) };
	return res;
end

-- "Basic base64(jid:password)" -> prepped JID, password | nil, error response
local function credentials(header)
	local token = header:match("^%s*[Bb]asic%s+(%S+)%s*$");
	-- The published versions fail with Prosody's 500 page on a credential that is not base64.
	if level < OURS and token and not token:match("^[%w+/]+=*$") then return nil, CRASH; end
	local decoded = token and b64_decode(token);
	local username, password;
	if type(decoded) == "string" then
		username, password = decoded:match("^([^:]*):(.*)$");
	end
	username = username and jid_util.prep(username);
	if not username or not password then return nil, ERR.invalid_auth; end
	return username, password;
end

-- -> auth jid | nil, error response. addr: the client's address, for the throttle.
local function authenticate(request, addr)
	local header = request.headers.authorization;
	if not header then return nil, ERR.missing_auth; end
	local username, password = credentials(header);
	if not username then return nil, password; end
	local node, auth_host, resource = jid_util.split(username);
	if resource then return nil, ERR.invalid_auth; end
	if not is_local_host(auth_host) then return nil, ERR.invalid_host; end
	local wait = auth_blocked(addr);
	if wait then return nil, too_many_failures(addr, username, wait); end
	if not node or not um.test_password(node, auth_host, password) then
		record_auth_failure(addr, username);
		return nil, ERR.auth_failure;
	end
	return node .. "@" .. auth_host;
end

local function body_reader(request)
	local parsed, done;
	return function ()
		if done then return parsed; end
		done = true;
		local raw = request.body;
		if type(raw) ~= "string" or raw == "" then parsed = nil; return nil; end
		local content_type = request.headers.content_type or "";
		if content_type:match("^application/json") or raw:find("{", 1, true) then
			local value = json_decode(raw);
			if type(value) ~= "table" then parsed = false; return false; end
			parsed = value;
		else
			parsed = false; -- a raw text body where JSON was expected
		end
		return parsed;
	end;
end

-- The published versions percent-decode the path a second time and ignore a trailing "/".
local function published_path(path)
	path = http_util.urldecode(path or "");
	return (path:gsub("/$", ""));
end

-- -> handler | nil, error response
local function find_handler(route, method)
	if not route or route.level > level then return nil, ERR.invalid_path; end
	if route.needs_groups and not groups_backend() then return nil, ERR.invalid_path; end
	local entry = route[method];
	local handler = entry;
	if type(entry) == "table" then
		handler = entry[2] <= level and entry[1] or nil;
	end
	if not handler then return nil, ERR.invalid_method; end
	return handler;
end

-- A server-wide route (reload, wipes) acts on every host: only for an administrator of each.
local function server_wide_refusal(auth_jid, method, name)
	local names = sorted_keys(hosts);
	for _, h in ipairs(names) do
		if is_local_host(h) and not administers_host(auth_jid, h) then
			return R(403, ("Not allowed: %s /%s acts on every host of this server and %s is not an "
				.. "administrator of %s"):format(method, name, auth_jid, h));
		end
	end
end

-- req.refuse(h): nil when the caller may act on host h, else the 403 to answer (memoized)
local function host_guard(auth_jid)
	local answers = {};
	return function (h)
		if answers[h] == nil then answers[h] = host_refusal(auth_jid, h) or false; end
		return answers[h] or nil;
	end;
end

local function new_request(event, segments, auth_jid, ip)
	local request = event.request;
	local query = request.url and request.url.query and http_util.formdecode(request.url.query);
	return {
		event = event;
		request = request;
		method = request.method;
		segments = segments;
		auth_jid = auth_jid;
		ip = ip;
		groups = groups_backend();
		body = body_reader(request);
		query = type(query) == "table" and query or {};
		refuse = host_guard(auth_jid);
	};
end

local function run_handler(handler, req, path)
	local ok, res = xpcall(handler, debug.traceback, req);
	if not ok then
		module:log("error", "Error in %s %s: %s", req.method, path, tostring(res));
		return ERR.internal_error;
	end
	return res or ERR.internal_error;
end

local function handle_request(event, path)
	local request = event.request;
	local ip = request_ip(request);

	if not address_allowed(ip) then
		module:log("warn", "Request from %s refused: not whitelisted", tostring(ip));
		return send(event, { status = 401, raw = "" });
	end

	if secure and not request.secure then return; end -- Prosody's own 404 page

	local auth_jid, auth_err = authenticate(request, ip or "unknown");
	if not auth_jid then return send(event, auth_err); end

	if level < OURS then path = published_path(path); end
	local segments, valid = split_path(path);

	if not administers_host(auth_jid, host) then
		module:log("warn", "%s is not an administrator of %s", auth_jid, host);
		return send(event, ERR.unauthorized);
	end

	local route = valid and ROUTES[segments[1]] or nil;
	local handler, route_err = find_handler(route, request.method);
	if not handler then return send(event, route_err); end

	if route.server_wide then
		local refused = server_wide_refusal(auth_jid, request.method, segments[1]);
		if refused then return send(event, refused); end
	end

	return send(event, run_handler(handler, new_request(event, segments, auth_jid, ip), path));
end

module:depends("http");

module:provides("http", {
	name = "admin_rest";
	default_path = base_path;
	route = {
		["GET /*"] = handle_request;
		["POST /*"] = handle_request;
		["PUT /*"] = handle_request;
		["DELETE /*"] = handle_request;
		["PATCH /*"] = handle_request;
	};
});

module:log("info", "admin_rest %s loaded (emulating %s)", MODULE_VERSION, emulate_name);
