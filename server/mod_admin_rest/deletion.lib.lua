-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: deletion with a grace period (ours). Where Prosody 13's
-- mod_user_account_management is loaded on a host with registration_delete_grace_period set,
-- DELETE /user/<u> does what that module does when a user deletes their own account: the
-- account is disabled (usermanager.disable_user) and entered in the "accounts_cleanup" store
-- { deleted_at, pending_until }; the module's daily task deletes it once pending_until has
-- passed, and restore_account() (or enabling the account) takes it back. ?immediate=true
-- deletes at once, for good. GET /pending-deletions lists the accounts waiting,
-- POST /pending-deletions/<u>/restore restores one. Unavailable on Prosody 0.12.

local deletion = {};

local CLEANUP_STORE = "accounts_cleanup"; -- mod_user_account_management's

local module, mm, um, storagemanager;
local R, ERR, list, sorted_keys;
local accounts, existing_user, query_host;

local function account_management(h)
	if not mm.is_loaded(h, "user_account_management") then return nil; end
	local env = mm.get_module(h, "user_account_management");
	if env and type(env.restore_account) == "function" then return env; end
end

-- -> the grace period of host h in seconds | nil, why there is none
local function grace_period(h)
	if not accounts.native_on(h) then
		return nil, "deletion with a grace period needs Prosody 13 (usermanager.disable_user) and an "
			.. "authentication provider that can disable accounts";
	end
	if not account_management(h) then
		return nil, ("deletion with a grace period needs mod_user_account_management (Prosody 13) "
			.. "loaded on %s"):format(h);
	end
	local context = module:context(h);
	local period = context.get_option_period and context:get_option_period("registration_delete_grace_period");
	if not period or period <= 0 then
		return nil, ("registration_delete_grace_period is not set for %s"):format(h);
	end
	return period;
end

-- -> nil when host h keeps deleted accounts restorable | the reason it does not
function deletion.unavailable(h)
	local _, why = grace_period(h);
	return why;
end

local function iso(t) return os.date("!%Y-%m-%dT%H:%M:%SZ", t); end

local function pending(username, h)
	local status = storagemanager.open(h, CLEANUP_STORE):get(username);
	if type(status) ~= "table" or not tonumber(status.pending_until) then return nil; end
	return { deleted_at = tonumber(status.deleted_at), pending_until = tonumber(status.pending_until) };
end

-- DELETE /user/<u>'s work where h has a grace period, unless ?immediate=true.
-- -> response | nil (delete at once)
function deletion.schedule(req, username, h)
	if req.query.immediate == "true" or req.query.immediate == "1" then return nil; end
	local period = grace_period(h);
	if not period then return nil; end
	local user_jid = username .. "@" .. h;
	local already = pending(username, h);
	if already then
		return R(202, ("User already scheduled for deletion: %s (restorable until %s)"):format(user_jid,
			iso(already.pending_until)));
	end
	local now = os.time();
	local ok, err = um.disable_user(username, h, { reason = "admin_rest_delete", by = req.auth_jid, when = now,
		comment = "Deletion scheduled by " .. req.auth_jid });
	if ok then
		ok, err = storagemanager.open(h, CLEANUP_STORE):set(username, { deleted_at = now, pending_until = now + period });
		if not ok then um.enable_user(username, h); end
	end
	if not ok then
		module:log("error", "Could not schedule the deletion of %s: %s", user_jid, tostring(err));
		return ERR.internal_error;
	end
	module:log("info", "User scheduled for deletion: %s (until %s)", user_jid, iso(now + period));
	return R(202, ("User scheduled for deletion: %s (restorable until %s)"):format(user_jid, iso(now + period)));
end

-- The fields of a user view: pending_deletion { deleted_at, pending_until } | null
function deletion.fields(username, h, into, null)
	into.pending_deletion = (grace_period(h) and pending(username, h)) or null;
	return into;
end

-- GET /pending-deletions[?host=H]
function deletion.get(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local h, err = query_host(req);
	if not h then return err; end
	local _, why = grace_period(h);
	if why then return R(501, "Unavailable: " .. why); end
	local store = storagemanager.open(h, CLEANUP_STORE);
	local names = {};
	for username in store:users() do names[username] = true; end
	local items = {};
	for _, username in ipairs(sorted_keys(names)) do
		local status = pending(username, h);
		if status and um.user_exists(username, h) then
			status.jid = username .. "@" .. h;
			table.insert(items, status);
		end
	end
	return R(200, { users = list(items), count = #items, now = os.time() });
end

-- POST /pending-deletions/<u>/restore
function deletion.post(req)
	local seg = req.segments;
	if #seg ~= 3 or seg[3] ~= "restore" then return ERR.invalid_path; end
	local username, h, err = existing_user(req, seg[2]);
	if not username then return err; end
	local _, why = grace_period(h);
	if why then return R(501, "Unavailable: " .. why); end
	local user_jid = username .. "@" .. h;
	if not pending(username, h) then return R(404, "User is not pending deletion: " .. user_jid); end
	local ok, restore_err = account_management(h).restore_account(username);
	if not ok then
		module:log("error", "Could not restore %s: %s", user_jid, tostring(restore_err));
		return R(500, "Could not restore: " .. tostring(restore_err));
	end
	module:log("info", "User restored: %s", user_jid);
	return R(200, "User restored: " .. user_jid);
end

-- ctx: module, compat, json, targets, accounts
function deletion.init(ctx)
	local compat = ctx.compat;
	module, mm, um, storagemanager = ctx.module, compat.modulemanager, compat.usermanager, compat.storagemanager;
	R, ERR, list, sorted_keys = ctx.json.R, ctx.json.ERR, ctx.json.list, compat.sorted_keys;
	accounts, existing_user, query_host = ctx.accounts, ctx.targets.existing_user, ctx.targets.query_host;
	return deletion;
end

return deletion;
