-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: invitations (ours), through mod_invites (Prosody 0.12 and 13) where it is
-- loaded on the host. GET /invites lists them, POST /invites creates an account invitation,
-- POST /invites/reset/<u> a password-reset invitation, DELETE /invites/<token> revokes one;
-- each takes ?host=H (the module's host without it). A client registers with the token where
-- mod_invites_register is loaded (XEP-0401 preauth, then in-band registration). The groups an
-- invitation names are joined by the account it creates (here, on "user-registered").

local invites = {};

local INVITE_STORE = "invite_token"; -- mod_invites'
local MIN_TTL, MAX_TTL = 1, 366 * 86400;

local module, mm, um, storagemanager, nodeprep;
local R, ERR, list, json_null;
local roles, groups, accounts, existing_user, query_host, has_role_objects;

local function mod_invites(h)
	if not mm.is_loaded(h, "invites") then return nil; end
	local env = mm.get_module(h, "invites");
	if env and type(env.create_account) == "function" and type(env.delete_account_invite) == "function" then
		return env;
	end
end

-- -> nil when host h has invitations | the reason it has none
function invites.unavailable(h)
	if mod_invites(h) then return nil; end
	return ("invitations need mod_invites loaded on %s"):format(h);
end

local function unavailable_response(h) return R(501, "Unavailable: " .. invites.unavailable(h)); end

-- The role an invitation gives: 13 stores a list of role names, 0.12 a set
local function invite_role(data)
	local stored = data.roles;
	if type(stored) ~= "table" then return json_null; end
	if type(stored[1]) == "string" then return stored[1]; end
	for name, on in pairs(stored) do
		if on and type(name) == "string" then return name; end
	end
	return json_null;
end

local function invite_json(token, invite, now)
	local data = type(invite.additional_data) == "table" and invite.additional_data or {};
	local kind = invite.type == "roster" and "contact" or (data.allow_reset and "reset" or "account");
	local creator = data.admin_rest_creator or (invite.type == "roster" and invite.jid) or json_null;
	local node = type(invite.jid) == "string" and invite.jid:match("^(.-)@") or nil;
	local expires = tonumber(invite.expires) or 0;
	return {
		token = token;
		kind = kind;
		jid = invite.jid or json_null;
		username = node or json_null;
		uri = invite.uri or json_null;
		landing_page = invite.landing_page or json_null;
		created = tonumber(invite.created_at) or json_null;
		expires = expires;
		expired = expires < now; -- mod_invites accepts a token until its second has passed
		reusable = invite.reusable and true or false;
		creator = creator;
		role = invite_role(data);
		groups = list(type(data.groups) == "table" and data.groups or {});
	};
end

local function stored_invites(h)
	local all = storagemanager.open(h, INVITE_STORE):get(nil);
	return type(all) == "table" and all or {};
end

-- GET /invites[?host=H]: every stored invitation that allows registration, expired ones too
function invites.get(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local h, err = query_host(req);
	if not h then return err; end
	if not mod_invites(h) then return unavailable_response(h); end
	local items, now = {}, os.time();
	for token, invite in pairs(stored_invites(h)) do
		if type(invite) == "table" then table.insert(items, invite_json(token, invite, now)); end
	end
	table.sort(items, function (a, b)
		if a.expires ~= b.expires then return a.expires < b.expires; end
		return a.token < b.token;
	end);
	return R(200, { invites = list(items), count = #items });
end

-- "expires_in" of a body -> seconds | nil (absent) | false, error response
local function ttl_of(body)
	local ttl = body.expires_in;
	if ttl == nil or ttl == json_null then return nil; end
	if type(ttl) ~= "number" or ttl % 1 ~= 0 or ttl < MIN_TTL or ttl > MAX_TTL then
		return false, R(400, ("Invalid expires_in: seconds from %d to %d"):format(MIN_TTL, MAX_TTL));
	end
	return ttl;
end

-- "role" of a body -> additional data's roles | nil | false, error response
local function roles_of(body, h)
	local role = body.role;
	if role == nil or role == json_null then return nil; end
	local known = {};
	for _, name in ipairs(roles.host_roles(h)) do known[name] = true; end
	if type(role) ~= "string" or not known[role] then
		return false, R(400, ("Unknown role on %s: %s (the roles here: %s)"):format(h, tostring(role),
			table.concat(roles.host_roles(h), ", ")));
	end
	if has_role_objects then return { role }; end
	if role == "prosody:admin" then return { ["prosody:admin"] = true }; end
	return nil; -- 0.12: an ordinary account needs no stored role
end

-- "groups" of a body -> list | nil | false, error response
local function groups_of(body, h)
	local wanted = body.groups;
	if wanted == nil or wanted == json_null then return nil; end
	if type(wanted) ~= "table" then return false, R(400, "Invalid groups: must be a list of group ids"); end
	if next(wanted) == nil then return nil; end
	local backend = groups.backend();
	if not backend or h ~= module.host then
		return false, R(400, "Groups are only available for invitations to " .. module.host);
	end
	for _, group_id in ipairs(wanted) do
		if type(group_id) ~= "string" or not backend.exists(group_id) then
			return false, R(400, "Unknown group: " .. tostring(group_id));
		end
	end
	return wanted;
end

-- The options of POST /invites -> { username, data, ttl, reusable } | nil, error response
local function account_options(body, h)
	if type(body) ~= "table" then return nil, ERR.invalid_body; end
	local username = body.username;
	if username == json_null or username == "" then username = nil; end
	if username ~= nil then
		username = type(username) == "string" and nodeprep(username) or nil;
		if not username or username == "" then return nil, R(400, "Invalid username"); end
		if um.user_exists(username, h) then return nil, R(409, "User already exists: " .. username .. "@" .. h); end
	end
	local reusable = body.reusable;
	if reusable ~= nil and reusable ~= json_null and type(reusable) ~= "boolean" then
		return nil, R(400, "Invalid reusable: must be true or false");
	end
	if reusable and username then return nil, R(400, "A reusable invitation cannot name a username"); end
	local ttl, ttl_err = ttl_of(body);
	if ttl == false then return nil, ttl_err; end
	local data_roles, roles_err = roles_of(body, h);
	if data_roles == false then return nil, roles_err; end
	local data_groups, groups_err = groups_of(body, h);
	if data_groups == false then return nil, groups_err; end
	return { username = username, ttl = ttl, reusable = reusable == true,
		data = { roles = data_roles, groups = data_groups } };
end

-- The answer says in a sentence what was made, for whom and until when, as the other writes do.
local function created(invite, h, what)
	if not invite then return ERR.internal_error; end
	module:log("info", "Invitation created on %s: %s (%s)", h, invite.jid or h, invite.token);
	local message = ("%s created for %s, valid until %s"):format(what, invite.jid or h,
		os.date("!%Y-%m-%d %H:%M UTC", tonumber(invite.expires) or 0));
	return R(201, { invite = invite_json(invite.token, invite, os.time()), message = message });
end

-- POST /invites[?host=H] {"username"?, "role"?, "groups"?, "expires_in"?, "reusable"?}
local function create_account(req)
	local h, err = query_host(req);
	if not h then return err; end
	local env = mod_invites(h);
	if not env then return unavailable_response(h); end
	local options, options_err = account_options(req.body(), h);
	if not options then return options_err; end
	options.data.admin_rest_creator = req.auth_jid;
	if options.reusable then
		local groups_list = options.data.groups or {};
		options.data.groups = nil;
		return created(env.create_group(groups_list, options.data, options.ttl or 7 * 86400), h,
			"Reusable invitation");
	end
	return created(env.create_account(options.username, options.data, options.ttl), h, "Invitation");
end

-- POST /invites/reset/<u> {"expires_in"?}
local function create_reset(req)
	local username, h, err = existing_user(req, req.segments[3]);
	if not username then return err; end
	local env = mod_invites(h);
	if not env then return unavailable_response(h); end
	-- Registering again would make the account anew, enabled (Prosody 13), or log into one that stays
	-- disabled (0.12): either way not what a reset is for.
	if not accounts.state(username, h) then
		return R(409, ("Refusing a reset invitation for a disabled account: %s@%s"):format(username, h));
	end
	local body = req.body() or {};
	if type(body) ~= "table" then return ERR.invalid_body; end
	local ttl, ttl_err = ttl_of(body);
	if ttl == false then return ttl_err; end
	-- create_account_reset() takes no additional data: the same invitation, with its creator
	return created(env.create_account(username, { allow_reset = username, admin_rest_creator = req.auth_jid },
		ttl or 86400), h, "Password reset invitation");
end

function invites.post(req)
	local seg = req.segments;
	if #seg == 1 then return create_account(req); end
	if #seg == 3 and seg[2] == "reset" then return create_reset(req); end
	return ERR.invalid_path;
end

-- DELETE /invites/<token>[?host=H]
function invites.delete(req)
	local seg = req.segments;
	if #seg ~= 2 then return ERR.invalid_path; end
	local h, err = query_host(req);
	if not h then return err; end
	local env = mod_invites(h);
	if not env then return unavailable_response(h); end
	local token = seg[2];
	if not token:match("^[%w_%-]+$") or type(stored_invites(h)[token]) ~= "table" then
		return R(404, "Invitation does not exist: " .. token);
	end
	local ok, delete_err = env.delete_account_invite(token);
	if not ok then
		module:log("error", "Could not revoke invitation %s: %s", token, tostring(delete_err));
		return ERR.internal_error;
	end
	module:log("info", "Invitation revoked on %s: %s", h, token);
	return R(200, "Invitation revoked: " .. token);
end

-- An account made with an invitation joins the groups it names.
local function join_groups(event)
	local invite = event.validated_invite or (event.session and event.session.validated_invite);
	local data = invite and invite.additional_data;
	local backend = groups.backend();
	if type(data) ~= "table" or type(data.groups) ~= "table" or not backend then return; end
	for _, group_id in ipairs(data.groups) do
		if backend.exists(group_id) then
			local ok, err = backend.add_member(group_id, event.username);
			if not ok then module:log("warn", "Could not add %s to group %s: %s", event.username, group_id, err); end
		end
	end
end

-- ctx: module, compat, json, targets, roles, groups, accounts
function invites.init(ctx)
	local compat = ctx.compat;
	module, mm, um, storagemanager = ctx.module, compat.modulemanager, compat.usermanager, compat.storagemanager;
	nodeprep = compat.nodeprep;
	R, ERR, list, json_null = ctx.json.R, ctx.json.ERR, ctx.json.list, ctx.json.null;
	roles, groups, has_role_objects = ctx.roles, ctx.groups, ctx.roles.has_role_objects;
	accounts = ctx.accounts;
	existing_user, query_host = ctx.targets.existing_user, ctx.targets.query_host;
	module:hook("user-registered", join_groups);
	return invites;
end

return invites;
