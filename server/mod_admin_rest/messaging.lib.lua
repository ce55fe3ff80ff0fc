-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: messages from the host to its users, and kicks. POST /message/<u>,
-- POST /message (multicast), POST /broadcast, POST /announce (ours) and
-- DELETE /sessions/<u>[/<resource>] (ours). Messages may have a type and a subject (ours).

local messaging = {};

local t_insert = table.insert;
local module, hosts, st, um, resourceprep;
local parse_user, target_user, user_missing, online_user, offline_enabled;
local R, ERR, CRASH, json_null;
local CLASSIC, CURRENT, OURS, level;
local prefixes; -- options: message_prefix, multicast_prefix, broadcast_prefix

-- Message type and subject (ours): body.type "chat" | "normal" | "headline", body.subject.
-- -> { type?, subject? } | nil, error response. The published versions ignore these
-- fields and send no type attribute (that is, "normal") and no subject.
local MESSAGE_TYPES = { chat = true, normal = true, headline = true };

local KICK_CONDITION = "policy-violation";
local KICK_TEXT = "Disconnected by the server administrator";

local function message_options(body)
	if level < OURS or type(body) ~= "table" then return {}; end
	local message_type, subject = body.type, body.subject;
	if message_type == json_null then message_type = nil; end
	if subject == json_null then subject = nil; end
	if message_type ~= nil and not (type(message_type) == "string" and MESSAGE_TYPES[message_type]) then
		return nil, R(400, "Invalid message type: must be chat, normal or headline");
	end
	if subject ~= nil and type(subject) ~= "string" then
		return nil, R(400, "Invalid message subject: must be a string");
	end
	if subject == "" then subject = nil; end
	return { type = message_type, subject = subject };
end

-- The body of a single message, broadcast or announcement:
-- {"message", "type"?, "subject"?} -> body, options | nil, error response
local function message_body(req)
	local body = req.body();
	if not body or type(body.message) ~= "string" then return nil, ERR.invalid_body; end
	local options, err = message_options(body);
	if not options then return nil, err; end
	return body, options;
end

local function new_message(to, from, text, options)
	local message = st.message({ to = to, from = from, type = options and options.type });
	if options and options.subject then message:text_tag("subject", options.subject); end
	return message:text_tag("body", text);
end

local function prefixed(prefix, text)
	return prefix and (prefix .. text) or text;
end

-- Delivers a message from the host to a user: to every online session, else to the
-- offline store (headlines are never stored, as Prosody's mod_message does).
-- -> "sent" | "queued" | "dropped" | "not-stored" | "failed" | nil (no such user)
local function deliver(username, user_host, text, options)
	local to = username .. "@" .. user_host;
	local session = online_user(user_host, username);
	if session and session.sessions and next(session.sessions) then
		local message = new_message(to, user_host, text, options);
		for _, s in pairs(session.sessions) do
			s.send(message);
		end
		return "sent";
	end
	if not um.user_exists(username, user_host) then return nil; end
	if not offline_enabled(user_host) then return "dropped"; end
	if options and options.type == "headline" then return "not-stored"; end
	local message = new_message(to, user_host, text, options);
	local ok = hosts[user_host].events.fire_event("message/offline/handle", {
		origin = hosts[user_host], stanza = message, username = username;
	});
	if not ok then return "failed"; end
	return "queued";
end

-- The multicast recipients -> list of { username, host, message } | nil, error response.
-- Unknown or malformed recipients are skipped; one on a host the caller does not
-- administer refuses the whole request before anything is sent.
local function multicast_targets(req, recipients)
	local targets = {};
	for _, recipient in ipairs(recipients) do
		if type(recipient) == "table" and type(recipient.to) == "string" and type(recipient.message) == "string" then
			local username, user_host = parse_user(recipient.to);
			if username then
				local refused = req.refuse(user_host);
				if refused then return nil, refused; end
				t_insert(targets, { username = username, host = user_host, message = recipient.message });
			end
		end
	end
	return targets;
end

-- POST /message {"recipients":[{"to","message"}], "type"?, "subject"?} (ours)
local function multicast(req)
	if level == CLASSIC then return CRASH; end -- a traceback before anything is sent
	if level == CURRENT then return ERR.invalid_path; end
	local body = req.body();
	if type(body) ~= "table" then return ERR.invalid_body; end
	local recipients = body.recipients;
	if type(recipients) ~= "table" and body[1] ~= nil then recipients = body; end -- README's bare array
	if type(recipients) ~= "table" then return ERR.invalid_body; end
	local options, options_err = message_options(body);
	if not options then return options_err; end
	local targets, refused = multicast_targets(req, recipients);
	if not targets then return refused; end
	local sent, delayed = 0, 0;
	for _, target in ipairs(targets) do
		local text = prefixed(prefixes.multicast_prefix, target.message);
		local outcome = deliver(target.username, target.host, text, options);
		if outcome == "sent" then
			sent = sent + 1;
		elseif outcome == "queued" then
			delayed = delayed + 1;
		end
	end
	if sent + delayed == 0 then return R(404, "No multicast recipients"); end
	local result = "Message multicasted to users: " .. sent .. "/" .. delayed;
	module:log("info", "%s", result);
	return R(200, result);
end

-- POST /message/<u> {"message"}, POST /message {"recipients":[{"to","message"}]}
function messaging.message(req)
	local seg = req.segments;
	if #seg == 1 then return multicast(req); end
	if #seg ~= 2 then return ERR.invalid_path; end
	local username, user_host, err = target_user(req, seg[2]);
	if not username then return err; end
	local body, options = message_body(req);
	if not body then return options; end
	local user_jid = username .. "@" .. user_host;
	local outcome = deliver(username, user_host, prefixed(prefixes.message_prefix, body.message), options);
	if outcome == nil then return ERR.invalid_user; end
	if outcome == "dropped" then return ERR.drop_message; end
	if outcome == "not-stored" then return ERR.headline_not_stored; end
	if outcome == "failed" then return ERR.internal_error; end
	if outcome == "queued" then return R(202, "Message sent to offline queue: " .. user_jid); end
	return R(200, "Message sent to user: " .. user_jid);
end

-- POST /broadcast {"message"}: every online user of the module's host
function messaging.broadcast(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local body, options = message_body(req);
	if not body then return options; end
	local host = module.host;
	local text = prefixed(prefixes.broadcast_prefix, body.message);
	local count = 0;
	for username, user in pairs(hosts[host].sessions or {}) do
		local message = new_message(username .. "@" .. host, host, text, options);
		for _, s in pairs(user.sessions or {}) do
			s.send(message);
		end
		count = count + 1;
	end
	if count > 0 then module:log("info", "Message broadcasted to users: %d", count); end
	return R(200, { count = count });
end

-- POST /announce {"message", "type"?, "subject"?} (ours): every registered user of the
-- host, online ones now, offline ones through their offline queue.
function messaging.announce(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local body, options = message_body(req);
	if not body then return options; end
	local counts = { sent = 0, queued = 0, dropped = 0, failed = 0 };
	local total = 0;
	for username in um.users(module.host) do
		total = total + 1;
		local outcome = deliver(username, module.host, body.message, options);
		if outcome == "not-stored" then outcome = "dropped"; end
		if counts[outcome] then counts[outcome] = counts[outcome] + 1; end
	end
	module:log("info", "Announcement to %d users: %d sent, %d queued offline, %d dropped, %d failed",
		total, counts.sent, counts.queued, counts.dropped, counts.failed);
	return R(200, { count = total, sent = counts.sent, queued = counts.queued,
		dropped = counts.dropped, failed = counts.failed });
end

-- The kick's reason from the body {"reason"?} -> text | nil, error response
local function kick_reason(req)
	local body = req.body();
	if body == false then return nil, ERR.invalid_body; end
	local reason = type(body) == "table" and body.reason or nil;
	if reason == json_null then reason = nil; end
	if reason ~= nil and type(reason) ~= "string" then return nil, R(400, "Invalid reason: must be a string"); end
	if reason == nil or reason == "" then reason = KICK_TEXT; end
	return reason;
end

-- DELETE /sessions/<u>[/<resource>] {"reason"?} (ours): closes the user's sessions (or
-- one) with a policy-violation stream error whose text is the reason.
function messaging.kick(req)
	local seg = req.segments;
	if #seg < 2 or #seg > 3 then return ERR.invalid_path; end
	local username, user_host, err = target_user(req, seg[2]);
	if not username then return err; end
	local reason, reason_err = kick_reason(req);
	if not reason then return reason_err; end
	local user_jid = username .. "@" .. user_host;
	if not um.user_exists(username, user_host) then return user_missing(username, user_host); end
	local resource = seg[3] and resourceprep(seg[3]);
	local user = online_user(user_host, username);
	local sessions = {};
	for name, session in pairs(user and user.sessions or {}) do
		if not seg[3] or name == resource then t_insert(sessions, session); end
	end
	if #sessions == 0 then
		if seg[3] then return R(404, "Session does not exist: " .. user_jid .. "/" .. seg[3]); end
		return R(404, "User is not connected: " .. user_jid);
	end
	for _, session in ipairs(sessions) do
		session:close({ condition = KICK_CONDITION, text = reason });
	end
	module:log("info", "%s closed %d session(s) of %s: %s", req.auth_jid, #sessions, user_jid, reason);
	return R(200, { closed = #sessions });
end

-- ctx: module, options (the prefixes), compat, emulation, json, targets
function messaging.init(ctx)
	local compat, targets, emulation = ctx.compat, ctx.targets, ctx.emulation;
	module, hosts, st, um, resourceprep = ctx.module, compat.hosts, compat.stanza, compat.usermanager,
		compat.resourceprep;
	parse_user, target_user, user_missing = targets.parse_user, targets.target_user, targets.user_missing;
	online_user, offline_enabled = targets.online_user, targets.offline_enabled;
	R, ERR, CRASH, json_null = ctx.json.R, ctx.json.ERR, emulation.CRASH, ctx.json.null;
	CLASSIC, CURRENT, OURS, level = emulation.CLASSIC, emulation.CURRENT, emulation.OURS, emulation.level;
	prefixes = ctx.options;
	return messaging;
end

return messaging;
