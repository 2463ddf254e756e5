// How much of the report was read and checked: the coverage of each table,
// the verdict, and one PARSE.UNCHECKED error per table that was not read in
// full, naming the rows and the sums left unchecked.
#pragma once

#include "document.h"

namespace gk {

void check_coverage(const Document& doc, const FormatSpec& format, Result& result);

}  // namespace gk
