-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: rosters. GET|POST|DELETE /roster/<user>, and the roster items that groups
-- make. Items are written directly (subscription "both"), saved, and pushed to the user's
-- online sessions. An item that a group created is marked, so that it goes away with the
-- last group; a contact that existed before stays a contact.

local rosters = {};

local GROUP_MARK = "admin_rest_group_item";

local module, rm, um, jid_util, sorted_keys;
local is_local_host, target_user, existing_user, user_missing;
local R, ERR, list, OURS, level;

-- Clears a pending subscription request of the contact, saves the roster, pushes the item
local function save_item(username, user_host, roster, contact_jid)
	local meta = roster[false];
	if meta and meta.pending then meta.pending[contact_jid] = nil; end
	local ok, err = rm.save_roster(username, user_host, roster, contact_jid);
	if not ok then return nil, err; end
	rm.roster_push(username, user_host, contact_jid);
	return true;
end

-- Adds the contact with subscription "both", in group_name when a group adds it
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
	return save_item(username, user_host, roster, contact_jid);
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
	return save_item(username, user_host, roster, contact_jid);
end

-- The published versions cancel both subscriptions and drop the item from the user's
-- roster only: the contact keeps the user, with subscription "none".
local function roster_cancel(username, user_host, contact_jid)
	local roster = rm.load_roster(username, user_host);
	local item = roster and roster[contact_jid];
	if type(item) ~= "table" then return true; end
	item.subscription = "none";
	item.ask = nil;
	return save_item(username, user_host, roster, contact_jid);
end

-- GET /roster/<u>
function rosters.get(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local username, user_host, err = existing_user(req, req.segments[2]);
	if not username then return err; end
	local roster = rm.load_roster(username, user_host) or {};
	local items = {};
	for _, contact in ipairs(sorted_keys(roster)) do
		local item = roster[contact];
		if type(item) == "table" and item.subscription then
			table.insert(items, { "item", {
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

-- POST|DELETE /roster/<u> {"contact"} -> { username, host, jid, contact } | nil, error response
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

-- The answer to a roster change r (roster_request's), and its event when it succeeded
local function changed(r, ok, event_name, done)
	if not ok then return ERR.internal_error; end
	module:fire_event(event_name, { username = r.username, hostname = r.host, contact_jid = r.contact,
		source = "mod_admin_rest" });
	return R(200, done .. ": " .. r.jid .. " and " .. r.contact);
end

-- POST /roster/<u> {"contact"}: mutual subscription
function rosters.add(req)
	local r, err = roster_request(req);
	if not r then return err; end
	if r.contact == r.jid then return ERR.invalid_contact; end
	local ok = roster_set(r.username, r.host, r.contact);
	local node, contact_host = local_contact(req, r.contact);
	if ok and node then ok = roster_set(node, contact_host, r.jid); end
	return changed(r, ok, "roster-registered", "Roster registered");
end

-- DELETE /roster/<u> {"contact"}: removed on both sides (published versions: see roster_cancel)
function rosters.remove(req)
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
	return changed(r, ok, "roster-deleted", "Roster deleted");
end

-- ctx: module, compat, emulation, json, targets
function rosters.init(ctx)
	local compat, targets = ctx.compat, ctx.targets;
	module, rm, um, jid_util = ctx.module, compat.rostermanager, compat.usermanager, compat.jid;
	sorted_keys = compat.sorted_keys;
	is_local_host, target_user = targets.is_local_host, targets.target_user;
	existing_user, user_missing = targets.existing_user, targets.user_missing;
	R, ERR, list = ctx.json.R, ctx.json.ERR, ctx.json.list;
	OURS, level = ctx.emulation.OURS, ctx.emulation.level;
	return rosters;
end

-- For groups: an item in a group, and a group's item removed
rosters.set, rosters.unset = roster_set, roster_unset;

return rosters;
