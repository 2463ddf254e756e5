// The checks that run after the tables are read, as one table: adding a
// check is adding a row here (see checks.cpp).
#pragma once

#include "document.h"
#include "gkcheck/check.h"

namespace gk {

struct CheckContext {
  const Document& doc;
  const FormatSpec& format;
  const Options* options;  // may carry last year's report
  Result& result;
};

using CheckFn = void (*)(CheckContext& ctx);

struct CheckEntry {
  const char* name;
  CheckFn run;
};

// All checks, in the order they run.
const std::vector<CheckEntry>& all_checks();

// gk::check of one report: without looking for further reports in the text.
Result check_one(std::string_view text, const Options& options);

}  // namespace gk
