#include "equations.h"

#include <map>
#include <stdexcept>

namespace gkprop {

namespace {

constexpr gk::TableId T3 = gk::TableId::Applications;
constexpr gk::TableId T4 = gk::TableId::ReviewLitigation;

int row(gk::TableId t, const std::string& key) {
  int r = gk::format_2021().table(t).row_index(key);
  if (r < 0) throw std::logic_error("no row " + key);
  return r;
}

std::vector<Equation> build() {
  std::vector<Equation> out;
  // Table 三: 7 columns in spec order; the last is 总计. 25 rows.
  static const char* results[] = {
      "granted", "partially_granted", "denied.state_secret", "denied.law_prohibited", "denied.three_safeties",
      "denied.third_party", "denied.internal_affairs", "denied.process_info", "denied.enforcement_file",
      "denied.query_matter", "unavailable.not_held", "unavailable.needs_creation", "unavailable.unclear",
      "not_processed.petition", "not_processed.duplicate", "not_processed.publication", "not_processed.excessive",
      "not_processed.confirmation", "other.no_correction", "other.no_fee", "other.other"};
  static const char* rows[] = {"new_received", "carried_over"};
  (void)rows;
  for (int c = 0; c < 7; ++c) {
    Equation bal{"T3.BALANCE", {}};
    bal.terms.push_back({{T3, row(T3, "new_received"), c}, +1});
    bal.terms.push_back({{T3, row(T3, "carried_over"), c}, +1});
    bal.terms.push_back({{T3, row(T3, "results_total"), c}, -1});
    bal.terms.push_back({{T3, row(T3, "carried_forward"), c}, -1});
    out.push_back(bal);
    Equation sum{"T3.RESULTS_SUM", {}};
    for (const char* k : results) sum.terms.push_back({{T3, row(T3, k), c}, +1});
    sum.terms.push_back({{T3, row(T3, "results_total"), c}, -1});
    out.push_back(sum);
  }
  for (int r = 0; r < 25; ++r) {
    Equation e{"T3.ROW_SUM", {}};
    for (int c = 0; c < 6; ++c) e.terms.push_back({{T3, r, c}, +1});
    e.terms.push_back({{T3, r, 6}, -1});
    out.push_back(e);
  }
  for (const char* g : {"review", "litigation_direct", "litigation_after_review"}) {
    Equation e{"T4.GROUP_SUM", {}};
    const int r = row(T4, g);
    for (int c = 0; c < 4; ++c) e.terms.push_back({{T4, r, c}, +1});
    e.terms.push_back({{T4, r, 4}, -1});
    out.push_back(e);
  }
  return out;
}

}  // namespace

const std::vector<Equation>& equations() {
  static const std::vector<Equation> eqs = build();
  return eqs;
}

long long residual(const Equation& e, const gkgen::Truth& t) {
  long long s = 0;
  for (const Term& term : e.terms) s += term.coef * t.count(term.cell.table, term.cell.row, term.cell.col);
  return s;
}

std::vector<const Equation*> failing(const gkgen::Truth& t) {
  std::vector<const Equation*> out;
  for (const Equation& e : equations())
    if (residual(e, t) != 0) out.push_back(&e);
  return out;
}

std::vector<Cell> explaining_cells(const gkgen::Truth& t) {
  std::vector<Cell> out;
  const auto bad = failing(t);
  if (bad.empty()) return out;
  // Candidate cells: those of the first failing equation (a fix must be in every one).
  for (const Term& cand : bad.front()->terms) {
    const Cell x = cand.cell;
    bool ok = true, have_delta = false;
    long long delta = 0;
    for (const Equation& e : equations()) {
      int coef = 0;
      for (const Term& term : e.terms)
        if (term.cell == x) coef += term.coef;
      const long long r = residual(e, t);
      if (coef == 0) {
        if (r != 0) { ok = false; break; }  // a failing rule that x cannot change
        continue;
      }
      // r + coef * d == 0
      if (r % coef != 0) { ok = false; break; }
      const long long d = -r / coef;
      if (have_delta && d != delta) { ok = false; break; }
      delta = d;
      have_delta = true;
    }
    if (!ok || !have_delta || delta == 0) continue;
    if (t.count(x.table, x.row, x.col) + delta < 0) continue;
    out.push_back(x);
  }
  return out;
}

std::string name(const Cell& c) { return gkgen::cell_name(c.table, c.row, c.col); }

}  // namespace gkprop
