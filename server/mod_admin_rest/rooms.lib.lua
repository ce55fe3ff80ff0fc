-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: group chat rooms (ours). GET /rooms[?host=H][&occupant=U][&offset=O&limit=L]
-- (paged), GET /rooms/<room>, POST /rooms/<room> (create), DELETE /rooms/<room> and DELETE /rooms (destroy one or many),
-- PUT /rooms/<room>/affiliations/<jid>. A room belongs to its component's parent host (see
-- muc.lib.lua): a request acts only on rooms of hosts its caller administers.

local rooms = {};

local t_insert = table.insert;
local module, hosts, jid_util, muc;
local target_user, listed_host;
local R, ERR, list, json_null;
local every_host_refusal;

local AFFILIATIONS = { owner = true, admin = true, member = true, outcast = true, none = true };

local function room_missing(room_jid) return R(404, "Room does not exist: " .. room_jid); end

-- The refusal for acting on component's rooms | nil
local function component_refusal(req, component)
	local parent = muc.parent_host(component);
	if parent then return req.refuse(parent); end
	return every_host_refusal(req, component);
end

-- The components whose rooms a listing shows: those of ?host=H, else of every host the caller
-- administers. -> names | nil, error response
local function listed_components(req)
	local only, err = listed_host(req);
	if err then return nil, err; end
	local names = {};
	for _, component in ipairs(muc.components()) do
		local parent = muc.parent_host(component);
		if (only and parent == only) or (not only and not component_refusal(req, component)) then
			t_insert(names, component);
		end
	end
	return names;
end

local function occupant_count(room)
	local n = 0;
	for _ in room:each_occupant() do n = n + 1; end
	return n;
end

local function summary(room, component)
	local last_message, source = muc.last_message(room, component);
	local password = room:get_password();
	return {
		jid = room.jid;
		component = component;
		name = room:get_name() or json_null;
		description = room.get_description and room:get_description() or json_null;
		persistent = room:get_persistent() and true or false;
		public = not room:get_hidden();
		members_only = room:get_members_only() and true or false;
		moderated = room.get_moderated and room:get_moderated() and true or false;
		password_protected = password ~= nil and password ~= "";
		occupants = occupant_count(room);
		last_message = last_message or json_null;
		last_message_source = source or json_null;
		created = muc.activity(room).created or json_null;
	};
end

local function has_occupant(room, user_jid)
	for _, occupant in room:each_occupant() do
		if occupant.bare_jid == user_jid then return true; end
	end
	return false;
end

local function occupant_user(req)
	local username, user_host, err = target_user(req, req.query.occupant);
	if not username then return nil, err; end
	return username .. "@" .. user_host;
end

local DEFAULT_PAGE, MAX_PAGE = 1000, 5000; -- as GET /registered-users

-- ?offset=O&limit=L -> offset, limit | nil, nil, error response
local function page_of(req)
	local offset, limit = tonumber(req.query.offset or "0"), tonumber(req.query.limit or DEFAULT_PAGE);
	if not offset or not limit or offset < 0 or limit < 1 or offset % 1 ~= 0 or limit % 1 ~= 0 then
		return nil, nil, R(400, "Invalid offset or limit");
	end
	return math.floor(offset), math.floor(math.min(limit, MAX_PAGE));
end

-- GET /rooms[?host=H][&occupant=U][&offset=O&limit=L]: a page of every room sorted by JID (of every
-- live room the user is in, with occupant). Only the page's rooms are described.
local function list_rooms(req)
	local offset, limit, err = page_of(req);
	if not offset then return err; end
	local components;
	components, err = listed_components(req);
	if not components then return err; end
	local user_jid;
	if req.query.occupant then
		user_jid, err = occupant_user(req);
		if not user_jid then return err; end
	end
	local found = {};
	for _, component in ipairs(components) do
		local service = muc.service(component);
		local iterate = user_jid and service.live_rooms or service.all_rooms or service.each_room;
		for room in iterate() do
			if not muc.is_tombstone(room) and (not user_jid or has_occupant(room, user_jid)) then
				t_insert(found, { room = room, component = component });
			end
		end
	end
	table.sort(found, function (a, b) return a.room.jid < b.room.jid; end);
	local items = {};
	for i = offset + 1, math.min(offset + limit, #found) do
		t_insert(items, summary(found[i].room, found[i].component));
	end
	return R(200, { rooms = list(items), count = #items, offset = offset, limit = limit, total = #found,
		services = list(components) });
end

-- "<node>@<component>" from a path segment or body -> room jid, component, service | nil, error
-- response (malformed or not a MUC component: 404; a host not the caller's: 403)
local function parse_room(req, text)
	local room_jid = type(text) == "string" and jid_util.prep(text);
	if not room_jid then return nil, R(404, "Room does not exist or is malformed"); end
	local node, component, resource = jid_util.split(room_jid);
	if not node or resource then return nil, R(404, "Room does not exist or is malformed"); end
	local refused = component_refusal(req, component);
	if refused then return nil, refused; end
	local service = muc.service(component);
	if not service then return nil, R(404, "Not a group chat service: " .. component); end
	return room_jid, component, service;
end

-- -> the live room | nil (also for a tombstone)
local function existing_room(service, room_jid)
	local room = service.get_room_from_jid(room_jid);
	if room and not muc.is_tombstone(room) then return room; end
end

local function occupants_of(room)
	local items = {};
	for _, occupant in room:each_occupant() do
		t_insert(items, {
			nick = select(3, jid_util.split(occupant.nick)) or occupant.nick;
			jid = occupant.jid or occupant.bare_jid;
			role = occupant.role or "none";
			affiliation = room:get_affiliation(occupant.bare_jid) or "none";
		});
	end
	table.sort(items, function (a, b) return a.nick < b.nick; end);
	return items;
end

local function affiliations_of(room)
	local items = {};
	for affiliated, affiliation in room:each_affiliation() do
		t_insert(items, { jid = affiliated, affiliation = affiliation });
	end
	table.sort(items, function (a, b) return a.jid < b.jid; end);
	return items;
end

-- GET /rooms/<room>
local function get_room(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local room_jid, component, service = parse_room(req, req.segments[2]);
	if not room_jid then return component; end
	local room = existing_room(service, room_jid);
	if not room then return room_missing(room_jid); end
	local answer = summary(room, component);
	answer.occupant_list = list(occupants_of(room));
	answer.affiliations = list(affiliations_of(room));
	return R(200, { room = answer });
end

function rooms.get(req)
	if #req.segments == 1 then return list_rooms(req); end
	return get_room(req);
end

-- Body field check: nil | the 400
local function check_fields(body, kinds)
	for field, kind in pairs(kinds) do
		if body[field] ~= nil and body[field] ~= json_null and type(body[field]) ~= kind then
			return R(400, ("Invalid %s: must be a %s"):format(field, kind));
		end
	end
end

local function set_owners(room, owners)
	for _, owner in ipairs(owners) do
		local owner_jid = type(owner) == "string" and jid_util.prep(owner);
		if not owner_jid then return R(400, "Invalid owner: " .. tostring(owner)); end
		room:set_affiliation(true, jid_util.bare(owner_jid), "owner");
	end
end

local CREATE_FIELDS = { name = "string", description = "string", password = "string", persistent = "boolean",
	public = "boolean", members_only = "boolean", moderated = "boolean", owners = "table" };

local function configure(room, body)
	local function given(field) local v = body[field]; if v ~= json_null then return v; end end
	if given("name") then room:set_name(body.name); end
	if given("description") and room.set_description then room:set_description(body.description); end
	if given("password") and body.password ~= "" then room:set_password(body.password); end
	room:set_persistent(given("persistent") ~= false);
	room:set_hidden(given("public") == false);
	if given("members_only") ~= nil then room:set_members_only(body.members_only); end
	if given("moderated") ~= nil and room.set_moderated then room:set_moderated(body.moderated); end
end

-- POST /rooms/<room> {"name"?, "description"?, "persistent"? (true), "public"? (true),
-- "members_only"?, "moderated"?, "password"?, "owners"?: [jids]}
function rooms.create(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local body = req.body();
	if body == false then return ERR.invalid_body; end
	body = body or {};
	local bad = check_fields(body, CREATE_FIELDS);
	if bad then return bad; end
	local room_jid, component, service = parse_room(req, req.segments[2]);
	if not room_jid then return component; end
	local old = service.get_room_from_jid(room_jid);
	if old and not muc.is_tombstone(old) then return R(409, "Room exists: " .. room_jid); end
	if old then old:destroy(); end -- a tombstone would refuse the new room for a month
	local room, err = service.create_room(room_jid);
	if not room then return R(500, "Room not created: " .. tostring(err)); end
	configure(room, body);
	bad = set_owners(room, type(body.owners) == "table" and body.owners or {});
	if bad then room:destroy(); return bad; end
	room:save(true);
	module:log("info", "%s created room %s", req.auth_jid, room_jid);
	return R(201, "Room created: " .. room_jid);
end

-- -> reason, alternate | nil, nil, error response (body {"reason"?, "alternate"?})
local function destroy_options(req, body)
	local bad = check_fields(body, { reason = "string", alternate = "string" });
	if bad then return nil, nil, bad; end
	local reason = body.reason ~= json_null and body.reason ~= "" and body.reason or nil;
	local alternate = body.alternate ~= json_null and body.alternate ~= "" and body.alternate or nil;
	if alternate then
		alternate = jid_util.prep(alternate);
		if not alternate or not jid_util.node(alternate) then return nil, nil, R(400, "Invalid alternate: not a room JID"); end
	end
	return reason or false, alternate;
end

local function destroy(room, reason, alternate, actor)
	muc.forget(room);
	room:destroy(alternate, reason or nil);
	module:log("info", "%s destroyed room %s%s", actor, room.jid, reason and (": " .. reason) or "");
end

-- DELETE /rooms {"rooms": [jids], "reason"?, "alternate"?}: all or nothing as to rights (403
-- when one room's host is not the caller's); rooms that do not exist are reported, not an error.
local function destroy_many(req, body)
	if type(body.rooms) ~= "table" or #body.rooms == 0 then return R(400, "Body must list the rooms"); end
	local reason, alternate, err = destroy_options(req, body);
	if reason == nil then return err; end
	local found, missing = {}, {};
	for _, text in ipairs(body.rooms) do
		local room_jid, refusal, service = parse_room(req, text);
		if not room_jid then
			if refusal.status == 403 then return refusal; end
			t_insert(missing, tostring(text));
		else
			local room = existing_room(service, room_jid);
			if room then t_insert(found, room); else t_insert(missing, room_jid); end
		end
	end
	local destroyed = {};
	for _, room in ipairs(found) do
		destroy(room, reason, alternate, req.auth_jid);
		t_insert(destroyed, room.jid);
	end
	return R(200, { destroyed = list(destroyed), missing = list(missing), count = #destroyed });
end

-- DELETE /rooms/<room> {"reason"?, "alternate"?}, DELETE /rooms {"rooms": [...], …}
function rooms.delete(req)
	local body = req.body();
	if body == false then return ERR.invalid_body; end
	body = body or {};
	if #req.segments == 1 then return destroy_many(req, body); end
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local room_jid, component, service = parse_room(req, req.segments[2]);
	if not room_jid then return component; end
	local reason, alternate, err = destroy_options(req, body);
	if reason == nil then return err; end
	local room = existing_room(service, room_jid);
	if not room then return room_missing(room_jid); end
	destroy(room, reason, alternate, req.auth_jid);
	return R(200, "Room destroyed: " .. room_jid);
end

-- PUT /rooms/<room>/affiliations/<jid> {"affiliation": "owner"|"admin"|"member"|"outcast"|"none",
-- "reason"?}
function rooms.put(req)
	local seg = req.segments;
	if #seg ~= 4 or seg[3] ~= "affiliations" then return ERR.invalid_path; end
	local room_jid, component, service = parse_room(req, seg[2]);
	if not room_jid then return component; end
	local body = req.body();
	if type(body) ~= "table" or type(body.affiliation) ~= "string" then return ERR.invalid_body; end
	if not AFFILIATIONS[body.affiliation] then
		return R(400, "Invalid affiliation: must be owner, admin, member, outcast or none");
	end
	local bad = check_fields(body, { reason = "string" });
	if bad then return bad; end
	local target = jid_util.prep(seg[4]);
	if not target then return R(400, "Invalid JID: " .. seg[4]); end
	target = jid_util.bare(target);
	local room = existing_room(service, room_jid);
	if not room then return room_missing(room_jid); end
	local reason = body.reason ~= json_null and body.reason ~= "" and body.reason or nil;
	local ok, err_type, condition = room:set_affiliation(true, target, body.affiliation, reason);
	if not ok then return R(400, ("Affiliation not changed: %s"):format(tostring(condition or err_type))); end
	room:save(true);
	module:log("info", "%s made %s %s of %s", req.auth_jid, target, body.affiliation, room_jid);
	return R(200, ("Affiliation changed: %s is %s of %s"):format(target, body.affiliation, room_jid));
end

-- Rooms are available where the server hosts a MUC component
function rooms.available()
	return muc.components()[1] ~= nil;
end

-- ctx: module, compat, json, targets, auth, muc
function rooms.init(ctx)
	local compat = ctx.compat;
	module, hosts, jid_util = ctx.module, compat.hosts, compat.jid;
	muc, target_user, listed_host = ctx.muc, ctx.targets.target_user, ctx.targets.listed_host;
	R, ERR, list, json_null = ctx.json.R, ctx.json.ERR, ctx.json.list, ctx.json.null;
	every_host_refusal = function (req, component)
		return ctx.auth.server_wide_refusal(req.auth_jid, req.method, "rooms")
			and R(403, ("Not allowed on %s: it belongs to no VirtualHost and %s is not an administrator "
				.. "of every host"):format(component, req.auth_jid)) or nil;
	end;
	return rooms;
end

return rooms;
