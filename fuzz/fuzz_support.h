// Shared by the fuzz harness (fuzz_check.cpp) and the test that replays what
// the fuzzer once found (tests/unit/test_limits.cpp over
// tests/fixtures/fuzz-regressions/): how an input is cut into this year's
// and last year's report, and the promises every result must keep.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "gkcheck/check.h"

namespace gkfuzz {

// The input is cut at the first line that is exactly "=====PREVIOUS=====";
// without that line there is no previous report.
inline constexpr std::string_view kPreviousMarker = "\n=====PREVIOUS=====\n";

struct Input {
  std::string_view text;
  std::string_view previous;
};

inline Input split(std::string_view data) {
  const std::size_t at = data.find(kPreviousMarker);
  if (at == std::string_view::npos) return {data, {}};
  return {data.substr(0, at), data.substr(at + kPreviousMarker.size())};
}

inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

// What is wrong with the result of checking `text` (empty: nothing):
//   - every location lies inside the text, with 1-based line and column;
//   - every message, title and name is valid UTF-8 (never a character cut in
//     half, which the JSON would show as U+FFFD);
//   - the JSON is valid and has the four top-level keys.
inline std::string broken_promise(std::string_view text, const gk::Result& r, const std::string& json) {
  const std::size_t units = text.size();  // a text never has more UTF-16 units than bytes
  for (const auto& d : r.diagnostics) {
    const gk::Location& l = d.location;
    if (l.line < 1 || l.column < 1) return d.rule + ": a location with line or column 0";
    if (static_cast<std::size_t>(l.byte_offset) + l.byte_length > text.size()) return d.rule + ": a byte span past the end";
    if (static_cast<std::size_t>(l.offset) + l.length > units) return d.rule + ": a UTF-16 span past the end";
    for (const auto& rl : d.related_locations)
      if (static_cast<std::size_t>(rl.byte_offset) + rl.byte_length > text.size())
        return d.rule + ": a related span past the end";
    if (!valid_utf8(d.message) || !valid_utf8(d.rule)) return d.rule + ": a message that is not valid UTF-8";
  }
  for (const auto& s : r.sections)
    if (!valid_utf8(s.title)) return "a section title that is not valid UTF-8";
  if (r.meta.agency && !valid_utf8(*r.meta.agency)) return "an agency name that is not valid UTF-8";
  // Validated without building a tree (accept: the parser's lexer and
  // grammar only; building the tree was a tenth of the harness's time). The
  // top-level keys: the object starts with "format" and holds the others at
  // its top level (",\"key\":" can only be a key: quotes inside strings are
  // escaped, and only the top level has these keys).
  if (!nlohmann::json::accept(json)) return "the JSON result is not valid JSON";
  if (json.rfind("{\"format\":", 0) != 0) return "the JSON does not start with \"format\"";
  for (const char* key : {"meta", "tables", "diagnostics"})
    if (json.find(std::string(",\"") + key + "\":") == std::string::npos)
      return std::string("the JSON has no \"") + key + "\"";
  return {};
}

// Checks one fuzz input the way the harness does; returns what went wrong.
inline std::string run(std::string_view data) {
  const Input in = split(data);
  gk::Options options;
  options.previous = in.previous;
  const gk::Result r = gk::check(in.text, options);
  std::string why = broken_promise(in.text, r, gk::to_json(r));
  if (!why.empty() || in.previous.empty()) return why;
  // Last year's report on its own. Not through gk::check_json: that is
  // to_json(check()) (check.cpp), and a third check of the same text was a
  // sixth of the harness's time on inputs with a previous report.
  const gk::Result p = gk::check(in.previous);
  why = broken_promise(in.previous, p, gk::to_json(p));
  return why.empty() ? why : "(previous report) " + why;
}

}  // namespace gkfuzz
