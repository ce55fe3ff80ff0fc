-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: server-to-server connections (ours). GET /s2s[?host=H] lists them, DELETE
-- /s2s/<id> closes one. Prosody keeps the outgoing ones in hosts[h].s2sout and the incoming ones
-- in prosody.incoming_s2s, on 0.12 and 13 alike; neither records how a connection was
-- authenticated nor since when, so the module does (from the moment it is loaded).

local federation = {};

local t_insert = table.insert;
local module, prosody, hosts, mm;
local R, ERR, list, json_null;
local administers_all, listed_host;
local seen; -- session -> { since = t, mechanism = "dialback" | "EXTERNAL" | … } (weak keys)

local CLOSE_CONDITION = "policy-violation";
local DEFAULT_REASON = "Closed by the server administrator";

local function note(session)
	local rec = seen[session];
	if not rec then rec = { since = os.time() }; seen[session] = rec; end
	return rec;
end

local function local_host(session)
	if session.direction == "outgoing" then return session.from_host; end
	return session.to_host;
end

local function remote_host(session)
	if session.direction == "outgoing" then return session.to_host; end
	return session.from_host;
end

-- certificates: the session was authenticated with SASL EXTERNAL (its certificate) or its
-- certificate was valid for the remote name; dialback: by dialback; null: not (yet) authenticated.
local function auth_method(session, rec)
	local mechanism = rec and rec.mechanism;
	if mechanism == "dialback" then return "dialback"; end
	if mechanism then return "certificate"; end
	if session.type ~= "s2sin" and session.type ~= "s2sout" then return json_null; end
	if session.cert_identity_status == "valid" and session.cert_chain_status == "valid" then return "certificate"; end
	return json_null;
end

local function describe(session)
	local rec = seen[session];
	local conn = session.conn;
	return {
		id = session.id or tostring(session):match("%x+$");
		direction = session.direction;
		["local"] = local_host(session) or json_null;
		remote = remote_host(session) or json_null;
		authenticated = session.type == "s2sin" or session.type == "s2sout";
		secure = session.secure and true or false;
		auth = auth_method(session, rec);
		certificate = session.cert_chain_status and {
			chain = session.cert_chain_status, identity = session.cert_identity_status or json_null } or json_null;
		ip = session.ip or (conn and conn.ip and conn:ip()) or json_null;
		since = rec and rec.since or json_null;
	};
end

-- Every s2s session, outgoing and incoming
local function each_session()
	local sessions = {};
	for _, h in pairs(hosts) do
		for _, session in pairs(h.s2sout or {}) do sessions[session] = true; end
	end
	for session in pairs(prosody.incoming_s2s or {}) do sessions[session] = true; end
	return pairs(sessions);
end

-- May the caller see and close session? Its local host must be one it administers (an
-- incoming session that has not said which host it wants: an administrator of every host).
local function allowed(req, session, only)
	local here = local_host(session);
	if only and here ~= only then return false; end
	if not here or not hosts[here] then return administers_all(req); end
	local parent = here;
	if hosts[here].type ~= "local" then parent = here:match("^[^.]+%.(.+)$"); end
	if not parent or not hosts[parent] or hosts[parent].type ~= "local" then return administers_all(req); end
	return not req.refuse(parent);
end

-- GET /s2s[?host=H]
function federation.get(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local only, err = listed_host(req);
	if err then return err; end
	local items = {};
	for session in each_session() do
		if allowed(req, session, only) then t_insert(items, describe(session)); end
	end
	table.sort(items, function (a, b)
		if a.remote ~= b.remote then return tostring(a.remote) < tostring(b.remote); end
		return a.direction < b.direction;
	end);
	return R(200, { connections = list(items), count = #items });
end

-- DELETE /s2s/<id> {"reason"?}
function federation.delete(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local body = req.body();
	if body == false then return ERR.invalid_body; end
	local reason = type(body) == "table" and body.reason or nil;
	if reason ~= nil and reason ~= json_null and type(reason) ~= "string" then
		return R(400, "Invalid reason: must be a string");
	end
	if type(reason) ~= "string" or reason == "" then reason = DEFAULT_REASON; end
	for session in each_session() do
		local info = describe(session);
		if info.id == req.segments[2] and allowed(req, session) then
			session:close({ condition = CLOSE_CONDITION, text = reason });
			module:log("info", "%s closed the %s s2s connection %s (%s): %s", req.auth_jid, info.direction,
				info.id, tostring(info.remote), reason);
			return R(200, "Connection closed: " .. info.id);
		end
	end
	return R(404, "Connection does not exist: " .. req.segments[2]);
end

-- Federation is available where mod_s2s is loaded
function federation.available()
	return mm.is_loaded(module.host, "s2s") or mm.is_loaded("*", "s2s") or false;
end

-- ctx: module, compat, json, targets
function federation.init(ctx)
	local compat = ctx.compat;
	module, prosody, hosts, mm = ctx.module, compat.prosody, compat.hosts, compat.modulemanager;
	R, ERR, list, json_null = ctx.json.R, ctx.json.ERR, ctx.json.list, ctx.json.null;
	listed_host = ctx.targets.listed_host;
	administers_all = function (req) return not ctx.auth.server_wide_refusal(req.auth_jid, req.method, "s2s"); end;
	seen = module:shared("/*/" .. module.name .. "/s2s_sessions");
	if not getmetatable(seen) then setmetatable(seen, { __mode = "k" }); end
	module:hook_global("s2s-created", function (event) note(event.session); end);
	module:hook("s2sout-created", function (event) note(event.session); end);
	module:hook("s2s-authenticated", function (event)
		note(event.session).mechanism = event.mechanism or "unknown";
	end, 1000);
	return federation;
end

return federation;
