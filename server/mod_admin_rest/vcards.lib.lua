-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: vCards as raw text (current): GET|PUT|DELETE /vcards/<user>. Kept in our
-- own store "admin_rest_vcards", falling back to the published version's {value=…} in the
-- "vcard" store.

local vcards = {};

local storagemanager, existing_user;
local R, ERR, CURRENT, level, is_text;

-- A vCard route: action(req, v) with v = { username, host, jid } of the request's user,
-- who must exist
local function route(action)
	return function (req)
		if #req.segments ~= 2 then return ERR.invalid_path; end
		local username, user_host, err = existing_user(req, req.segments[2]);
		if not username then return err; end
		return action(req, { username = username, host = user_host, jid = username .. "@" .. user_host });
	end;
end

-- The published version's record, when it is one
local function legacy_vcard(store, username)
	local legacy = store:get(username);
	if type(legacy) == "table" and type(legacy.value) == "string" then return legacy; end
end

vcards.get = route(function (_, v)
	local data = storagemanager.open(v.host, "admin_rest_vcards"):get(v.username)
		or legacy_vcard(storagemanager.open(v.host, "vcard"), v.username);
	if type(data) == "table" and type(data.value) == "string" then
		return R(200, data.value, "text/vcard");
	end
	return R(404, ("The user <%s> has no vCard configured."):format(v.jid));
end);

vcards.set = route(function (req, v)
	local raw = req.request.body;
	local content_type = req.request.headers.content_type or "";
	if type(raw) ~= "string" or raw == "" or content_type:match("^application/json") then
		if level == CURRENT then return ERR.internal_error; end -- "Received a request with no body"
		return ERR.invalid_body;
	end
	if not is_text(raw) then return ERR.invalid_text; end -- a vCard is text; storage and clients need UTF-8
	if not storagemanager.open(v.host, "admin_rest_vcards"):set(v.username, { value = raw }) then
		return ERR.internal_error;
	end
	return R(200, ("vCard stored for <%s>"):format(v.jid));
end);

vcards.delete = route(function (_, v)
	storagemanager.open(v.host, "admin_rest_vcards"):set(v.username, nil);
	local legacy_store = storagemanager.open(v.host, "vcard");
	if legacy_vcard(legacy_store, v.username) then legacy_store:set(v.username, nil); end
	return R(200, ("vCard deleted for <%s>"):format(v.jid));
end);

-- ctx: compat, emulation, json, targets
function vcards.init(ctx)
	storagemanager, existing_user = ctx.compat.storagemanager, ctx.targets.existing_user;
	R, ERR, is_text = ctx.json.R, ctx.json.ERR, ctx.json.is_text;
	CURRENT, level = ctx.emulation.CURRENT, ctx.emulation.level;
	return vcards;
end

return vcards;
