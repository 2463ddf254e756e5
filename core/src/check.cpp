// The pipeline: normalise, find sections and tables, read them, check.
#include "gkcheck/check.h"

namespace gk {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
  }
  return "info";
}

std::size_t Result::count(Severity s) const {
  std::size_t n = 0;
  for (const auto& d : diagnostics) n += d.severity == s;
  return n;
}

Result check(std::string_view text, const Options& options) {
  (void)text;
  (void)options;
  Result r;  // STUB: replaced by the real pipeline
  return r;
}

std::string check_json(std::string_view text, const Options& options) {
  return to_json(check(text, options));
}

}  // namespace gk
