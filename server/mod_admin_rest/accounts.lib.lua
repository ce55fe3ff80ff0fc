-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: disabled accounts. PATCH /user/<u>/enabled {"enabled", "reason"?} (ours), and
-- the enabled state that GET /user/<u> and GET /registered-users carry.
--
-- Prosody 13 keeps the state itself (usermanager.disable_user, enable_user, user_is_enabled, in
-- the auth provider's account record): its test_password and SASL refuse a disabled account and
-- mod_c2s closes the account's sessions on "user-disabled". Prosody 0.12 has no such state: the
-- module keeps the disabled accounts of a host in its "admin_rest_disabled" store and guards the
-- host's auth provider: test_password refuses them, and the SASL profile the provider hands out
-- answers "disabled" for them from every password backend (plain, plain_test, scram_*) and from
-- external, so SASL fails with <account-disabled/>; the module closes their sessions itself.
-- On Prosody 13 with a provider that cannot disable (no provider.disable) it is unavailable.

local accounts = {};

local DISABLED_STORE = "admin_rest_disabled";
local GUARD = "admin_rest_guard"; -- the provider's field holding the functions the guard replaced
local MAX_REASON = 1000;

local module, hosts, um, storagemanager;
local R, ERR, json_null;
local existing_user;
local native; -- Prosody 13's usermanager has the state

local function provider_of(h) return hosts[h] and hosts[h].users; end

-- Does Prosody keep the state on host h (13, with a provider that can disable)?
local function native_on(h)
	local provider = provider_of(h);
	return native and provider ~= nil and provider.disable ~= nil and provider.enable ~= nil;
end

-- -> nil when accounts can be disabled on h | the reason they cannot
function accounts.unavailable(h)
	if native_on(h) or not native then return nil; end
	return ("the authentication provider of %s cannot disable accounts"):format(h);
end

local function disabled_record(username, h)
	local record = storagemanager.open(h, DISABLED_STORE):get(username);
	return type(record) == "table" and record or nil;
end

-- -> enabled (boolean), details { reason, by, when } (or nil)
function accounts.state(username, h)
	if native_on(h) then
		local enabled = um.user_is_enabled(username, h);
		if enabled ~= false then return true, nil; end
		local account = storagemanager.open(h, "accounts"):get(username);
		local meta = type(account) == "table" and type(account.disabled_meta) == "table" and account.disabled_meta or {};
		return false, { reason = meta.comment or meta.reason, by = meta.by, when = meta.when };
	end
	if native then return true, nil; end
	local record = disabled_record(username, h);
	if not record then return true, nil; end
	return false, record;
end

-- The fields a user view or listing carries: enabled, disabled ({ reason, by, when } | null)
function accounts.fields(username, h, into)
	local enabled, details = accounts.state(username, h);
	into.enabled = enabled;
	if not enabled then
		into.disabled = { reason = details.reason or json_null, by = details.by or json_null,
			when = tonumber(details.when) or json_null };
	else
		into.disabled = json_null;
	end
	return into;
end

---------------------------------------------------------------------------
-- Prosody 0.12: the guard on the host's auth provider
---------------------------------------------------------------------------

local function guard_profile(profile, h)
	local function disabled(username) return type(username) == "string" and disabled_record(username, h) ~= nil; end
	local copy = {};
	for key, value in pairs(profile) do copy[key] = value; end
	for key, value in pairs(profile) do
		if type(value) == "function" and (key == "plain" or key == "plain_test") then
			copy[key] = function (self, username, ...)
				if disabled(username) then return nil, false; end
				return value(self, username, ...);
			end;
		elseif type(value) == "function" and type(key) == "string" and key:match("^scram_") then
			copy[key] = function (self, username, ...)
				if disabled(username) then return nil, nil, nil, nil, false; end
				return value(self, username, ...);
			end;
		elseif type(value) == "function" and key == "external" then
			copy[key] = function (...)
				local username, state = value(...);
				if disabled(username) then return username, false; end
				return username, state;
			end;
		end
	end
	return copy;
end

local function guard(h)
	local provider = provider_of(h);
	if not provider or rawget(provider, GUARD) then return; end
	local test_password, get_sasl_handler = rawget(provider, "test_password"), rawget(provider, "get_sasl_handler");
	if not test_password or not get_sasl_handler then return; end
	provider[GUARD] = { test_password = test_password, get_sasl_handler = get_sasl_handler };
	provider.test_password = function (username, ...)
		if type(username) == "string" and disabled_record(username, h) then return nil, "Account disabled."; end
		return test_password(username, ...);
	end;
	provider.get_sasl_handler = function (...)
		local handler = get_sasl_handler(...);
		if type(handler) == "table" and type(handler.profile) == "table" then
			handler.profile = guard_profile(handler.profile, h);
		end
		return handler;
	end;
end

-- Gives the host's auth provider back its own functions (when the module unloads)
function accounts.unguard()
	local provider = provider_of(module.host);
	local saved = provider and rawget(provider, GUARD);
	if not saved then return; end
	provider.test_password, provider.get_sasl_handler = saved.test_password, saved.get_sasl_handler;
	provider[GUARD] = nil;
end

---------------------------------------------------------------------------
-- PATCH /user/<u>/enabled
---------------------------------------------------------------------------

local function sessions_of(username, h)
	local user = hosts[h].sessions and hosts[h].sessions[username];
	local list = {};
	for _, session in pairs(user and user.sessions or {}) do table.insert(list, session); end
	return list;
end

local function disable(username, h, reason, actor)
	local sessions = sessions_of(username, h);
	local when = os.time();
	if native_on(h) then
		local ok, err = um.disable_user(username, h, { reason = "admin_rest", comment = reason, by = actor, when = when });
		if not ok then return nil, err; end
		for _, session in ipairs(sessions) do -- mod_c2s closed them on "user-disabled"; any left
			if not session.destroyed then session:close({ condition = "not-authorized", text = "Account disabled" }); end
		end
	else
		local ok, err = storagemanager.open(h, DISABLED_STORE):set(username, { reason = reason, by = actor, when = when });
		if not ok then return nil, err; end
		for _, session in ipairs(sessions) do
			session:close({ condition = "not-authorized", text = "Account disabled" });
		end
		module:log("info", "User account disabled: %s@%s", username, h);
	end
	return #sessions;
end

local function enable(username, h)
	if native_on(h) then return um.enable_user(username, h); end
	local ok, err = storagemanager.open(h, DISABLED_STORE):set(username, nil);
	if ok then module:log("info", "User account enabled: %s@%s", username, h); end
	return ok, err;
end

-- The body of PATCH /user/<u>/enabled -> enabled, reason | nil, error response
local function enabled_body(body)
	if type(body) ~= "table" then return nil, nil, ERR.invalid_body; end
	if type(body.enabled) ~= "boolean" then return nil, nil, R(400, "Invalid enabled: must be true or false"); end
	local reason = body.reason;
	if reason == json_null or reason == "" then reason = nil; end
	if reason ~= nil and (type(reason) ~= "string" or #reason > MAX_REASON) then
		return nil, nil, R(400, ("Invalid reason: must be a string of at most %d bytes"):format(MAX_REASON));
	end
	return body.enabled, reason;
end

-- PATCH /user/<u>/enabled {"enabled": bool, "reason"?}
function accounts.patch_enabled(req)
	local username, user_host, err = existing_user(req, req.segments[2]);
	if not username then return err; end
	local missing = accounts.unavailable(user_host);
	if missing then return R(501, "Unavailable: " .. missing); end
	local enabled, reason, body_err = enabled_body(req.body());
	if enabled == nil then return body_err; end
	local user_jid = username .. "@" .. user_host;
	if not enabled and user_jid == req.auth_jid then
		return R(409, "Refusing to disable the account making this request: " .. user_jid);
	end
	local closed, failed;
	if enabled then
		closed = 0;
		local ok, enable_err = enable(username, user_host);
		if not ok then failed = enable_err; end
	else
		closed, failed = disable(username, user_host, reason, req.auth_jid);
	end
	if failed then
		module:log("error", "Could not %s %s: %s", enabled and "enable" or "disable", user_jid, tostring(failed));
		return ERR.internal_error;
	end
	local account = accounts.fields(username, user_host, { jid = user_jid, closed = closed });
	return R(200, { account = account });
end

-- ctx: module, compat, json, targets
function accounts.init(ctx)
	local compat = ctx.compat;
	module, hosts, um, storagemanager = ctx.module, compat.hosts, compat.usermanager, compat.storagemanager;
	R, ERR, json_null = ctx.json.R, ctx.json.ERR, ctx.json.null;
	existing_user = ctx.targets.existing_user;
	native = um.disable_user ~= nil and um.enable_user ~= nil and um.user_is_enabled ~= nil;
	if not native then
		guard(module.host);
		-- A reloaded auth module brings a new provider: guard that one too (after usermanager took it).
		module:hook("item-added/auth-provider", function () guard(module.host); end, -10);
	end
	return accounts;
end

accounts.native_on = native_on;

return accounts;
