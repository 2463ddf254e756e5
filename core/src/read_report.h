// Reading a report without running the checks: normalise it, find its
// sections, format, meta and tables.
#pragma once

#include <string_view>

#include "document.h"
#include "gkcheck/format.h"
#include "gkcheck/result.h"

namespace gk {

// False when there is nothing to check (empty, or not a report); the
// diagnostics say why. The text must be at most kMaxInputBytes.
bool read_report(std::string_view text, Document& doc, Result& result, const Formats& formats = builtin_formats());

}  // namespace gk
