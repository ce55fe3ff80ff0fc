-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: roles. Prosody 13 has role objects (usermanager.get_user_role,
-- set_user_role, get_all_roles, provided by mod_authz_internal); on 0.12 a user is
-- prosody:admin or not.

local roles = {};

local t_insert, t_sort = table.insert, table.sort;
local um, configmanager, jid_util, sorted_keys;
local R, list, json_null, CRASH;
local CURRENT, OURS, level;
local has_role_objects;

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
	local found = {};
	for name, role in pairs(um.get_all_roles(h) or {}) do
		if type(role) == "table" then
			t_insert(found, { name = role.name or name, priority = tonumber(role.priority) or 0 });
		end
	end
	t_sort(found, function (a, b)
		if a.priority ~= b.priority then return a.priority > b.priority; end
		return a.name < b.name;
	end);
	local names = {};
	for _, role in ipairs(found) do t_insert(names, role.name); end
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
	local names = um.get_roles and um.get_roles(username .. "@" .. user_host, user_host);
	return (type(names) == "table" and names["prosody:admin"]) and "prosody:admin" or "prosody:user";
end

-- -> plain role table, list of secondary role names
function roles.user_roles(username, user_host)
	if has_role_objects then
		local secondary = {};
		if um.get_user_secondary_roles then
			secondary = sorted_keys(um.get_user_secondary_roles(username, user_host) or {});
		end
		return plain_role(primary_role(username, user_host)) or json_null, secondary;
	end
	local names = um.get_roles and um.get_roles(username .. "@" .. user_host, user_host) or {};
	if type(names) ~= "table" then names = {}; end
	local secondary = {};
	for name, on in pairs(names) do
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

local function unknown_role(user_host, wanted)
	return R(400, ("Unknown role on %s: %s (the roles here: %s)"):format(user_host, wanted,
		table.concat(host_roles(user_host), ", ")));
end

-- Prosody 0.12: roles are a set of names; only prosody:admin means anything.
local function set_role_0_12(user_jid, user_host, wanted)
	local names = wanted == "prosody:admin" and { ["prosody:admin"] = true } or {};
	local ok, err = um.set_roles(user_jid, user_host, names);
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

-- PATCH /user/<u>/role's work -> response
function roles.set_role(username, user_host, wanted)
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

-- ctx: compat, json, emulation
function roles.init(ctx)
	local compat, emulation = ctx.compat, ctx.emulation;
	um, configmanager, jid_util, sorted_keys = compat.usermanager, compat.configmanager, compat.jid,
		compat.sorted_keys;
	R, list, json_null, CRASH = ctx.json.R, ctx.json.list, ctx.json.null, emulation.CRASH;
	CURRENT, OURS, level = emulation.CURRENT, emulation.OURS, emulation.level;
	has_role_objects = um.get_user_role ~= nil and um.set_user_role ~= nil and um.get_all_roles ~= nil;
	roles.has_role_objects = has_role_objects;
	return roles;
end

roles.host_roles, roles.role_name, roles.role_is_admin = host_roles, role_name, role_is_admin;

return roles;
