-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: groups. PUT /groups, PUT|DELETE /groups/<id>,
-- PUT|DELETE /groups/<id>/members/<user>, POST /groups/<id>/sync, GET /groups[/<id>] (ours).
-- They go to mod_groups_internal (Prosody 13, or prosody-modules on 0.12) when it is
-- loaded on the host; otherwise to groups kept in our own store, with mutual roster items.

local groups = {};

local module, hosts, um, id_util, sorted_keys;
local rosters, target_user, user_missing;
local R, ERR, list, CURRENT, OURS, level;
local groups_enabled;
local own_groups = {};
local store;

local function load_all() return store:get(nil) or {}; end

-- Saves all groups -> result | nil, "internal-server-error"
local function save_all(all, result)
	if not store:set(nil, all) then return nil, "internal-server-error"; end
	return result;
end

-- Calls change(username, member) and change(member, username), as the JIDs of the module's
-- host, for every other member of the group
local function pair_with_members(group, username, change)
	local host = module.host;
	for member in pairs(group.members) do
		if member ~= username then
			change(username, host, member .. "@" .. host, group.name);
			change(member, host, username .. "@" .. host, group.name);
		end
	end
end

-- -> all groups, the group | nil, nil, "group-not-found"
local function find(group_id)
	local all = load_all();
	local group = all[group_id];
	if not group then return nil, nil, "group-not-found"; end
	return all, group;
end

function own_groups.create(info, _create_muc, group_id)
	local all = load_all();
	if group_id then
		if all[group_id] then return nil, "conflict"; end
	else
		repeat group_id = id_util.short():gsub("[^%w]", "x"); until not all[group_id];
	end
	all[group_id] = { name = info.name, members = {} };
	return save_all(all, group_id);
end

function own_groups.delete(group_id)
	local all, group, err = find(group_id);
	if not all then return nil, err; end
	for member in pairs(group.members) do
		pair_with_members(group, member, rosters.unset);
		group.members[member] = nil;
	end
	all[group_id] = nil;
	return save_all(all, true);
end

function own_groups.add_member(group_id, username, _delay_update)
	local all, group, err = find(group_id);
	if not all then return nil, err; end
	group.members[username] = true;
	local saved, save_err = save_all(all, true);
	if saved then pair_with_members(group, username, rosters.set); end
	return saved, save_err;
end

function own_groups.remove_member(group_id, username)
	local all, group, err = find(group_id);
	if not all then return nil, err; end
	if not group.members[username] then return nil, "member-not-found"; end
	pair_with_members(group, username, rosters.unset);
	group.members[username] = nil;
	return save_all(all, true);
end

function own_groups.sync(group_id)
	local all, group, err = find(group_id);
	if not all then return nil, err; end
	for member in pairs(group.members) do pair_with_members(group, member, rosters.set); end
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

-- -> backend table, backend name | nil when groups are unavailable
function groups.backend()
	local h = hosts[module.host];
	local internal = h and h.modules and h.modules.groups_internal;
	if internal and internal.create then return internal, "groups_internal"; end
	if groups_enabled then return own_groups, "admin_rest"; end
	return nil;
end

-- A member named in the path: a user of the module's host -> username | nil, error response
local function group_member(req, segment)
	local username, user_host, err = target_user(req, segment);
	if not username then return nil, err; end
	if user_host ~= module.host then return nil, ERR.invalid_user; end
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

-- PUT /groups/<id>/members/<user> {"delay_update"?}
local function add_member(req, backend, group_id, segment)
	local username, err = group_member(req, segment);
	if not username then return err; end
	-- The current version hands any name to the groups module.
	if level == OURS and not um.user_exists(username, module.host) then return user_missing(username, module.host); end
	local body = req.body() or {};
	if not backend.exists(group_id) then return ERR.group_not_found; end
	local ok, add_err = backend.add_member(group_id, username, type(body) == "table" and body.delay_update == true);
	if not ok then return group_error(add_err); end
	return R(200, ("Member '%s' successfully added to group '%s'."):format(username, group_id));
end

-- PUT /groups {"name", "group_id"?}, PUT /groups/<id> {"name"}, PUT /groups/<id>/members/<user>
function groups.put(req)
	local seg = req.segments;
	if #seg == 4 and seg[3] == "members" then return add_member(req, req.groups, seg[2], seg[4]); end
	if #seg > 2 then return ERR.invalid_path; end
	local body = req.body();
	if type(body) ~= "table" then return ERR.invalid_body; end
	if type(body.name) ~= "string" or body.name == "" then return R(400, "Body must contain a `name` key"); end
	local group_id = seg[2] or (type(body.group_id) == "string" and body.group_id ~= "" and body.group_id) or nil;
	if group_id and group_id:find("/", 1, true) then return ERR.invalid_path; end
	local new_id, err = req.groups.create({ name = body.name }, body.create_default_muc == true, group_id);
	if not new_id then return group_error(err); end
	return R(200, { group_id = new_id });
end

-- DELETE /groups/<id>, DELETE /groups/<id>/members/<user>
function groups.delete(req)
	local backend = req.groups;
	local seg = req.segments;
	if #seg == 4 and seg[3] == "members" then
		local username, err = group_member(req, seg[4]);
		if not username then return err; end
		if not backend.exists(seg[2]) then return group_error("group-not-found"); end
		local ok, remove_err = backend.remove_member(seg[2], username);
		if not ok then return group_error(remove_err); end
		return R(200, ("Member '%s' successfully removed from group '%s'."):format(username, seg[2]));
	end
	if #seg ~= 2 then return ERR.invalid_path; end
	if not backend.exists(seg[2]) then return group_error("group-not-found"); end
	local ok, err = backend.delete(seg[2]);
	if not ok then return group_error(err); end
	return R(200, ("Group '%s' deleted successfully."):format(seg[2]));
end

-- POST /groups/<id>/sync
function groups.post(req)
	local seg = req.segments;
	if #seg ~= 3 or seg[3] ~= "sync" then return ERR.invalid_path; end
	if level == OURS and not req.groups.exists(seg[2]) then return ERR.group_not_found; end
	local ok, err = req.groups.sync(seg[2]);
	if ok == nil and err and level == OURS then return group_error(err); end
	return R(200, ("Group '%s' synchronised."):format(seg[2]));
end

-- GET /groups, GET /groups/<id> (ours)
function groups.get(req)
	local backend = req.groups;
	local seg = req.segments;
	if #seg == 1 then
		local items = {};
		for group_id in backend.groups() do
			local info = backend.get_info(group_id) or {};
			local members = sorted_keys(backend.get_members(group_id));
			table.insert(items, { id = group_id, name = info.name or group_id, count = #members });
		end
		table.sort(items, function (a, b) return a.id < b.id; end);
		return R(200, { groups = list(items), count = #items });
	end
	if #seg ~= 2 then return ERR.invalid_path; end
	local info = backend.get_info(seg[2]);
	if not info then return ERR.group_not_found; end
	return R(200, { group = { id = seg[2], name = info.name or seg[2],
		members = list(sorted_keys(backend.get_members(seg[2]))) } });
end

-- ctx: module, options.groups_enabled, compat, emulation, json, targets, rosters
function groups.init(ctx)
	local compat, emulation = ctx.compat, ctx.emulation;
	module, hosts, um, id_util, sorted_keys = ctx.module, compat.hosts, compat.usermanager, compat.id,
		compat.sorted_keys;
	rosters, target_user, user_missing = ctx.rosters, ctx.targets.target_user, ctx.targets.user_missing;
	R, ERR, list = ctx.json.R, ctx.json.ERR, ctx.json.list;
	CURRENT, OURS, level = emulation.CURRENT, emulation.OURS, emulation.level;
	groups_enabled = ctx.options.groups_enabled;
	store = module:open_store("admin_rest_groups");
	return groups;
end

return groups;
