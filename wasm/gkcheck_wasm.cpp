// The WebAssembly boundary: a thin layer over gk::check_json, as a few C functions that
// wasm/post.js turns into the module's JavaScript API:
//
//   const gk = await createGkcheck();
//   gk.check(text)                     -> JSON text of json-output.md
//   gk.checkWithPrevious(text, prev)   -> the same, with last year's report for the YEAR.* rules
//   gk.version()                       -> "0.1.0"
//
// `text` may be a string or the file's bytes (Uint8Array / ArrayBuffer): bytes reach the
// core unchanged, exactly as the native CLI reads a file, so invalid UTF-8 is reported the
// same way. post.js encodes strings with TextEncoder into memory from malloc and reads the
// JSON back with TextDecoder. No embind: its std::string conversion copied byte by byte in
// JavaScript, and its runtime was a third of the module's JavaScript.
#include <emscripten/emscripten.h>

#include <cstddef>
#include <exception>
#include <string>
#include <string_view>

#include "gkcheck/check.h"

#ifndef GKCHECK_VERSION
#define GKCHECK_VERSION "0.1.0"
#endif

namespace {

// The JSON of the last check (or the message of its error), kept until post.js has decoded it.
std::string g_result;

int fail(const char* what) noexcept {
  try {
    g_result = std::string("gkcheck: ") + what;
    return 1;
  } catch (...) {
    return 2;  // no memory even for the message: post.js says so
  }
}

}  // namespace

extern "C" {

// Checks `text` (UTF-8 bytes; `previous` too, 0 bytes: none). 0: the JSON is the result;
// 1: a C++ exception ended the check and the result is its message; 2: the same, no message.
EMSCRIPTEN_KEEPALIVE int gk_wasm_check(const char* text, std::size_t text_len, const char* previous,
                                       std::size_t previous_len) {
  try {
    gk::Options options;
    options.previous = std::string_view(previous, previous_len);
    g_result = gk::check_json(std::string_view(text, text_len), options);
    return 0;
  } catch (const std::exception& e) {
    return fail(e.what());
  } catch (...) {
    return fail("internal error");
  }
}

EMSCRIPTEN_KEEPALIVE const char* gk_wasm_result() { return g_result.data(); }
EMSCRIPTEN_KEEPALIVE std::size_t gk_wasm_result_size() { return g_result.size(); }
EMSCRIPTEN_KEEPALIVE void gk_wasm_release() { std::string().swap(g_result); }
EMSCRIPTEN_KEEPALIVE const char* gk_wasm_version() { return GKCHECK_VERSION; }

}  // extern "C"
