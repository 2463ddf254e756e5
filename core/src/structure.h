// The report's structure (STRUCT.*) and its format version (FORMAT.*): the
// six sections present and in order, the five parts of section 一, a
// statement on 信息处理费, the statistical period stated and equal to the
// report year, and the 2019 table layout used for a 2021-or-later report.
#pragma once

#include "document.h"

namespace gk {

void check_structure(const Document& doc, const FormatSpec& format, Result& result);

void check_format_version(const Document& doc, const FormatSpec& format, const Formats& formats, Result& result);

}  // namespace gk
