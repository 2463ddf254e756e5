// The balance rules (勾稽关系) of the format, instantiated as linear equations
// over cells: sum(lhs) = sum(rhs). The rule checks and the suspect-cell
// analysis both work on these.
#pragma once

#include <string>
#include <vector>

#include "document.h"

namespace gk {

struct Term {
  CellRef cell;
  int coef;  // +1 for lhs, -1 for rhs
};

struct Equation {
  const SumRule* rule = nullptr;
  std::string where;     // the column or row label the rule is applied to
  std::vector<Term> terms;
  CellRef anchor;        // the total cell the diagnostic points at
};

// Every equation of every rule of the format.
std::vector<Equation> equations(const FormatSpec& format);

// Whether all cells of the equation can be counted, and its two sides.
bool evaluate(const Equation& eq, const Result& r, double* lhs, double* rhs);

const Cell& cell_at(const Result& r, const CellRef& c);

// Adds one error per failing equation (T3.BALANCE, T3.RESULTS_SUM,
// T3.ROW_SUM, T4.GROUP_SUM).
void check_balance(const Document& doc, const FormatSpec& format, Result& result);

}  // namespace gk
