// Pieces the format versions share: the six sections, table 三 (whose rows
// differ only in （六）其他处理), table 四 and the balance rules.
#pragma once

#include "gkcheck/format.h"

namespace gk {

std::vector<SectionSpec> standard_sections();
// A row's label in messages, from its printed cells: joined with spaces, without the outermost
// cell when the row before printed it too (（三）不予公开 1.属于国家秘密, not 三、本年度办理结果 …).
std::string message_label(const std::vector<std::string>& printed, const std::vector<std::string>* previous);
TableSpec applications_table(bool layout_2019);
TableSpec review_litigation_table();
std::vector<SumRule> standard_rules(const FormatSpec& f);

}  // namespace gk
