// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The libFuzzer entry point of one fuzz_<parser> target: PAC_FUZZ_PARSER names the parser.
#include "ResponseParserFuzzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return fuzzResponseParser(PAC_FUZZ_PARSER, data, size);
}
