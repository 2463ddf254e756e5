// The balance rules of report-format.md, written here by key and evaluated
// on a generated truth — independently of the core's own rule table — to
// know which single cell, changed alone, would make every rule hold.
#pragma once

#include <string>
#include <vector>

#include "gkgen/gen.h"

namespace gkprop {

struct Cell {
  gk::TableId table;
  int row, col;
  bool operator==(const Cell& o) const { return table == o.table && row == o.row && col == o.col; }
};

struct Term {
  Cell cell;
  int coef;  // +1 or -1
};

struct Equation {
  std::string rule;  // T3.BALANCE, T3.RESULTS_SUM, T3.ROW_SUM, T4.GROUP_SUM
  std::vector<Term> terms;  // sum(coef * value) == 0 when it holds
};

// All equations of the 2021 format.
const std::vector<Equation>& equations();

// sum(coef * value) of one equation over a truth (a blank counts 0).
long long residual(const Equation& e, const gkgen::Truth& t);

// The equations that do not hold.
std::vector<const Equation*> failing(const gkgen::Truth& t);

// The cells that, each changed alone to some non-negative whole number,
// would make every equation hold. Empty when all hold.
std::vector<Cell> explaining_cells(const gkgen::Truth& t);

std::string name(const Cell& c);

}  // namespace gkprop
