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

// Reads a report without running the checks (check.cpp): normalises it,
// finds its sections, format, meta and tables. False when there is nothing
// to check (empty, or not a report); the diagnostics say why. Also reads
// last year's report for the YEAR.* rules. The text must be at most
// kMaxInputBytes.
bool read_report(std::string_view text, Document& doc, Result& result, const Formats& formats = builtin_formats());

// gk::check of one report: without looking for further reports in the text.
Result check_one(std::string_view text, const Options& options);

}  // namespace gk
