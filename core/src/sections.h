// Finds the six section headings (一、总体情况 … 六、其他需要报告的事项) and the
// line ranges where the tables are to be read.
#pragma once

#include "document.h"

namespace gk {

// Fills doc.section_line and result.sections.
void find_sections(Document& doc, const FormatSpec& format, Result& result);

// Fills doc.table_begin/table_end from the headings, or from the tables' own
// anchor phrases when a heading is missing.
void find_table_regions(Document& doc, const FormatSpec& format);

// The section number (1..6) of a heading line, or 0. Exposed for tests.
int heading_number(std::string_view line, const FormatSpec& format);

}  // namespace gk
