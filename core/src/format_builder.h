// Pieces the format versions share: the six sections, table 三 (whose rows
// differ only in （六）其他处理), table 四 and the balance rules.
#pragma once

#include "gkcheck/format.h"

namespace gk {

std::vector<SectionSpec> standard_sections();
TableSpec applications_table(bool layout_2019);
TableSpec review_litigation_table();
std::vector<SumRule> standard_rules(const FormatSpec& f);

}  // namespace gk
