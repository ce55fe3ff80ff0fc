-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: the group chat services (MUC components) of this server, seen from the rooms
-- routes. A component belongs to the VirtualHost its name continues (conference.example.org →
-- example.org); a component whose parent is not a VirtualHost here belongs to no host, and only
-- an administrator of every host may act on it. What the module records itself, because
-- mod_muc keeps neither: when a room was created and when its last message was sent (the
-- component's admin_rest_rooms store). mod_muc's API is the same on Prosody 0.12 and 13
-- (get_room_from_jid, all_rooms, live_rooms, create_room, room methods).

local muc = {};

local module, hosts, mm, storagemanager;
local is_local_host;

local activity; -- component -> room node -> { created = t, last_message = t } (cache of the store)
local hooked = {}; -- events objects this instance hooked
local WRITE_EVERY = 60; -- seconds: the last message time reaches the store at most this often

function muc.parent_host(component)
	local parent = component:match("^[^.]+%.(.+)$");
	if parent and is_local_host(parent) then return parent; end
end

-- The MUC module of component | nil
function muc.service(component)
	local h = hosts[component];
	if not h or h.type ~= "component" then return nil; end
	local env = mm.get_module(component, "muc");
	if env and env.get_room_from_jid then return env; end
end

-- Every component with the MUC module, sorted
function muc.components()
	local names = {};
	for name in pairs(hosts) do
		if muc.service(name) then table.insert(names, name); end
	end
	table.sort(names);
	return names;
end

local function store(component)
	return storagemanager.open(component, "admin_rest_rooms");
end

local function record(component, node)
	local per = activity[component];
	if not per then per = {}; activity[component] = per; end
	local rec = per[node];
	if rec == nil then
		local ok, stored = pcall(function () return store(component):get(node); end);
		rec = ok and type(stored) == "table" and stored or {};
		per[node] = rec;
	end
	return rec;
end

local function save(component, node, rec)
	local ok, err = pcall(function () return store(component):set(node, rec); end);
	if not ok then module:log("warn", "Could not record the activity of %s@%s: %s", node, component, err); end
end

-- -> { created = t | nil, last_message = t | nil } of a room
function muc.activity(room)
	local node, component = room.jid:match("^([^@]+)@(.+)$");
	return record(component, node);
end

function muc.forget(room)
	local node, component = room.jid:match("^([^@]+)@(.+)$");
	if activity[component] then activity[component][node] = nil; end
	save(component, node, nil);
end

local function on_created(event)
	local room = event.room;
	local node, component = room.jid:match("^([^@]+)@(.+)$");
	local rec = record(component, node);
	if rec.created then return; end
	rec.created = os.time();
	save(component, node, rec);
end

local function on_message(event)
	local room = event.room;
	local stanza = event.stanza;
	if not stanza or not stanza:get_child("body") then return; end
	local node, component = room.jid:match("^([^@]+)@(.+)$");
	local rec = record(component, node);
	local t = os.time();
	local written = rec.last_message_written or 0;
	rec.last_message = t;
	if t - written >= WRITE_EVERY then
		rec.last_message_written = t;
		save(component, node, rec);
	end
end

local function on_destroyed(event)
	if event.room and not (event.room._data and event.room._data.destroyed) then muc.forget(event.room); end
end

local function hook_component(component)
	local h = hosts[component];
	if not h or not muc.service(component) or hooked[h.events] then return; end
	hooked[h.events] = true;
	module:hook_object_event(h.events, "muc-room-created", on_created);
	module:hook_object_event(h.events, "muc-broadcast-message", on_message);
	module:hook_object_event(h.events, "muc-room-destroyed", on_destroyed, 1);
end

-- Records the activity of every MUC component's rooms (again: a component loaded since)
function muc.hook_all()
	for _, component in ipairs(muc.components()) do hook_component(component); end
end

-- A room is one of mod_muc's tombstones (what a destroyed persistent room leaves for a while)
function muc.is_tombstone(room)
	return room._data and room._data.destroyed and true or false;
end

-- The time of a room's last message: mod_muc_mam's archive where it is loaded, the room's
-- in-memory history, the module's own record; the latest, and where it came from (at equal
-- times the server's own record: mam, then history). -> t | nil, source | nil
function muc.last_message(room, component)
	local latest, source = muc.activity(room).last_message, "admin_rest";
	if not latest then source = nil; end
	local history = room._history;
	local last = history and history[#history];
	if last and last.timestamp and (not latest or last.timestamp >= latest) then
		latest, source = math.floor(last.timestamp), "history";
	end
	if mm.is_loaded(component, "muc_mam") then
		local ok, when = pcall(function ()
			local archive = storagemanager.open(component, "muc_log", "archive");
			local items = archive:find(room.jid:match("^[^@]+"), { limit = 1, reverse = true });
			if not items then return nil; end
			for _, _, t in items do return t; end
		end);
		if ok and when and (not latest or when >= latest) then latest, source = math.floor(when), "mam"; end
	end
	return latest, source;
end

-- ctx: module, compat, targets
function muc.init(ctx)
	local compat = ctx.compat;
	module, hosts, mm, storagemanager = ctx.module, compat.hosts, compat.modulemanager, compat.storagemanager;
	is_local_host = ctx.targets.is_local_host;
	activity = module:shared("/*/" .. module.name .. "/room_activity");
	muc.hook_all();
	module:hook_global("server-started", muc.hook_all); -- components activated after this host
	return muc;
end

return muc;
