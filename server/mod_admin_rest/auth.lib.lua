-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: who may call. HTTP Basic authentication with a full JID, throttled per
-- client address; the administrator check for the host that answers; host isolation (a
-- request acts only on hosts its caller administers) and the server-wide routes (only
-- for an administrator of every host).

local auth = {};

local t_insert = table.insert;
local module, hosts, um, mm, jid_util, b64_decode, now, sorted_keys;
local is_local_host, role_is_admin;
local R, ERR, CRASH, OURS, level;
local use_may;
-- Password guessing: failed authentications are counted per client address, over every
-- host the module is loaded on (one table for the whole server). After max_failures
-- failures within window seconds the address gets 429 until the oldest of them is older
-- than the window. 0 failures: no limit.
local max_failures, window;
local auth_failures; -- address -> { times }
local failures_since_sweep = 0;

function auth.request_ip(request)
	if request.ip then return request.ip; end
	local conn = request.conn;
	return conn and conn.ip and conn:ip() or nil;
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

-- req.refuse(h): nil when the caller may act on host h, else the 403 to answer (memoized)
function auth.host_guard(auth_jid)
	local answers = {};
	return function (h)
		if answers[h] == nil then answers[h] = host_refusal(auth_jid, h) or false; end
		return answers[h] or nil;
	end;
end

-- A server-wide route (reload, wipes) acts on every host: only for an administrator of each.
function auth.server_wide_refusal(auth_jid, method, name)
	for _, h in ipairs(sorted_keys(hosts)) do
		if is_local_host(h) and not administers_host(auth_jid, h) then
			return R(403, ("Not allowed: %s /%s acts on every host of this server and %s is not an "
				.. "administrator of %s"):format(method, name, auth_jid, h));
		end
	end
end

-- Failed authentications from addr within the window -> count, time of the oldest
local function recent_failures(addr, t)
	local kept = {};
	for _, failed_at in ipairs(auth_failures[addr] or {}) do
		if t - failed_at < window then t_insert(kept, failed_at); end
	end
	auth_failures[addr] = kept[1] and kept or nil;
	return #kept, kept[1];
end

-- -> seconds addr has to wait before it may try a password again | nil
local function auth_blocked(addr)
	if max_failures <= 0 then return nil; end
	local t = now();
	local count, oldest = recent_failures(addr, t);
	if count < max_failures then return nil; end
	return math.max(1, math.ceil(oldest + window - t));
end

local function record_auth_failure(addr, user_jid)
	local t = now();
	local count = recent_failures(addr, t) + 1;
	local times = auth_failures[addr] or {};
	t_insert(times, t);
	auth_failures[addr] = times;
	module:log("warn", "Authentication failure for %s from %s (%d within %d s)", user_jid, addr, count, window);
	failures_since_sweep = failures_since_sweep + 1;
	if failures_since_sweep >= 256 then -- forget addresses whose failures are all old
		failures_since_sweep = 0;
		for other in pairs(auth_failures) do recent_failures(other, t); end
	end
end

local function too_many_failures(addr, user_jid, wait)
	module:log("warn", "Authentication of %s from %s refused: %d failures within %d s, retry in %d s",
		user_jid, addr, max_failures, window, wait);
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

-- "Bearer <token>" (ours, tokens.lib.lua) -> auth jid, nil, token hash | nil, error response
local check_token;
local function bearer(token, addr)
	local wait = auth_blocked(addr);
	if wait then return nil, too_many_failures(addr, "a bearer token", wait); end
	local auth_jid, hash_or_err, counts = check_token(token);
	if not auth_jid then
		if counts then record_auth_failure(addr, "a bearer token"); end
		return nil, hash_or_err;
	end
	return auth_jid, nil, hash_or_err;
end

function auth.accept_tokens(check) check_token = check; end

-- -> auth jid, nil, token hash (when a token authenticated) | nil, error response.
-- addr: the client's address, for the throttle.
function auth.authenticate(request, addr)
	local header = request.headers.authorization;
	if not header then return nil, ERR.missing_auth; end
	local token = check_token and header:match("^%s*[Bb]earer%s+(%S+)%s*$");
	if token then return bearer(token, addr); end
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

-- ctx: module, options.auth_failures, options.auth_window, compat, emulation, json, targets, roles
function auth.init(ctx)
	local compat, emulation = ctx.compat, ctx.emulation;
	module = ctx.module;
	hosts, um, mm, jid_util = compat.hosts, compat.usermanager, compat.modulemanager, compat.jid;
	b64_decode, now, sorted_keys = compat.b64_decode, compat.now, compat.sorted_keys;
	is_local_host, role_is_admin = ctx.targets.is_local_host, ctx.roles.role_is_admin;
	R, ERR, CRASH, OURS, level = ctx.json.R, ctx.json.ERR, emulation.CRASH, emulation.OURS, emulation.level;
	max_failures, window = ctx.options.auth_failures, ctx.options.auth_window;
	auth_failures = module:shared("/*/" .. module.name .. "/auth_failures");
	-- Prosody 13 roles: only prosody:admin (and roles inheriting it, prosody:operator) may
	-- use the API; module:may() checks it. Prosody 0.12 has no permissions: usermanager.is_admin.
	use_may = module.may ~= nil and module.default_permission ~= nil;
	if use_may then
		module:default_permission("prosody:admin", ":access");
	end
	return auth;
end

auth.administers_host = administers_host;

return auth;
