// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

// Feeds one fuzz input to the ResponseParser function named `parser` ("parseUser", …) and aborts
// when the parser breaks a promise of its interface. Input: "<status> <content type>\n<body>", e.g.
// "200 application/json\n{\"result\":{}}"; without a first line of that form the whole input is the
// body of a 200 application/json answer. Kept free of Qt headers so each fuzz target's own source
// (ParserFuzzTarget.cpp, compiled once per parser) builds in no time.
int fuzzResponseParser(const char* parser, const uint8_t* data, size_t size);
