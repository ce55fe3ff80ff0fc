-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: JSON in and out. Request bodies are decoded on demand; answers are
-- { status, result [, content_type] } tables (R, ERR) that send() writes as {"result": …}.
-- lua-cjson when installed (admin_rest_json = "auto"), else Prosody's util.json.

local json = {};

local t_insert, t_concat = table.insert, table.concat;

local function R(status, result, content_type)
	return { status = status, result = result, content_type = content_type };
end

local ERR = {
	missing_auth = R(400, "Missing authorization header");
	invalid_auth = R(400, "Invalid authentication details");
	auth_failure = R(401, "Authentication failure");
	unauthorized = R(401, "User must be an administrator");
	invalid_path = R(404, "Invalid request path");
	invalid_method = R(405, "Invalid request method");
	invalid_body = R(400, "Body does not exist or is malformed");
	invalid_text = R(400, "Body not allowed: its text must be UTF-8 without control characters "
		.. "(tab and line breaks are allowed)");
	too_deep = R(400, "Body not allowed: it is nested more than 64 levels deep");
	invalid_password = R(400, "Password not allowed: it must be UTF-8 text without control characters, "
		.. "shorter than 1024 bytes");
	invalid_host = R(404, "Host does not exist or is malformed");
	invalid_user = R(404, "User does not exist or is malformed");
	invalid_contact = R(404, "Contact does not exist or is malformed");
	drop_message = R(501, "Message dropped per configuration");
	headline_not_stored = R(501, "Message dropped: headline messages are not stored offline");
	internal_error = R(500, "Internal server error");
	wipe_disabled = R(403, "Wipe disabled by configuration");
	group_not_found = R(404, "group-not-found");
};

-- lua-cjson 2.1 encodes every empty table as {}. An empty list is marked with a random
-- string that is swapped for [] after encoding.
local function cjson_codec(cjson, marker, ours)
	local quoted = '"' .. marker .. '"';
	local codec = { library = "lua-cjson", null = cjson.null };
	function codec.encode(value)
		local s, err = cjson.encode(value);
		if not s then return nil, err; end
		local out, pos = {}, 1;
		while true do
			local a, b = s:find(quoted, pos, true);
			if not a then break; end
			t_insert(out, s:sub(pos, a - 1));
			t_insert(out, "[]");
			pos = b + 1;
		end
		t_insert(out, s:sub(pos));
		return t_concat(out);
	end
	function codec.decode(s) return (cjson.decode(s)); end
	function codec.list(t)
		if next(t) == nil and ours then return marker; end
		return t;
	end
	return codec;
end

local function util_json_codec(util_json, array, ours)
	local codec = { library = "util.json", null = util_json.null };
	function codec.encode(value)
		local ok, s = pcall(util_json.encode, value);
		if ok then return s; end
		return nil, s;
	end
	function codec.decode(s)
		local ok, v = pcall(util_json.decode, s);
		if ok then return v; end
	end
	function codec.list(t)
		if next(t) == nil and not ours then return t; end
		return array(t);
	end
	return codec;
end

-- true when s is text that a stanza and every storage backend take as it is: valid UTF-8
-- (no surrogates) without a control character other than tab, line feed and carriage return
local function is_text(s)
	return utf8.len(s) ~= nil and not s:find("[\0-\8\11\12\14-\31]");
end

local MAX_DEPTH = 64;

-- nil when every key and string value of a decoded body is text (see is_text) and it is nested
-- at most MAX_DEPTH deep; else "not text" or "too deep"
local function body_problem(value, depth)
	if depth > MAX_DEPTH then return "too deep"; end
	for k, v in pairs(value) do
		if type(k) == "string" and not is_text(k) then return "not text"; end
		if type(v) == "string" and not is_text(v) then return "not text"; end
		if type(v) == "table" then
			local problem = body_problem(v, depth + 1);
			if problem then return problem; end
		end
	end
end

-- -> a function returning the request's JSON body: a table, nil (no body) or false (not
-- a JSON object), decoded once; false and "not text" when a key or string in it is not text
-- (is_text), false and "too deep" when it is nested deeper than MAX_DEPTH: the dispatcher refuses
-- those with ERR.invalid_text or ERR.too_deep before any route sees them.
local function body_reader(decode, request)
	local parsed, done, problem;
	return function ()
		if done then return parsed, problem; end
		done = true;
		local raw = request.body;
		if type(raw) ~= "string" or raw == "" then parsed = nil; return nil; end
		local content_type = request.headers.content_type or "";
		if content_type:match("^application/json") or raw:find("{", 1, true) then
			local value = decode(raw);
			if type(value) ~= "table" then parsed = false; return false; end
			problem = body_problem(value, 0);
			if problem then
				parsed = false;
				return parsed, problem;
			end
			parsed = value;
		else
			parsed = false; -- a raw text body where JSON was expected
		end
		return parsed;
	end;
end

-- s with every byte that is not part of valid UTF-8 replaced by U+FFFD. The encoders copy
-- bytes of strings as they are, and an answer may quote what a request sent (a path segment).
local REPLACEMENT = "\239\191\189";
local function valid_utf8(s)
	if not utf8 or utf8.len(s) then return s; end
	local out, pos = {}, 1;
	while true do
		local ok, bad = utf8.len(s, pos);
		if ok then break; end
		t_insert(out, s:sub(pos, bad - 1));
		t_insert(out, REPLACEMENT);
		pos = bad + 1;
	end
	t_insert(out, s:sub(pos));
	return t_concat(out);
end

-- Writes an answer. A CRASH answer raises the error that makes Prosody send its 500 page.
local function sender(module, encode)
	return function (event, res)
		if res.crash then error("admin_rest: the published version's unhandled error (emulated)", 0); end
		local response = event.response;
		response.status_code = res.status;
		for name, value in pairs(res.headers or {}) do response.headers[name] = value; end
		if res.raw then -- exact body, no JSON wrapping (e.g. the whitelist's empty 401)
			response.headers.content_type = res.content_type;
			response:send(res.raw);
			return true;
		end
		if res.content_type then
			response.headers.content_type = res.content_type;
			response:send(tostring(res.result or ""));
			return true;
		end
		local body, err = encode({ result = res.result });
		if not body then
			module:log("error", "Could not encode response: %s", tostring(err));
			response.status_code = 500;
			body = encode({ result = "Internal server error" });
		end
		response.headers.content_type = "application/json";
		response:send(valid_utf8(body));
		return true;
	end;
end

-- ctx: module, options.json, compat, emulation
-- -> { encode, decode, list (marks a list, so that an empty one is sent as []), null,
--      library, R, ERR, send(event, res), body_reader(request), is_text(s) }
function json.init(ctx)
	local compat, ours = ctx.compat, ctx.emulation.level == ctx.emulation.OURS;
	local has_cjson, cjson = false, nil;
	if ctx.options.json ~= "util.json" then has_cjson, cjson = pcall(require, "cjson.safe"); end
	local codec;
	if has_cjson and cjson then
		codec = cjson_codec(cjson, "admin_rest_empty_list_" .. compat.id.medium():gsub("[^%w]", "x"), ours);
	else
		codec = util_json_codec(compat.import "util.json", compat.import "util.array", ours);
	end
	codec.R, codec.ERR = R, ERR;
	codec.send = sender(ctx.module, codec.encode);
	codec.body_reader = function (request) return body_reader(codec.decode, request); end;
	codec.is_text = is_text;
	return codec;
end

return json;
