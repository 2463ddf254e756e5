// gkcheck's entry points: report text in, result out. No I/O, no global state.
#pragma once

#include <string>
#include <string_view>

#include "gkcheck/format.h"
#include "gkcheck/result.h"

namespace gk {

struct Options {
  // Last year's report, for the YEAR.* rules. Empty: not given.
  std::string_view previous;
  // The formats to read against; null: the built-in ones (builtin_formats()).
  const Formats* formats = nullptr;
  const Formats& registry() const { return formats ? *formats : builtin_formats(); }
};

// The largest text the core accepts, in bytes. Larger input gets an
// INPUT.TOO_LARGE error and is not read.
inline constexpr std::size_t kMaxInputBytes = 64u * 1024u * 1024u;

// Reads one report and checks it.
Result check(std::string_view text, const Options& options = {});

// The same, as the JSON text of json-output.md (compact, UTF-8).
std::string check_json(std::string_view text, const Options& options = {});

// The JSON text of a result already computed.
std::string to_json(const Result& result);

}  // namespace gk
