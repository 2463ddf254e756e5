// The WebAssembly boundary: a thin embind layer over gk::check_json.
//
//   const gk = await createGkcheck();
//   gk.check(text)                     -> JSON text of json-output.md
//   gk.checkWithPrevious(text, prev)   -> the same, with last year's report for the YEAR.* rules
//   gk.version()                       -> "0.1.0"
//
// `text` may be a string or the file's bytes (Uint8Array / ArrayBuffer): bytes reach the
// core unchanged, exactly as the native CLI reads a file, so invalid UTF-8 is reported the
// same way. Strings are made well-formed first (wasm/post.js), since Emscripten 3.1.6's
// UTF-8 encoder would swallow the character after a lone surrogate.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <exception>
#include <string>

#include "gkcheck/check.h"

#ifndef GKCHECK_VERSION
#define GKCHECK_VERSION "0.0.0"
#endif

namespace {

// A C++ exception would reach JavaScript as a bare number; make it an Error with the message.
[[noreturn]] void throw_js(const char* what) {
  emscripten::val::global("Error").new_(std::string("gkcheck: ") + what).throw_();
}

std::string run(const std::string& text, const std::string& previous) {
  try {
    gk::Options options;
    options.previous = previous;
    return gk::check_json(text, options);
  } catch (const std::exception& e) {
    throw_js(e.what());
  } catch (...) {
    throw_js("internal error");
  }
}

std::string check(const std::string& text) { return run(text, std::string()); }

std::string check_with_previous(const std::string& text, const std::string& previous) {
  return run(text, previous);
}

std::string version() { return GKCHECK_VERSION; }

}  // namespace

EMSCRIPTEN_BINDINGS(gkcheck) {
  emscripten::function("check", &check);
  emscripten::function("checkWithPrevious", &check_with_previous);
  emscripten::function("version", &version);
}
