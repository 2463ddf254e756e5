// The one wrong cell (T3.SUSPECT, T4.SUSPECT): when a table's balance rules
// fail, the cell that, changed alone to a whole non-negative number, would
// make every rule of the table hold. When no cell or several cells would,
// an info (T3.NO_SINGLE_SUSPECT, T4.NO_SINGLE_SUSPECT) says so, and no cell
// is named as the wrong one.
#pragma once

#include "document.h"

namespace gk {

// A cell that would fix the table, and the value it would need.
struct SuspectCandidate {
  CellRef cell;
  double value = 0;
};

// The cells of table `table` that, changed alone, make all its equations
// hold (empty when all hold already). Exposed for tests.
std::vector<SuspectCandidate> suspect_candidates(const FormatSpec& format, const Result& result, TableId table);

// Runs after the balance check: adds the diagnostic of each failing table.
void find_suspects(const FormatSpec& format, Result& result);

}  // namespace gk
