-- SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
-- SPDX-License-Identifier: MIT
-- What a new account's password hash costs alone: Prosody's own SCRAM-SHA-1 function
-- (util.sasl.scram.getAuthenticationDatabaseSHA1, as mod_auth_internal_hashed calls it to create
-- a user), timed in CPU seconds over `count` hashes, each with its own salt.
-- lua5.4 bench/password_hash.lua <prosody lib dir> <iterations> <count>  -> "<ms per hash>"
local lib, iterations, count = arg[1], tonumber(arg[2]), tonumber(arg[3])
package.path = lib .. "/?.lua;" .. package.path
package.cpath = lib .. "/?.so;" .. package.cpath
local hash = require "util.sasl.scram".getAuthenticationDatabaseSHA1
local uuid = require "util.uuid".generate
local started = os.clock()
for i = 1, count do
	assert(hash("bench-password-" .. i, uuid(), iterations))
end
print(string.format("%.4f", (os.clock() - started) * 1000 / count))
