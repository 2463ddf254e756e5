// Which format version a report follows: the 2021 one or the 2019 one.
#pragma once

#include "document.h"

namespace gk {

// The format whose marker phrases the report's tables and preamble use most;
// nullptr when neither appears and no section was found.
const FormatSpec* detect_format(const Document& doc, const Formats& formats);

}  // namespace gk
