-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: last activity. Prosody 0.12 keeps none on disk (mod_lastactivity only
-- remembers the last unavailable presence in memory), so the module records every user's
-- last login (resource bind) and logout (resource unbind) in the "admin_rest_activity"
-- store: { login = time, logout = time }. The host-wide record (key nil) holds
-- { since = time }: when recording began on the host. Prosody 13's mod_account_activity
-- and prosody-modules' mod_lastlog2 are read too where they are loaded (the latest wins).

local activity = {};

local ACTIVITY_STORE = "admin_rest_activity";

local hosts, mm, storagemanager, online_user;

-- Hooks resource-bind and resource-unbind of the module's host to the module's store.
local function record(module)
	local store = module:open_store(ACTIVITY_STORE);
	local meta = store:get(nil);
	if type(meta) ~= "table" or type(meta.since) ~= "number" then
		store:set(nil, { since = os.time() });
	end
	local function recorder(field)
		return function (event)
			local session = event.session;
			local username = session and session.username;
			if not username or session.host ~= module.host then return; end
			-- Not for an account that is gone (a session that ends after its account was deleted).
			local provider = hosts[module.host].users;
			if provider and provider.user_exists and not provider.user_exists(username) then return; end
			local saved = store:get(username);
			if type(saved) ~= "table" then saved = {}; end
			saved[field] = os.time();
			store:set(username, saved);
		end;
	end
	module:hook("resource-bind", recorder("login"));
	module:hook("resource-unbind", recorder("logout"));
end

-- -> when recording began on user_host | nil
function activity.since(user_host)
	local meta = storagemanager.open(user_host, ACTIVITY_STORE):get(nil);
	return type(meta) == "table" and tonumber(meta.since) or nil;
end

-- Prosody 13's own record (mod_account_activity: last authentication or logout) | nil
local function account_activity(username, user_host)
	if not mm.is_loaded(user_host, "account_activity") then return nil; end
	local provider = mm.get_module(user_host, "account_activity");
	if provider and type(provider.get_last_active) == "function" then
		local ok, t = pcall(provider.get_last_active, username);
		if ok then return t; end
	end
	local saved = storagemanager.open(user_host, "account_activity"):get(username);
	return type(saved) == "table" and saved.timestamp or nil;
end

-- -> the last login or logout time (the request's time when the user is online) | nil
function activity.last_active(username, user_host)
	if online_user(user_host, username) then return os.time(); end
	local latest;
	local function consider(t)
		t = tonumber(t);
		if t and (not latest or t > latest) then latest = t; end
	end
	local own = storagemanager.open(user_host, ACTIVITY_STORE):get(username);
	if type(own) == "table" then
		consider(own.login);
		consider(own.logout);
	end
	consider(account_activity(username, user_host));
	if mm.is_loaded(user_host, "lastlog2") then
		local lastlog = storagemanager.open(user_host, "lastlog2"):get(username);
		if type(lastlog) == "table" then
			for _, field in ipairs({ "login", "logout" }) do
				if type(lastlog[field]) == "table" then consider(lastlog[field].timestamp); end
			end
		end
	end
	return latest and math.floor(latest) or nil;
end

-- ctx: module, compat, targets. Starts recording on the module's host.
function activity.init(ctx)
	local compat = ctx.compat;
	hosts, mm, storagemanager = compat.hosts, compat.modulemanager, compat.storagemanager;
	online_user = ctx.targets.online_user;
	record(ctx.module);
	return activity;
end

return activity;
