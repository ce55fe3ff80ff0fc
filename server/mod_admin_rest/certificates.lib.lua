-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- mod_admin_rest: the certificates the server uses (ours). GET /certificates[?host=H]: per host
-- and service (c2s, s2s, https, and s2s of the host's components) the certificate Prosody
-- picks, the way core.certmanager picks it: the service's own option (c2s_ssl, s2s_ssl,
-- https_ssl / https_certificate), the host's or the global `ssl`, else the certificate directory
-- (its index of valid certificates by name, then <host>.crt and the like, then the parent
-- domain's). Read with LuaSec (ssl.loadcertificate) and util.x509, on Prosody 0.12 and 13.

local certificates = {};

local t_insert = table.insert;
local module, prosody, hosts, config, certmanager, x509, luasec;
local listed_host;
local R, ERR, list, json_null;

local MONTHS = { Jan = 1, Feb = 2, Mar = 3, Apr = 4, May = 5, Jun = 6, Jul = 7, Aug = 8, Sep = 9, Oct = 10,
	Nov = 11, Dec = 12 };

-- Days since 1970-01-01 of a civil date (proleptic Gregorian)
local function days_from_civil(y, m, d)
	if m <= 2 then y = y - 1; end
	local era = math.floor(y / 400);
	local yoe = y - era * 400;
	local mp = (m + 9) % 12;
	local doy = math.floor((153 * mp + 2) / 5) + d - 1;
	local doe = yoe * 365 + math.floor(yoe / 4) - math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
end

-- "Dec  4 13:00:00 2026 GMT" (OpenSSL's ASN1_TIME_print, what LuaSec gives) -> Unix time | nil
local function parse_time(text)
	local mon, d, hh, mm, ss, y = tostring(text):match("^(%a+)%s+(%d+)%s+(%d+):(%d+):(%d+)%s+(%d+)");
	if not mon or not MONTHS[mon] then return nil; end
	return days_from_civil(tonumber(y), MONTHS[mon], tonumber(d)) * 86400 + tonumber(hh) * 3600
		+ tonumber(mm) * 60 + tonumber(ss);
end

local function distinguished_name(entries)
	local parts = {};
	for _, entry in ipairs(entries or {}) do
		t_insert(parts, (entry.name or entry.oid) .. "=" .. tostring(entry.value));
	end
	return table.concat(parts, ", ");
end

local function common_name(entries)
	for _, entry in ipairs(entries or {}) do
		if entry.oid == "2.5.4.3" then return entry.value; end
	end
end

-- The subject alternative names: "DNS:x", "IP:1.2.3.4", "xmppAddr:x", "SRV:_xmpp-client.x" …
local function alternative_names(cert)
	local names = {};
	local ok, extensions = pcall(cert.extensions, cert);
	local san = ok and extensions and extensions["2.5.29.17"] or {};
	for kind, values in pairs(san) do
		if type(values) == "table" then
			local label = ({ dNSName = "DNS", iPAddress = "IP", uniformResourceIdentifier = "URI",
				rfc822Name = "email", ["1.3.6.1.5.5.7.8.5"] = "xmppAddr", ["1.3.6.1.5.5.7.8.7"] = "SRV" })[kind] or kind;
			for _, value in ipairs(values) do t_insert(names, label .. ":" .. tostring(value)); end
		end
	end
	table.sort(names);
	return names;
end

local function read_file(path)
	local f, err = io.open(path, "r");
	if not f then return nil, err; end
	local text = f:read("*a");
	f:close();
	return text;
end

-- The facts of one certificate file, for host
local function describe(path, host, t)
	local item = { file = path };
	local pem, err = read_file(path);
	if not pem then item.error = "Cannot read the certificate: " .. tostring(err); return item; end
	local cert = luasec.loadcertificate(pem);
	if not cert then item.error = "Not a PEM certificate"; return item; end
	local subject, issuer = cert:subject(), cert:issuer();
	local not_before, not_after = parse_time(cert:notbefore()), parse_time(cert:notafter());
	item.subject = distinguished_name(subject);
	item.common_name = common_name(subject) or json_null;
	item.issuer = distinguished_name(issuer);
	item.self_signed = item.subject == item.issuer;
	item.names = list(alternative_names(cert));
	item.not_before = not_before or json_null;
	item.not_after = not_after or json_null;
	-- whole days, toward zero: 2 for 2.9 days left, -2 for 2.9 days past
	local days = not_after and (not_after - t) / 86400;
	item.days_left = days and (days >= 0 and math.floor(days) or math.ceil(days)) or json_null;
	item.expired = not_after ~= nil and not_after < t;
	item.not_yet_valid = not_before ~= nil and not_before > t;
	item.matches_host = x509.verify_identity(host, nil, cert) and true or false;
	item.fingerprint_sha256 = cert:digest("sha256");
	return item;
end

local function certificate_dir()
	local dir = config.get("*", "certificates") or "certs";
	return config.resolve_relative_path(prosody.paths.config, dir);
end

-- The certificate file of host from the certificate directory, as certmanager finds it | nil
local function host_cert(host, index)
	while host do
		local found = certmanager.find_cert_in_index(index, host)
			or certmanager.find_cert(config.get(host, "certificate"), host);
		if found then return found.certificate; end
		host = host:match("^[^.]+%.(.+)$");
	end
end

local function option_cert(host, option)
	local value = config.get(host, option);
	if type(value) == "table" and type(value.certificate) == "string" then
		return config.resolve_relative_path(prosody.paths.config, value.certificate);
	end
end

local function https_enabled()
	local ports = config.get("*", "https_ports");
	return type(ports) == "table" and next(ports) ~= nil;
end

-- (service, file) of every certificate host uses
local function uses(host, index)
	local out = {};
	local function add(service, path) t_insert(out, { service = service, path = path }); end
	if hosts[host].type == "component" then
		add("s2s", option_cert(host, "s2s_ssl") or option_cert(host, "ssl") or host_cert(host, index));
		return out;
	end
	add("c2s", option_cert(host, "c2s_ssl") or option_cert(host, "ssl") or host_cert(host, index));
	add("s2s", option_cert(host, "s2s_ssl") or option_cert(host, "ssl") or host_cert(host, index));
	if https_enabled() then
		local https = option_cert(host, "https_ssl");
		local configured = config.get("*", "https_certificate");
		if not https and type(configured) == "string" then
			https = config.resolve_relative_path(prosody.paths.config, configured);
		end
		add("https", https or host_cert(host, index));
	end
	return out;
end

-- The hosts of a listing: ?host=H and its components, else every host the caller administers
-- and their components. -> names | nil, error response
local function listed_hosts(req)
	local only, err = listed_host(req);
	if err then return nil, err; end
	local names = {};
	for name, h in pairs(hosts) do
		local owner = h.type == "local" and name or (h.type == "component" and name:match("^[^.]+%.(.+)$"));
		if owner and hosts[owner] and hosts[owner].type == "local" and (owner == only or (not only and not req.refuse(owner))) then
			t_insert(names, name);
		end
	end
	table.sort(names);
	return names;
end

-- GET /certificates[?host=H]
function certificates.get(req)
	if #req.segments ~= 1 then return ERR.invalid_path; end
	local names, err = listed_hosts(req);
	if not names then return err; end
	local index = certmanager.index_certs(certificate_dir());
	local t = os.time();
	local items = {};
	for _, host in ipairs(names) do
		for _, use in ipairs(uses(host, index)) do
			local item = use.path and describe(use.path, host, t) or { file = json_null, error = "No certificate" };
			item.host, item.service = host, use.service;
			t_insert(items, item);
		end
	end
	return R(200, { certificates = list(items), count = #items, now = t });
end

-- Certificates are available where LuaSec can read them
function certificates.available()
	return luasec ~= nil and luasec.loadcertificate ~= nil;
end

-- ctx: module, compat, json, targets
function certificates.init(ctx)
	local compat = ctx.compat;
	module, prosody, hosts = ctx.module, compat.prosody, compat.hosts;
	listed_host = ctx.targets.listed_host;
	config = compat.configmanager;
	certmanager = compat.import "core.certmanager";
	x509 = compat.import "util.x509";
	local ok, ssl = pcall(require, "ssl");
	luasec = ok and ssl or nil;
	R, ERR, list, json_null = ctx.json.R, ctx.json.ERR, ctx.json.list, ctx.json.null;
	return certificates;
end

return certificates;
