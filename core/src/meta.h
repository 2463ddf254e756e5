// The report's agency, year and statistical period, as the text states them.
#pragma once

#include "document.h"

namespace gk {

void read_meta(const Document& doc, Result& result);

// A date range "2024年1月1日至12月31日" (spaces and line breaks allowed
// anywhere) starting at or after normalised offset `from`. Exposed for tests.
struct DateRange {
  int y1 = 0, m1 = 0, d1 = 0, y2 = 0, m2 = 0, d2 = 0;
  Span span;
};
bool find_date_range(std::string_view text, std::uint32_t from, std::uint32_t to, DateRange* out);

}  // namespace gk
