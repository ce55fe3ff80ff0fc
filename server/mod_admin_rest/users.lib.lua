-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: accounts. GET|POST|DELETE|PATCH /user/<u>, GET /user_connected/<u>, the
-- online sessions (GET /users), and the listings of registered accounts: GET /all-users
-- (current), GET /registered-users and GET /last-activity (ours, paged). Ours also: the enabled
-- state (accounts), PATCH /user/<u>/enabled, and deletion with a grace period (deletion).

local users = {};

local t_insert = table.insert;
local module, hosts, um, nameprep, sorted_keys;
local is_local_host, target_user, existing_user, user_missing, online_user;
local roles, last_active, activity_since, accounts, deletion;
local R, ERR, list, json_null, json_library;
local CLASSIC, CURRENT, OURS, level;
local user_list_ttl, saslprep;

-- Sorted user lists, cached per host, for GET /registered-users and GET /all-users.
local user_list_cache = {};
local DEFAULT_PAGE, MAX_PAGE = 1000, 5000;

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

local function connected(username, user_host)
	if not um.user_exists(username, user_host) then return user_missing(username, user_host); end
	if online_user(user_host, username) then
		return R(200, { connected = true });
	end
	return R(404, { connected = false });
end

-- GET /user/<u>, GET /user/<u>/connected
function users.get(req)
	local seg = req.segments;
	if #seg > 3 or (seg[3] and seg[3] ~= "connected") then return ERR.invalid_path; end
	local username, user_host, err = target_user(req, seg[2]);
	if not username then return err; end
	if seg[3] == "connected" then return connected(username, user_host); end
	if not um.user_exists(username, user_host) then return user_missing(username, user_host); end
	local session = online_user(user_host, username);
	local sessions = {};
	if session then
		for _, resource in ipairs(sorted_keys(session.sessions)) do
			t_insert(sessions, session_info(resource, session.sessions[resource]));
		end
	end
	local user = {
		connected = session ~= nil and next(sessions) ~= nil;
		sessions = list(sessions);
		roster = list({});
		last_activity = level == OURS and (last_active(username, user_host) or json_null) or nil;
	};
	if level == OURS then
		accounts.fields(username, user_host, user);
		deletion.fields(username, user_host, user, json_null);
	end
	return R(200, { user = user });
end

-- GET /user_connected/<u>
function users.connected(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local username, user_host, err = target_user(req, req.segments[2]);
	if not username then return err; end
	return connected(username, user_host);
end

-- After creating or deleting user_jid's account (ok, err: usermanager's answer): logs it
-- and drops the host's cached user list. -> nil | the error response
local function account_changed(user_jid, user_host, doing, done, ok, err)
	if not ok then
		module:log("error", "Could not %s %s: %s", doing, user_jid, tostring(err));
		return ERR.internal_error;
	end
	user_list_cache[user_host] = nil;
	module:log("info", "%s: %s", done, user_jid);
end

-- The request's new password -> password | nil, error response. Prosody's SASLprep (which
-- hashing the password needs) refuses control characters and 1024 bytes or more.
local function password_of(body)
	if not body or type(body.password) ~= "string" or body.password == "" then return nil, ERR.invalid_body; end
	if not saslprep(body.password) then return nil, ERR.invalid_password; end
	return body.password;
end

-- POST /user/<u> {"password"} for an account that exists: classic refuses, the others
-- set the password
local function recreate(username, user_host, password)
	local user_jid = username .. "@" .. user_host;
	if level == CLASSIC then return R(409, "User already exists"); end
	local ok, set_err = um.set_password(username, password, user_host, nil);
	if not ok then
		module:log("error", "Could not update the password of %s: %s", user_jid, tostring(set_err));
		return ERR.internal_error;
	end
	return R(200, ("User <%s> already existed, password updated"):format(user_jid));
end

-- POST /user/<u> {"password", "regip"?}
function users.create(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local username, user_host, err = target_user(req, req.segments[2]);
	if not username then return err; end
	local body = req.body();
	local password, invalid = password_of(body);
	if not password then return invalid; end
	if um.user_exists(username, user_host) then return recreate(username, user_host, password); end
	local user_jid = username .. "@" .. user_host;
	local failed = account_changed(user_jid, user_host, "create", "User registered",
		um.create_user(username, password, user_host));
	if failed then return failed; end
	hosts[user_host].events.fire_event("user-registered", {
		username = username, host = user_host,
		ip = type(body.regip) == "string" and body.regip or req.ip,
		source = "mod_admin_rest";
	});
	return R(201, "User registered: " .. user_jid);
end

-- DELETE /user/<u>
function users.delete(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local username, user_host, err = target_user(req, req.segments[2]);
	if not username then return err; end
	local user_jid = username .. "@" .. user_host;
	if not um.user_exists(username, user_host) then
		return R(level == CLASSIC and 404 or 200, "User does not exist: " .. user_jid);
	end
	local scheduled = level == OURS and deletion.schedule(req, username, user_host);
	if scheduled then return scheduled; end
	local failed = account_changed(user_jid, user_host, "delete", "User deleted", um.delete_user(username, user_host));
	-- Where the host keeps deleted accounts restorable, say that this one is not.
	local final = (level == OURS and not deletion.unavailable(user_host)) and " (final, not restorable)" or "";
	return failed or R(200, "User deleted: " .. user_jid .. final);
end

-- PATCH /user/<u>/password {"password"}, PATCH /user/<u>/role {"role"}
function users.patch(req)
	local seg = req.segments;
	if #seg ~= 3 then return ERR.invalid_path; end
	local attribute = seg[3];
	if attribute == "enabled" and level == OURS then return accounts.patch_enabled(req); end
	if attribute ~= "password" and not (attribute == "role" and level >= CURRENT) then
		return ERR.invalid_path;
	end
	local username, user_host, err = existing_user(req, seg[2]);
	if not username then return err; end
	local body = req.body();
	if attribute == "role" then
		if not body or type(body.role) ~= "string" or body.role == "" then return ERR.invalid_body; end
		return roles.set_role(username, user_host, body.role);
	end
	local password, invalid = password_of(body);
	if not password then return invalid; end
	local ok, set_err = um.set_password(username, password, user_host, nil);
	if not ok then
		module:log("error", "Could not change the password of %s@%s: %s", username, user_host, tostring(set_err));
		return ERR.internal_error;
	end
	return R(200, "User modified: " .. username .. "@" .. user_host);
end

-- GET /users, GET /users/count: the online sessions of the module's host
function users.online(req)
	local seg = req.segments;
	if #seg > 2 or (seg[2] and seg[2] ~= "count") then return ERR.invalid_path; end
	local sessions = hosts[module.host].sessions or {};
	if seg[2] == "count" then
		local count = 0;
		for _ in pairs(sessions) do count = count + 1; end
		return R(200, { count = count });
	end
	local items = {};
	for _, username in ipairs(sorted_keys(sessions)) do
		for _, resource in ipairs(sorted_keys(sessions[username].sessions)) do
			t_insert(items, { username = username, resource = resource });
		end
	end
	return R(200, { users = list(items), count = #items });
end

-- Drops the cached user list of the event's host (every host's without one)
function users.forget_lists(event)
	if event and event.host then
		user_list_cache[event.host] = nil;
	else
		user_list_cache = {};
	end
end

-- -> the host's JIDs, sorted (as JIDs: "ab@h" sorts after "abc@h")
local function sorted_jids(user_host)
	local cached = user_list_cache[user_host];
	if cached and os.time() - cached.built < user_list_ttl then return cached.list; end
	local jids, n = {}, 0;
	local suffix = "@" .. user_host;
	for username in um.users(user_host) do
		n = n + 1;
		jids[n] = username .. suffix;
	end
	table.sort(jids);
	user_list_cache[user_host] = { list = jids, built = os.time() };
	return jids;
end

local function jid_node(jid, user_host)
	return jid:sub(1, -#user_host - 2);
end

-- GET /all-users (current): every registered user with role objects, unpaged
function users.all(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	if level == CURRENT and json_library == "lua-cjson" then
		-- The published version answers 200 with an empty body when lua-cjson is used.
		return { status = 200, raw = "", content_type = "application/json" };
	end
	local items = {};
	for _, jid in ipairs(sorted_jids(module.host)) do
		local role, secondary = roles.user_roles(jid_node(jid, module.host), module.host);
		t_insert(items, { jid = jid, role = role, secondary_roles = list(secondary) });
	end
	return R(200, { users = list(items), count = #items });
end

-- ?offset=O&limit=L[&host=H] -> offset, limit, host | nil, nil, nil, error response
local function page_of(req)
	local q = req.query;
	local offset = tonumber(q.offset or "0");
	local limit = tonumber(q.limit or DEFAULT_PAGE);
	if not offset or not limit or offset < 0 or limit < 1 or offset % 1 ~= 0 or limit % 1 ~= 0 then
		return nil, nil, nil, R(400, "Invalid offset or limit");
	end
	local user_host = module.host;
	if q.host and q.host ~= "" then
		user_host = nameprep(q.host);
		if not is_local_host(user_host) then return nil, nil, nil, ERR.invalid_host; end
		local refused = req.refuse(user_host);
		if refused then return nil, nil, nil, refused; end
	end
	return offset, math.min(limit, MAX_PAGE), user_host;
end

-- The paged user routes (ours): ?offset=O&limit=L[&host=H] over the host's sorted JIDs.
-- item_of(username, user_host, jid) -> one item; extra(user_host) -> more answer fields.
local function paged_users(req, item_of, extra)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local offset, limit, user_host, err = page_of(req);
	if not offset then return err; end
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

-- GET /registered-users?offset=O&limit=L[&host=H][&fields=enabled] (ours). The enabled state
-- costs a read of each account's record on Prosody 13 (it triples a page's time): only on request.
function users.registered(req)
	local with_state = req.query.fields == "enabled";
	return paged_users(req, function (username, user_host, jid)
		local item = { jid = jid, role = roles.role_name(username, user_host) };
		return with_state and accounts.fields(username, user_host, item) or item;
	end);
end

-- GET /last-activity?offset=O&limit=L[&host=H] (ours)
function users.last_activity(req)
	return paged_users(req, function (username, user_host, jid)
		return { jid = jid, online = online_user(user_host, username) ~= nil,
			last_activity = last_active(username, user_host) or json_null };
	end, function (user_host)
		return { since = activity_since(user_host) or json_null };
	end);
end

-- ctx: module, options.user_list_ttl, compat, emulation, json, targets, roles, activity, accounts, deletion
function users.init(ctx)
	local compat, targets, json, emulation = ctx.compat, ctx.targets, ctx.json, ctx.emulation;
	module, hosts, um, nameprep, sorted_keys = ctx.module, compat.hosts, compat.usermanager, compat.nameprep,
		compat.sorted_keys;
	is_local_host, target_user, existing_user = targets.is_local_host, targets.target_user, targets.existing_user;
	user_missing, online_user = targets.user_missing, targets.online_user;
	roles, last_active, activity_since = ctx.roles, ctx.activity.last_active, ctx.activity.since;
	accounts, deletion = ctx.accounts, ctx.deletion;
	R, ERR, list, json_null, json_library = json.R, json.ERR, json.list, json.null, json.library;
	CLASSIC, CURRENT, OURS, level = emulation.CLASSIC, emulation.CURRENT, emulation.OURS, emulation.level;
	user_list_ttl, saslprep = ctx.options.user_list_ttl, compat.saslprep;
	module:hook_global("user-deleted", users.forget_lists);
	module:hook_global("user-created", users.forget_lists);
	module:hook("user-registered", users.forget_lists);
	module:hook("user-deregistered", users.forget_lists);
	return users;
end

return users;
