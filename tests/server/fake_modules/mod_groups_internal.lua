-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- Test double of prosody-modules' mod_groups_internal (the API that Prosody 13
-- deployments load), so that the server tests can check that mod_admin_rest hands
-- groups to it when it is loaded. Same function names and return values as the
-- real module; no MUC and no roster work.
local id = require "util.id";

local info_store = module:open_store("fake_group_info");
local members_store = module:open_store("fake_groups");

function create(group_info, create_muc, group_id) -- luacheck: ignore 111 212/create_muc
	if not group_info.name then return nil, "group-name-required"; end
	if group_id then
		if info_store:get(group_id) then return nil, "conflict"; end
	else
		group_id = id.short();
	end
	info_store:set(group_id, { name = group_info.name });
	members_store:set(group_id, {});
	return group_id;
end

function get_info(group_id) return info_store:get(group_id); end -- luacheck: ignore 111
function get_members(group_id) return members_store:get(group_id); end -- luacheck: ignore 111
function exists(group_id) return info_store:get(group_id) ~= nil; end -- luacheck: ignore 111

function delete(group_id) -- luacheck: ignore 111
	members_store:set(group_id, nil);
	return info_store:set(group_id, nil);
end

function add_member(group_id, username, delay_update) -- luacheck: ignore 111 212/delay_update
	if not info_store:get(group_id) then return nil, "group-not-found"; end
	local members = members_store:get(group_id) or {};
	members[username] = true;
	return members_store:set(group_id, members);
end

function remove_member(group_id, username) -- luacheck: ignore 111
	if not info_store:get(group_id) then return nil, "group-not-found"; end
	local members = members_store:get(group_id) or {};
	members[username] = nil;
	return members_store:set(group_id, members);
end

function sync(group_id) -- luacheck: ignore 111 212/group_id
end

function groups() return info_store:users(); end -- luacheck: ignore 111
