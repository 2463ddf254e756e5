// The WebAssembly boundary (embind): a thin layer over gk::check_json. post.js turns it into the
// module's JavaScript API:
//
//   const gk = await createGkcheck();
//   gk.check(text)                     -> JSON text of json-output.md
//   gk.checkWithPrevious(text, prev)   -> the same, with last year's report for the YEAR.* rules
//   gk.version()                       -> "0.1.0"
//   gk.formats()                       -> JSON text of the known formats' tables, rows and labels
//                                         (gk::formats_json(); the page has the same as web/formats.js)
//
// `text` may be a string or the file's bytes (Uint8Array / ArrayBuffer): bytes reach the core
// unchanged, exactly as the native CLI reads a file, so invalid UTF-8 is reported the same way.
//
// Text crosses the boundary as bytes in the module's memory, not as embind std::string values:
// post.js encodes a string with TextEncoder straight into memory from malloc and passes the
// pointer and length; the JSON comes back as a typed_memory_view that post.js decodes with
// TextDecoder. (embind's std::string conversion copies byte by byte in JavaScript: measured
// ~8% of a check under Node.) Each Checker holds its own last result: no global state here.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include "gkcheck/check.h"
#include "gkcheck/format.h"

#ifndef GKCHECK_VERSION
#define GKCHECK_VERSION "0.1.0"
#endif

// The one function where C++ exceptions are caught (cmake/Wasm.cmake names it in
// EXCEPTION_CATCHING_ALLOWED; extern "C" keeps the name plain, noinline keeps it a function).
// 0: *out is the JSON; 1: a C++ exception ended the check and *out is its message; 2: the same,
// with no memory even for the message.
extern "C" __attribute__((noinline)) int gk_wasm_check(std::string* out, const char* text, std::size_t text_len,
                                                       const char* previous, std::size_t previous_len) {
  try {
    gk::Options options;
    options.previous = std::string_view(previous, previous_len);
    *out = gk::check_json(std::string_view(text, text_len), options);
    return 0;
  } catch (const std::exception& e) {
    try {
      *out = std::string("gkcheck: ") + e.what();
      return 1;
    } catch (...) {
      return 2;
    }
  } catch (...) {
    try {
      *out = "gkcheck: internal error";
      return 1;
    } catch (...) {
      return 2;
    }
  }
}

namespace {

class Checker {
 public:
  // Checks the UTF-8 bytes at `text` (and `previous`; 0 bytes: none); see gk_wasm_check.
  int check(std::uintptr_t text, std::size_t text_len, std::uintptr_t previous, std::size_t previous_len) {
    return gk_wasm_check(&result_, reinterpret_cast<const char*>(text), text_len,
                         reinterpret_cast<const char*>(previous), previous_len);
  }
  // The last result's bytes, as a view into the module's memory (valid until the next call).
  emscripten::val result() const {
    return emscripten::val(
        emscripten::typed_memory_view(result_.size(), reinterpret_cast<const unsigned char*>(result_.data())));
  }
  void release() { std::string().swap(result_); }

 private:
  std::string result_;
};

std::string version() { return GKCHECK_VERSION; }

std::string formats() { return gk::formats_json(); }

}  // namespace

EMSCRIPTEN_BINDINGS(gkcheck) {
  emscripten::class_<Checker>("Checker")
      .constructor<>()
      .function("check", &Checker::check)
      .function("result", &Checker::result)
      .function("release", &Checker::release);
  emscripten::function("version", &version);
  emscripten::function("formats", &formats);
}
