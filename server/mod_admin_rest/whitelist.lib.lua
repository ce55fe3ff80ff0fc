-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: the whitelist (admin_rest_whitelist): the addresses and CIDR ranges
-- allowed to call the API, checked before anything else; nil when it is off. Changes made
-- through the API (GET /whitelist, PUT|DELETE /whitelist/<address>) live in memory and
-- survive a reload of the module unless the configured list changed meanwhile.

local whitelist = {};

local module, ip_util, sorted_keys;
local R, ERR, CRASH, list, OURS, level;
local addresses; -- set of addresses and ranges | nil: no whitelist
local configured; -- the config's list, as one string, to notice config changes

local function set_of(items)
	local set;
	for _, addr in ipairs(items or {}) do
		set = set or {};
		set[addr] = true;
	end
	return set;
end

-- The state module.save() keeps across a reload of this module
function whitelist.save()
	local saved;
	if addresses then
		saved = {};
		for addr in pairs(addresses) do table.insert(saved, addr); end
	end
	return { whitelist = saved, whitelist_saved = true, configured_whitelist = configured };
end

function whitelist.restore(data)
	if not (data and data.whitelist_saved) or data.configured_whitelist ~= configured then
		return;
	end
	addresses = set_of(data.whitelist);
end

function whitelist.enabled() return addresses ~= nil; end

function whitelist.allows(addr)
	if not addresses then return true; end
	-- The published versions read the address from a field Prosody's connections do not
	-- have: once a whitelist exists (even an empty one) nobody is on it.
	if not addr or level < OURS then return false; end
	if addresses[addr] then return true; end
	local ip = ip_util.new_ip(addr:gsub("^::ffff:(%d+%.%d+%.%d+%.%d+)$", "%1"));
	if not ip then return false; end
	for entry in pairs(addresses) do
		local net, bits = ip_util.parse_cidr(entry);
		if net and net.proto == ip.proto and ip_util.match(ip, net, bits) then return true; end
	end
	return false;
end

-- GET /whitelist
function whitelist.get(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local sorted = sorted_keys(addresses);
	return R(200, { whitelist = list(sorted), count = #sorted });
end

local function valid_address(addr)
	local ip, bits = ip_util.parse_cidr(addr);
	if not ip then return false; end
	if addr:find("/", 1, true) and not bits then return false; end
	return true;
end

-- PUT /whitelist/<address>
function whitelist.add(req)
	if #req.segments == 1 and level < OURS then return CRASH; end -- no address: nil concatenated
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local addr = req.segments[2];
	if level == OURS and not valid_address(addr) then
		return R(400, "Invalid IP address: " .. addr);
	end
	addresses = addresses or {};
	addresses[addr] = true;
	module:log("warn", "IP added to whitelist: %s", addr);
	return R(200, "IP added to whitelist: " .. addr);
end

-- DELETE /whitelist/<address>
function whitelist.remove(req)
	if #req.segments ~= 2 then return ERR.invalid_path; end
	local addr = req.segments[2];
	if not addresses or not addresses[addr] then
		return R(404, "IP is not whitelisted: " .. addr);
	end
	addresses[addr] = nil;
	if next(addresses) == nil and level == OURS then
		-- An empty whitelist is no whitelist: everyone is allowed again.
		addresses = nil;
		module:log("warn", "IP removed from whitelist: %s; the whitelist is now off", addr);
	else
		module:log("warn", "IP removed from whitelist: %s", addr);
	end
	if level < OURS then return R(200, "IP removed from whtielist: " .. addr); end -- sic
	return R(200, "IP removed from whitelist: " .. addr);
end

-- ctx: module, options.whitelist (the configured list), compat, emulation, json
function whitelist.init(ctx)
	local emulation = ctx.emulation;
	module, ip_util, sorted_keys = ctx.module, ctx.compat.ip, ctx.compat.sorted_keys;
	R, ERR, CRASH, list = ctx.json.R, ctx.json.ERR, emulation.CRASH, ctx.json.list;
	OURS, level = emulation.OURS, emulation.level;
	addresses = set_of(ctx.options.whitelist);
	local sorted = sorted_keys(addresses);
	configured = table.concat(sorted, " ");
	return whitelist;
end

return whitelist;
