// More than one report in one text: two reports pasted one after the other,
// or a second table 三 (a corrected table appended after section 六). The
// checker reads the first; these say where the others start, so that they
// are named and checked on their own instead of passing silently.
#pragma once

#include <cstdint>
#include <vector>

#include "document.h"

namespace gk {

struct OtherParts {
  // Original byte offsets where each further report starts (its title line
  // when there is one just before its section 一).
  std::vector<std::uint32_t> reports;
  // Original byte offsets of further copies of table 三 inside the first report.
  std::vector<std::uint32_t> tables;
};

OtherParts find_other_parts(const Document& doc, const FormatSpec& format);

// Checks each further part on its own and adds one STRUCT.OTHER_REPORT error
// for each (located in `text`, the whole text given), saying what it holds.
// `own_end`: where the first report ends in `text`.
void describe_other_parts(std::string_view text, std::uint32_t own_end, const OtherParts& parts, Result& result);

}  // namespace gk
