-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: the emulation levels. admin_rest_emulate = "classic" | "current" makes the
-- module answer like a published version (for testing clients); "ours" is this module.
-- A level is a number so that "level < OURS" reads "a published version".

local emulation = {};

local CLASSIC, CURRENT, OURS = 1, 2, 3;
local LEVELS = { classic = CLASSIC, current = CURRENT, ours = OURS };

-- What a published version answers with Prosody's own HTML 500 page (a Lua error in its
-- code): the entry point raises an error outside its own error handling.
local CRASH = { crash = true };

-- ctx: module, options.emulate, compat
function emulation.init(ctx)
	local name = ctx.options.emulate;
	local level = LEVELS[name];
	if not level then
		ctx.module:log("warn", "Unknown admin_rest_emulate value %q, using \"ours\"", tostring(name));
		name, level = "ours", OURS;
	end
	local urldecode = ctx.compat.http.urldecode;
	return {
		CLASSIC = CLASSIC, CURRENT = CURRENT, OURS = OURS;
		level = level;
		name = name;
		CRASH = CRASH;
		-- The published versions percent-decode the path a second time and ignore a trailing "/".
		published_path = function (path)
			path = urldecode(path or "");
			return (path:gsub("/$", ""));
		end;
		-- A route table entry for a method only this module has: { handler, lowest level }
		ours = function (handler) return { handler, OURS }; end;
	};
end

return emulation;
