#include "balance.h"

#include <cmath>
#include <stdexcept>

#include "diagnostics.h"
#include "format_derived.h"

namespace gk {

const Cell& cell_at(const Result& r, const CellRef& c) {
  return r.tables[static_cast<int>(c.table)].rows[c.row][c.col];
}

std::vector<Equation> equations(const FormatSpec& f) {
  std::vector<Equation> out;
  for (const SumRule& rule : f.rules) {
    const TableSpec& t = f.table(rule.table);
    auto ref = [&](int r, int c) {
      return CellRef{rule.table, static_cast<std::uint16_t>(r), static_cast<std::uint16_t>(c)};
    };
    if (rule.over == SumRule::Over::EachColumn) {
      const std::size_t ncols = t.rows[static_cast<std::size_t>(rule.rhs.front())].columns.size();
      for (std::size_t c = 0; c < ncols; ++c) {
        Equation eq;
        eq.rule = &rule;
        eq.where = t.rows[static_cast<std::size_t>(rule.rhs.front())].columns[c].label;
        for (int r : rule.lhs) eq.terms.push_back({ref(r, static_cast<int>(c)), +1});
        for (int r : rule.rhs) eq.terms.push_back({ref(r, static_cast<int>(c)), -1});
        eq.anchor = ref(rule.anchor, static_cast<int>(c));
        out.push_back(std::move(eq));
      }
    } else {
      for (std::size_t r = 0; r < t.rows.size(); ++r) {
        Equation eq;
        eq.rule = &rule;
        eq.where = t.rows[r].label;
        for (int c : rule.lhs) eq.terms.push_back({ref(static_cast<int>(r), c), +1});
        for (int c : rule.rhs) eq.terms.push_back({ref(static_cast<int>(r), c), -1});
        eq.anchor = ref(static_cast<int>(r), rule.anchor);
        out.push_back(std::move(eq));
      }
    }
  }
  return out;
}

bool evaluate(const Equation& eq, const Result& r, double* lhs, double* rhs) {
  double a = 0, b = 0;
  for (const Term& t : eq.terms) {
    const Cell& c = cell_at(r, t.cell);
    if (!c.countable()) return false;
    const double v = c.state == CellState::Value ? c.value : 0.0;
    (t.coef > 0 ? a : b) += v;
  }
  *lhs = a;
  *rhs = b;
  return true;
}

void check_balance(const Document& doc, const FormatSpec& format, Result& result) {
  for (const Equation& eq : derived(format).equations) {
    if (!result.tables[static_cast<int>(eq.rule->table)].present) continue;
    double lhs = 0, rhs = 0;
    if (!evaluate(eq, result, &lhs, &rhs) || std::fabs(lhs - rhs) < 1e-9) continue;
    std::string msg = fill(eq.rule->message, "where", eq.where);
    msg = fill(msg, "lhs", format_number(lhs));
    msg = fill(msg, "rhs", format_number(rhs));
    const TableData& t = result.tables[static_cast<int>(eq.anchor.table)];
    Span at = cell_at(result, eq.anchor).span;
    if (at.empty()) at = t.row_spans[eq.anchor.row];
    Rule rule{};
    if (!rule_of(eq.rule->id, &rule)) throw std::logic_error("gkcheck: the format's rule " + eq.rule->id + " is not in the rule table");
    Diagnostic& d = add_diagnostic(result, rule, msg, at);
    for (const Term& term : eq.terms) d.cells.push_back(term.cell);
    d.expected = lhs;
    d.actual = rhs;
  }
  (void)doc;
}

}  // namespace gk
