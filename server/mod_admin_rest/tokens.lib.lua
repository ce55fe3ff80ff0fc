-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: sign in once (ours). POST /token, for an administrator authenticated with
-- HTTP Basic, issues a random bearer token; every route then accepts "Authorization: Bearer
-- <token>" and checks it without a password hash. DELETE /token revokes it.
--
-- A token belongs to the administrator who asked and to this module on this VirtualHost: the
-- store is this module instance's memory (not mod_tokenauth, whose grants outlive a reload
-- and serve every HTTP and XMPP login), so a token also dies when the module reloads or
-- Prosody restarts. Only the SHA-256 of a token is kept; a lookup is by that hash, so
-- nothing is compared byte by byte with the secret. A token expires after
-- admin_rest_token_lifetime seconds and is revoked when its administrator's password or
-- role changes, the account is deleted or disabled (Prosody's events, fired also by this
-- module's own routes). Tokens are never logged; a wrong one counts as a failed
-- authentication for the throttle. A revoked token is remembered (by its hash) until it would
-- have expired and answers "Token revoked" without counting: a client's requests still under
-- way when it signs out, or when a password change revokes its token, are not guesses, and
-- counting them locked the address out of signing in again.

local tokens = {};

local module, sha256, random_bytes, b64_encode, now;
local R, ERR, OURS, level;
local lifetime;
local MAX_PER_ADMIN = 20;

local store = {}; -- sha256 hex of the token -> { jid, expires, issued, revoked? }

local function digest(token)
	return sha256(token, true);
end

local function expired(entry, t)
	return entry.expires <= t;
end

-- Drops expired tokens, and jid's oldest while it holds MAX_PER_ADMIN or more
local function sweep(jid)
	local t = now();
	local mine = {};
	for hash, entry in pairs(store) do
		if expired(entry, t) then
			store[hash] = nil;
		elseif entry.jid == jid and not entry.revoked then
			table.insert(mine, { hash = hash, issued = entry.issued });
		end
	end
	table.sort(mine, function (a, b) return a.issued < b.issued; end);
	for i = 1, #mine - MAX_PER_ADMIN + 1 do store[mine[i].hash] = nil; end
end

-- How many live tokens jid holds (logged with each issue and revocation, never the tokens)
local function held_by(jid)
	local t, count = now(), 0;
	for _, entry in pairs(store) do
		if entry.jid == jid and not entry.revoked and not expired(entry, t) then count = count + 1; end
	end
	return count;
end

-- Revokes every token of jid; why: logged (never the token)
local function revoke_jid(jid, why)
	local count = 0;
	for _, entry in pairs(store) do
		if entry.jid == jid and not entry.revoked then
			entry.revoked = true;
			count = count + 1;
		end
	end
	if count > 0 then module:log("info", "Revoked %d token(s) of %s: %s", count, jid, why); end
end

-- "Bearer <token>" -> auth jid | nil, error response, whether it counts as a failed authentication
function tokens.check(token)
	local hash = digest(token);
	local entry = store[hash];
	if not entry then return nil, ERR.auth_failure, true; end
	if expired(entry, now()) then
		store[hash] = nil;
		return nil, R(401, "Token expired"), false;
	end
	if entry.revoked then return nil, R(401, "Token revoked"), false; end
	return entry.jid, hash;
end

-- POST /token: only with the password (a token does not renew itself)
function tokens.issue(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	if req.token then return R(403, "A token is issued only for HTTP Basic authentication"); end
	sweep(req.auth_jid);
	local token = b64_encode(random_bytes(32)):gsub("[+/=]", { ["+"] = "-", ["/"] = "_", ["="] = "" });
	local t = now();
	store[digest(token)] = { jid = req.auth_jid, expires = t + lifetime, issued = t };
	module:log("info", "Token issued to %s for %d s (%d held)", req.auth_jid, lifetime, held_by(req.auth_jid));
	return R(200, { token = token, lifetime = lifetime, expires = math.floor(t + lifetime), jid = req.auth_jid });
end

-- DELETE /token: with a token, that token; with the password, every token of the caller
function tokens.revoke(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	if req.token then
		store[req.token].revoked = true;
		module:log("info", "Token of %s revoked by its holder (%d held)", req.auth_jid, held_by(req.auth_jid));
		return R(200, "Token revoked");
	end
	revoke_jid(req.auth_jid, "revoked by the administrator");
	return R(200, "Tokens revoked: " .. req.auth_jid);
end

local function account_event(why)
	return function (event)
		if event.username and event.host then revoke_jid(event.username .. "@" .. event.host, why); end
	end;
end

-- ctx: module, options.token_lifetime, compat, emulation, json, auth
function tokens.init(ctx)
	local compat = ctx.compat;
	module, now = ctx.module, compat.now;
	sha256 = compat.import("util.hashes").sha256;
	random_bytes = compat.import("util.random").bytes;
	b64_encode = compat.import("util.encodings").base64.encode;
	R, ERR, OURS, level = ctx.json.R, ctx.json.ERR, ctx.emulation.OURS, ctx.emulation.level;
	lifetime = math.max(1, math.floor(ctx.options.token_lifetime));
	tokens.lifetime = lifetime;
	if level == OURS then ctx.auth.accept_tokens(tokens.check); end
	for event, why in pairs({ ["user-password-changed"] = "password changed", ["user-deleted"] = "account deleted",
		["user-disabled"] = "account disabled", ["user-roles-changed"] = "roles changed",
		["user-role-changed"] = "role changed", ["user-role-added"] = "role added",
		["user-role-removed"] = "role removed" }) do
		module:hook_global(event, account_event(why));
	end
	return tokens;
end

return tokens;
