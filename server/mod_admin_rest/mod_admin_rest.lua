-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: a RESTful admin interface for Prosody (this project's own version)
--
-- Wire-compatible with the published mod_admin_rest ("classic" for Prosody 0.9-0.12,
-- "current" for Prosody 13) as described in shared/api/CONTRACT.md, without their
-- bugs, plus extensions (GET /groups, GET /groups/<id>, GET /registered-users,
-- GET /info, DELETE /sessions/<user>, POST /announce, GET /last-activity, POST|DELETE /token,
-- POST /batch/<operation>, message types and subjects). Runs on Prosody 0.12 and 13. Hosts stay apart: a request acts
-- only on hosts its caller administers; failed authentications are throttled per address.
--
-- The module is this folder: install it by copying the folder mod_admin_rest/ into a
-- directory named by plugin_paths. This file holds the options, the route table and the
-- entry point; each concern is a *.lib.lua beside it, loaded with module:require (which
-- finds mod_admin_rest/<name>.lib.lua on Prosody 0.12 and 13) and given what it needs in
-- one context table (ctx), in this order:
--   compat     Prosody's libraries (0.12 util.* vs 13 prosody.util.*), table helpers
--   emulation  the emulation levels (admin_rest_emulate: ours, current, classic)
--   json       JSON in and out, the answers (R, ERR) and send()
--   targets    paths, users named by a request, who is online
--   roles      roles on 0.12 and 13
--   auth       authentication, its throttle, the administrator check, host isolation
--   tokens     POST|DELETE /token: bearer tokens (sign in once)
--   whitelist  admin_rest_whitelist and its routes
--   activity   last activity: the module's own record, mod_account_activity, mod_lastlog2
--   accounts   disabled accounts (13: usermanager; 0.12: own store, auth provider guarded)
--   deletion   deletion with a grace period, pending deletions, restore (13)
--   rosters    roster routes and the roster items groups make
--   users      account routes and the listings of accounts
--   batch      POST /batch/<operation>: many users' creations, deletions, details, rosters in one request
--   messaging  message, multicast, broadcast, announce, kick
--   groups     group routes (mod_groups_internal, else our own store)
--   server     modules, reload, wipes
--   vcards     vCard routes
--   invites    invitations through mod_invites
--   muc        the MUC components, their rooms' owner hosts and recorded activity
--   rooms      room routes (ours)
--   federation server-to-server connection routes (ours)
--   certificates  the certificates the server uses (ours)
--   info       ping and info
--
-- See server/README.md for options, routes, security and the emulation modes.

local MODULE_VERSION = "1.0";

---------------------------------------------------------------------------
-- Options
---------------------------------------------------------------------------

local options = {
	secure = module:get_option_boolean("admin_rest_secure", false);
	base_path = module:get_option_string("admin_rest_base", "/admin_rest");
	allow_wipe = module:get_option_boolean("admin_rest_allow_wipe", false);
	groups_enabled = module:get_option_boolean("admin_rest_groups", true);
	message_prefix = module:get_option_string("admin_rest_message_prefix", nil);
	multicast_prefix = module:get_option_string("admin_rest_multicast_prefix", nil);
	broadcast_prefix = module:get_option_string("admin_rest_broadcast_prefix", nil);
	emulate = module:get_option_string("admin_rest_emulate", "ours");
	json = module:get_option_string("admin_rest_json", "auto"); -- "util.json": never lua-cjson
	whitelist = module:get_option_array("admin_rest_whitelist", {});
	auth_failures = module:get_option_number("admin_rest_auth_failures", 5);
	auth_window = module:get_option_number("admin_rest_auth_window", 60);
	user_list_ttl = module:get_option_number("admin_rest_user_list_ttl", 60);
	token_lifetime = module:get_option_number("admin_rest_token_lifetime", 3600);
	batch_max = module:get_option_number("admin_rest_batch_max", 500);
};

---------------------------------------------------------------------------
-- The parts
---------------------------------------------------------------------------

local ctx = { module = module, options = options, version = MODULE_VERSION };
for _, name in ipairs({ "compat", "emulation", "json", "targets", "roles", "auth", "tokens", "whitelist", "activity",
	"accounts", "deletion", "rosters", "users", "batch", "messaging", "groups", "server", "vcards", "invites", "muc",
	"rooms", "federation", "certificates", "info" }) do
	ctx[name] = module:require(name).init(ctx);
end

local emulation, json, auth, whitelist, groups = ctx.emulation, ctx.json, ctx.auth, ctx.whitelist, ctx.groups;
local users, rosters, messaging, server, vcards, info = ctx.users, ctx.rosters, ctx.messaging, ctx.server,
	ctx.vcards, ctx.info;
local tokens, batch = ctx.tokens, ctx.batch;
local CLASSIC, CURRENT, OURS, level = emulation.CLASSIC, emulation.CURRENT, emulation.OURS, emulation.level;
local ours = emulation.ours;
local rooms, federation, certificates = ctx.rooms, ctx.federation, ctx.certificates;
local ERR, send = json.ERR, json.send;

-- Runtime whitelist changes survive a reload of this module (PUT /module/admin_rest),
-- unless the configured whitelist changed meanwhile: then the new config applies.
function module.save() return whitelist.save(); end
function module.restore(data) whitelist.restore(data); end
function module.unload() ctx.accounts.unguard(); end

---------------------------------------------------------------------------
-- Routes: first path segment -> { level = lowest emulation level having it,
-- server_wide = acts on every host (only for administrators of every host),
-- needs_groups = only where groups are available, available = only where it answers true, METHOD = handler or { handler, level } }.
-- A handler receives req = { event, request, segments, method, auth_jid, ip, groups,
-- body(), query, refuse(host) } and returns a response from R()/ERR.
---------------------------------------------------------------------------

local ROUTES = {
	ping = { level = CLASSIC, GET = info.ping };
	user = { level = CLASSIC, GET = users.get, POST = users.create, DELETE = users.delete, PATCH = users.patch };
	user_connected = { level = CLASSIC, GET = users.connected };
	users = { level = CLASSIC, GET = users.online };
	["all-users"] = { level = CURRENT, GET = users.all };
	["registered-users"] = { level = OURS, GET = users.registered };
	roster = { level = CLASSIC, GET = rosters.get, POST = rosters.add, DELETE = rosters.remove };
	message = { level = CLASSIC, POST = messaging.message };
	broadcast = { level = CLASSIC, POST = messaging.broadcast };
	modules = { level = CLASSIC, GET = server.modules };
	module = { level = CLASSIC, GET = server.module_get, PUT = server.module_load, DELETE = server.module_unload };
	whitelist = { level = CLASSIC, GET = whitelist.get, PUT = whitelist.add, DELETE = whitelist.remove };
	reload = { level = CURRENT, server_wide = true, PUT = server.reload };
	vcards = { level = CURRENT, GET = vcards.get, PUT = vcards.set, DELETE = vcards.delete };
	groups = { level = CURRENT, needs_groups = true,
		GET = ours(groups.get), PUT = groups.put, DELETE = groups.delete, POST = groups.post };
	data = { level = CURRENT, server_wide = true, DELETE = server.data_delete };
	certs = { level = CURRENT, server_wide = true, DELETE = server.certs_delete };
	info = { level = OURS, GET = info.info };
	sessions = { level = OURS, DELETE = messaging.kick };
	announce = { level = OURS, POST = messaging.announce };
	["last-activity"] = { level = OURS, GET = users.last_activity };
	invites = { level = OURS, GET = ctx.invites.get, POST = ctx.invites.post, DELETE = ctx.invites.delete };
	["pending-deletions"] = { level = OURS, GET = ctx.deletion.get, POST = ctx.deletion.post };
	rooms = { level = OURS, available = rooms.available,
		GET = rooms.get, POST = rooms.create, PUT = rooms.put, DELETE = rooms.delete };
	s2s = { level = OURS, available = federation.available, GET = federation.get, DELETE = federation.delete };
	certificates = { level = OURS, available = certificates.available, GET = certificates.get };
	token = { level = OURS, POST = tokens.issue, DELETE = tokens.revoke };
	batch = { level = OURS, POST = batch.post };
};

---------------------------------------------------------------------------
-- Entry point
---------------------------------------------------------------------------

-- -> handler | nil, error response
local function find_handler(route, method)
	if not route or route.level > level then return nil, ERR.invalid_path; end
	if route.needs_groups and not groups.backend() then return nil, ERR.invalid_path; end
	if route.available and not route.available() then return nil, ERR.invalid_path; end
	local entry = route[method];
	local handler = entry;
	if type(entry) == "table" then
		handler = entry[2] <= level and entry[1] or nil;
	end
	if not handler then return nil, ERR.invalid_method; end
	return handler;
end

local function new_request(event, segments, auth_jid, ip, token)
	local request = event.request;
	local query = request.url and request.url.query and ctx.compat.http.formdecode(request.url.query);
	return {
		event = event;
		request = request;
		method = request.method;
		segments = segments;
		auth_jid = auth_jid;
		token = token; -- the hash of the bearer token that authenticated the request, if one did
		ip = ip;
		groups = groups.backend();
		body = json.body_reader(request);
		query = type(query) == "table" and query or {};
		refuse = auth.host_guard(auth_jid);
	};
end

local function run_handler(handler, req, path)
	local ok, res = ctx.compat.xpcall(handler, debug.traceback, req);
	if not ok then
		module:log("error", "Error in %s %s: %s", req.method, path, tostring(res));
		return ERR.internal_error;
	end
	return res or ERR.internal_error;
end

-- Whitelist, secure transport, throttled authentication, administrator of this host,
-- route and method, server-wide routes; then the handler.
local function handle_request(event, path)
	local request = event.request;
	local ip = auth.request_ip(request);

	if not whitelist.allows(ip) then
		module:log("warn", "Request from %s refused: not whitelisted", tostring(ip));
		return send(event, { status = 401, raw = "" });
	end

	if options.secure and not request.secure then return; end -- Prosody's own 404 page

	local auth_jid, auth_err, token = auth.authenticate(request, ip or "unknown");
	if not auth_jid then return send(event, auth_err); end

	if level < OURS then path = emulation.published_path(path); end
	local segments, valid = ctx.targets.split_path(path);

	if not auth.administers_host(auth_jid, module.host) then
		module:log("warn", "%s is not an administrator of %s", auth_jid, module.host);
		return send(event, ERR.unauthorized);
	end

	local route = valid and ROUTES[segments[1]] or nil;
	local handler, route_err = find_handler(route, request.method);
	if not handler then return send(event, route_err); end

	if route.server_wide then
		local refused = auth.server_wide_refusal(auth_jid, request.method, segments[1]);
		if refused then return send(event, refused); end
	end

	local req = new_request(event, segments, auth_jid, ip, token);
	local _, body_problem = req.body();
	-- Text that no stanza, storage or client takes (a control character, bytes that are not
	-- UTF-8), refused once here rather than failing somewhere inside a route.
	if body_problem == "not text" then return send(event, ERR.invalid_text); end
	if body_problem == "too deep" then return send(event, ERR.too_deep); end
	return send(event, run_handler(handler, req, path));
end

module:depends("http");

module:provides("http", {
	name = "admin_rest";
	default_path = options.base_path;
	route = {
		["GET /*"] = handle_request;
		["POST /*"] = handle_request;
		["PUT /*"] = handle_request;
		["DELETE /*"] = handle_request;
		["PATCH /*"] = handle_request;
	};
});

module:log("info", "admin_rest %s loaded (emulating %s)", MODULE_VERSION, emulation.name);
