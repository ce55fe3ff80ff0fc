-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- Sandbox only (server/sandbox.py): server-to-server connections to the domains named in
-- sandbox_s2s_routes = { ["peer.localhost"] = <port on 127.0.0.1> } go straight to that port,
-- without DNS, so that two sandboxes federate over loopback without touching the system.
-- It replaces net.resolvers.service's new() (mod_s2s looks it up at each connection) for those
-- domains only, on Prosody 0.12 and 13. Load it globally (modules_enabled).

module:set_global();

local function import(name)
	local ok, lib = pcall(require, "prosody." .. name);
	if ok and lib then return lib; end
	return require(name);
end

local service = import "net.resolvers.service";
local basic = import "net.resolvers.basic";

local routes = module:get_option("sandbox_s2s_routes", {});
local original = service.new;

local nothing = { next = function (_, cb) cb(nil); end };

function service.new(hostname, srv, conn_type, extra)
	local port = routes[hostname];
	if not port then return original(hostname, srv, conn_type, extra); end
	if srv ~= "xmpp-server" then return setmetatable({}, { __index = nothing }); end
	module:log("debug", "s2s route for %s: 127.0.0.1:%d", hostname, port);
	return basic.new("127.0.0.1", port, conn_type, extra);
end

function module.unload()
	service.new = original;
end
