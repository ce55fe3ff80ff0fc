-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: ask in bulk (ours). POST /batch/<operation> {"users": [items]} runs one
-- route's work for each item and answers 200 with every item's own outcome, in order:
--   {"results": [{"user": item's user as sent, "status": the route's status, "result": its result}],
--    "count": items, "succeeded": items with a status below 300}
-- operations (items: "user" or "user@host", except create-users):
--   create-users   POST /user/<u> for each {"user", "password", "regip"?}
--   delete-users   DELETE /user/<u>
--   users          GET /user/<u>
--   rosters        GET /roster/<u>
--   last-activity  {"jid", "online", "last_activity"}, as an item of GET /last-activity
-- Each item is checked like its route (host isolation per item: a host the caller does not
-- administer gets its 403), runs on its own (an item that fails leaves the others done) and
-- the batch holds at most admin_rest_batch_max items (413 above). ?immediate=true on the batch is
-- passed to each item as on DELETE /user/<u> (delete-users: deleted at once where the server would
-- keep the account restorable).

local batch = {};

local t_insert = table.insert;
local module, xpcall, traceback;
local users, rosters, existing_user, online_user, last_active;
local R, ERR, list, json_null;
local batch_max;

local function reading(handler, route)
	return function (req, item)
		if type(item) ~= "string" then return nil; end
		return item, handler(req.item_request({ route, item }));
	end;
end

local function last_activity_of(req)
	local username, user_host, err = existing_user(req, req.segments[2]);
	if not username then return err; end
	return R(200, { jid = username .. "@" .. user_host, online = online_user(user_host, username) ~= nil,
		last_activity = last_active(username, user_host) or json_null });
end

-- operation -> function (req, item) -> the item's user, its response | nil (a malformed item)
local OPERATIONS = {
	["create-users"] = function (req, item)
		if type(item) ~= "table" or type(item.user) ~= "string" then return nil; end
		local body = { password = item.password, regip = item.regip };
		return item.user, users.create(req.item_request({ "user", item.user }, body));
	end;
	["delete-users"] = reading(function (r) return users.delete(r); end, "user");
	users = reading(function (r) return users.get(r); end, "user");
	rosters = reading(function (r) return rosters.get(r); end, "roster");
	["last-activity"] = reading(last_activity_of, "last-activity");
};

local function run_item(operation, req, item)
	local ok, user, res = xpcall(operation, traceback, req, item);
	if not ok then
		module:log("error", "Error in a batch item: %s", tostring(user));
		return { user = type(item) == "table" and item.user or item, status = 500, result = ERR.internal_error.result };
	end
	if user == nil then
		return { user = json_null, status = 400, result = "Invalid item: a user (and for create-users a password)" };
	end
	res = res or ERR.internal_error;
	return { user = user, status = res.status, result = res.result };
end

-- A request for one item: the batch's caller, host guard and address, the item's path and body
local function item_requester(req)
	local query = { immediate = req.query and req.query.immediate or nil };
	return function (segments, body)
		return { segments = segments, method = req.method, auth_jid = req.auth_jid, ip = req.ip, query = query,
			refuse = req.refuse, body = function () return body; end, groups = req.groups };
	end;
end

-- POST /batch/<operation> {"users": [...]}
function batch.post(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local operation = OPERATIONS[req.segments[2]];
	if not operation then return ERR.invalid_path; end
	local body = req.body();
	local items = type(body) == "table" and body.users;
	if type(items) ~= "table" or #items == 0 then return ERR.invalid_body; end
	if #items > batch_max then
		return R(413, ("Too many items: %d (at most %d in one batch)"):format(#items, batch_max));
	end
	req.item_request = item_requester(req);
	local results, succeeded = {}, 0;
	for _, item in ipairs(items) do
		local outcome = run_item(operation, req, item);
		if outcome.status < 300 then succeeded = succeeded + 1; end
		t_insert(results, outcome);
	end
	return R(200, { results = list(results), count = #results, succeeded = succeeded });
end

-- ctx: module, options.batch_max, compat, json, targets, activity, users, rosters
function batch.init(ctx)
	module, xpcall, traceback = ctx.module, ctx.compat.xpcall, debug.traceback;
	users, rosters = ctx.users, ctx.rosters;
	existing_user, online_user = ctx.targets.existing_user, ctx.targets.online_user;
	last_active = ctx.activity.last_active;
	R, ERR, list, json_null = ctx.json.R, ctx.json.ERR, ctx.json.list, ctx.json.null;
	batch_max = math.max(1, math.floor(ctx.options.batch_max));
	batch.max = batch_max;
	return batch;
end

return batch;
