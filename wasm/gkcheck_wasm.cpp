// The WebAssembly boundary: a thin layer over gk::check_json.
//
//   const gk = await createGkcheck();
//   gk.check(text)                     -> JSON text of json-output.md
//   gk.checkWithPrevious(text, prev)   -> the same, with last year's report for the YEAR.* rules
//   gk.version()                       -> "0.1.0"
//
// `text` may be a string or the file's bytes (Uint8Array / ArrayBuffer): bytes reach the
// core unchanged, exactly as the native CLI reads a file, so invalid UTF-8 is reported the
// same way. check and checkWithPrevious are written in wasm/post.js over _checkUtf8 below:
// strings are encoded there with TextEncoder (which makes a lone surrogate U+FFFD, as
// String.prototype.toWellFormed does) straight into memory the module allocated, and the JSON
// is read back with TextDecoder. That costs much less than embind's own std::string
// conversion, which copies and scans byte by byte in JavaScript.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include "gkcheck/check.h"

#ifndef GKCHECK_VERSION
#define GKCHECK_VERSION "0.0.0"
#endif

namespace {

// The JSON of the last check, kept until post.js has decoded it (_releaseResult).
std::string g_result;

// A C++ exception would reach JavaScript as a bare number; make it an Error with the message.
[[noreturn]] void throw_js(const char* what) {
  emscripten::val::global("Error").new_(std::string("gkcheck: ") + what).throw_();
}

// The texts are UTF-8 bytes at the given addresses (allocated with _malloc by post.js, which
// frees them). Returns a Uint8Array over the JSON's bytes in the module's memory, valid until
// the next call into the module.
emscripten::val check_utf8(std::uintptr_t text, std::size_t text_len, std::uintptr_t previous,
                           std::size_t previous_len) {
  try {
    gk::Options options;
    options.previous = std::string_view(reinterpret_cast<const char*>(previous), previous_len);
    g_result = gk::check_json(std::string_view(reinterpret_cast<const char*>(text), text_len), options);
  } catch (const std::exception& e) {
    throw_js(e.what());
  } catch (...) {
    throw_js("internal error");
  }
  return emscripten::val(
      emscripten::typed_memory_view(g_result.size(), reinterpret_cast<const unsigned char*>(g_result.data())));
}

void release_result() { std::string().swap(g_result); }

std::string version() { return GKCHECK_VERSION; }

}  // namespace

EMSCRIPTEN_BINDINGS(gkcheck) {
  emscripten::function("_checkUtf8", &check_utf8);
  emscripten::function("_releaseResult", &release_result);
  emscripten::function("version", &version);
}
