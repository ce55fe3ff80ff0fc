-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: what a request names. The path's segments, a user ("<user>" or
-- "<user>@<host>") on a VirtualHost of this server, and whether that user is online.

local targets = {};

local hosts, nameprep, nodeprep, jid_prep, modulemanager, usermanager;
local R, ERR, CRASH;
local CLASSIC, CURRENT, OURS, level;
local module_host;

local function is_local_host(h)
	return h ~= nil and hosts[h] ~= nil and hosts[h].type == "local";
end

-- The path arrives percent-decoded from Prosody's HTTP parser; it is split on "/".
-- -> segments, false when it has an empty segment (or is empty)
local function split_path(path)
	local segments = {};
	path = (path or ""):gsub("^/", "");
	if path == "" then return segments, false; end
	for segment in (path .. "/"):gmatch("([^/]*)/") do
		if segment == "" then return segments, false; end
		table.insert(segments, segment);
	end
	return segments, true;
end

-- "<user>" or "<user>@<host>" from a path segment -> username, host | nil, nil, error response.
-- The published versions prepare a bare name like a host name (nameprep), so "a b" is
-- accepted there; current fails with Prosody's 500 page on a host it does not serve.
local function parse_user(segment)
	if not segment then return nil, nil, ERR.invalid_path; end
	local node_part, host_part = segment:match("^(.*)@([^@]*)$");
	if not node_part then
		node_part, host_part = segment, module_host;
	elseif level == CLASSIC then
		return nil, nil, ERR.invalid_user;
	else
		host_part = nameprep(host_part);
		if not is_local_host(host_part) then
			return nil, nil, level == CURRENT and CRASH or ERR.invalid_host;
		end
	end
	local prep = (level < OURS and node_part == segment) and nameprep or nodeprep;
	local username = prep(node_part);
	if not username or username == "" then
		return nil, nil, ERR.invalid_user;
	end
	return username, host_part;
end

-- A user named by the request, on a host the caller administers
-- -> username, host | nil, nil, error response (malformed, unknown host, or 403)
local function target_user(req, segment)
	local username, user_host, err = parse_user(segment);
	if not username then return nil, nil, err; end
	local refused = req.refuse(user_host);
	if refused then return nil, nil, refused; end
	return username, user_host;
end

-- The request's user that must exist: -> username, host | nil, nil, error response
local function existing_user(req, segment)
	local username, user_host, err = target_user(req, segment);
	if not username then return nil, nil, err; end
	if not usermanager.user_exists(username, user_host) then
		return nil, nil, targets.user_missing(username, user_host);
	end
	return username, user_host;
end

-- A host a request names, prepared: a VirtualHost the caller administers -> host | nil, error response
local function administered_host(req, h)
	if not is_local_host(h) then return nil, ERR.invalid_host; end
	local refused = req.refuse(h);
	if refused then return nil, refused; end
	return h;
end

-- ?host=H of a request (the module's host without it), a host the caller administers
-- -> host | nil, error response
function targets.query_host(req)
	local h = req.query.host;
	if not h or h == "" then return module_host; end
	return administered_host(req, nameprep(h));
end

-- ?host=H of a listing (rooms, s2s, certificates), a host the caller administers
-- -> host | nil without ?host (the listing covers every host the caller administers) | nil, error response
function targets.listed_host(req)
	local only = req.query.host;
	if not only then return nil; end
	return administered_host(req, jid_prep(only));
end

function targets.user_missing(username, user_host)
	return R(404, "User does not exist: " .. username .. "@" .. user_host);
end

function targets.online_user(user_host, username)
	local h = hosts[user_host];
	return h and h.sessions and h.sessions[username];
end

function targets.offline_enabled(user_host)
	return modulemanager.is_loaded(user_host, "offline") or modulemanager.is_loaded(user_host, "offline_bind")
		or false;
end

-- ctx: module, compat, emulation, json
function targets.init(ctx)
	local compat, emulation = ctx.compat, ctx.emulation;
	hosts, nameprep, nodeprep, jid_prep = compat.hosts, compat.nameprep, compat.nodeprep, compat.jid.prep;
	modulemanager, usermanager = compat.modulemanager, compat.usermanager;
	R, ERR, CRASH = ctx.json.R, ctx.json.ERR, emulation.CRASH;
	CLASSIC, CURRENT, OURS, level = emulation.CLASSIC, emulation.CURRENT, emulation.OURS, emulation.level;
	module_host = ctx.module.host;
	return targets;
end

targets.is_local_host, targets.split_path = is_local_host, split_path;
targets.parse_user, targets.target_user, targets.existing_user = parse_user, target_user, existing_user;

return targets;
