#include "suspect.h"

#include <stdexcept>
#include <algorithm>
#include <cmath>

#include "balance.h"
#include "diagnostics.h"
#include "format_derived.h"

namespace gk {

namespace {

constexpr double kEps = 1e-9;
constexpr std::size_t kMaxListed = 5;

struct EqState {
  const Equation* eq;
  bool known;   // every cell countable
  double diff;  // lhs - rhs
  bool fails() const { return known && std::fabs(diff) > kEps; }
};

struct Analysis {
  bool failing = false;
  std::vector<SuspectCandidate> candidates;
};

int coef_of(const Equation& eq, const CellRef& c) {
  for (const Term& t : eq.terms)
    if (t.cell == c) return t.coef;
  return 0;
}

Analysis analyse(const FormatSpec& format, const Result& result, TableId table) {
  Analysis out;
  if (!result.tables[static_cast<int>(table)].present) return out;
  const std::vector<Equation>& all = derived(format).equations;
  std::vector<EqState> st;
  std::size_t failing = 0;
  for (const Equation& eq : all) {
    if (eq.rule->table != table) continue;
    double l = 0, r = 0;
    const bool known = evaluate(eq, result, &l, &r);
    st.push_back({&eq, known, l - r});
    failing += st.back().fails();
  }
  out.failing = failing > 0;
  if (!out.failing) return out;

  // Only a cell of every failing equation can explain them all.
  std::vector<CellRef> cells;
  for (const EqState& s : st) {
    if (!s.fails()) continue;
    for (const Term& t : s.eq->terms)
      if (std::find(cells.begin(), cells.end(), t.cell) == cells.end()) cells.push_back(t.cell);
  }
  const TableSpec& spec = format.table(table);
  for (const CellRef& c : cells) {
    const Cell& cell = cell_at(result, c);
    if (!cell.countable()) continue;
    const double now = cell.state == CellState::Value ? cell.value : 0.0;
    bool ok = true, have = false;
    double delta = 0;
    std::size_t explained = 0;
    for (const EqState& s : st) {
      const int k = coef_of(*s.eq, c);
      if (k == 0 || !s.known) continue;  // an equation that cannot be read does not constrain
      const double need = -s.diff / k;    // a holding equation needs 0: the cell must stay
      if (!have) { delta = need; have = true; }
      else if (std::fabs(delta - need) > kEps) { ok = false; break; }
      explained += s.fails();
    }
    if (!ok || !have || explained != failing || std::fabs(delta) <= kEps) continue;
    const double v = now + delta;
    if (v < -kEps) continue;
    const ValueKind kind = spec.rows[c.row].columns[c.col].kind;
    if (kind == ValueKind::Count && std::fabs(v - std::round(v)) > kEps) continue;
    out.candidates.push_back({c, kind == ValueKind::Count ? std::round(v) : v});
  }
  return out;
}

// 表三（收到和处理…） → 表三
std::string short_title(const TableSpec& t) {
  const std::size_t p = t.title.find("（");
  return p == std::string::npos ? t.title : t.title.substr(0, p);
}

std::string cell_name(const FormatSpec& f, const CellRef& c) {
  const RowSpec& row = f.table(c.table).rows[c.row];
  return "“" + row.label + " · " + row.columns[c.col].label + "”";
}

// "现为 15", or "现为空白" for a cell that holds no number.
std::string now_text(const Cell& cell) {
  return cell.state == CellState::Value ? "现为 " + format_number(cell.value) : std::string("现为空白");
}

// The rule ids of the table's balance rules ("T3.BALANCE" …) and the prefix
// of its own ids ("T3").
bool is_rule_of(const FormatSpec& f, TableId table, const std::string& id) {
  for (const SumRule& r : f.rules)
    if (r.table == table && r.id == id) return true;
  return false;
}

// The table's rule of that kind (".SUSPECT"): its prefix is its balance rules' (T3, T4).
Rule rule_of_table(const FormatSpec& f, TableId table, const char* kind) {
  Rule rule{};
  for (const SumRule& r : f.rules)
    if (r.table == table && rule_of(r.id.substr(0, r.id.find('.')) + kind, &rule)) return rule;
  throw std::logic_error(std::string("gkcheck: no rule ") + kind + " for a table with balance rules");
}

}  // namespace

std::vector<SuspectCandidate> suspect_candidates(const FormatSpec& format, const Result& result, TableId table) {
  return analyse(format, result, table).candidates;
}

void find_suspects(const FormatSpec& format, Result& result) {
  std::vector<TableId> tables;
  for (const SumRule& r : format.rules)
    if (std::find(tables.begin(), tables.end(), r.table) == tables.end()) tables.push_back(r.table);
  for (TableId table : tables) {
    // The balance diagnostics of this table: the group the finding leads.
    std::size_t first = result.diagnostics.size();
    std::uint32_t group_at = UINT32_MAX;
    Span group_span{};
    for (std::size_t i = 0; i < result.diagnostics.size(); ++i) {
      const Diagnostic& d = result.diagnostics[i];
      if (!is_rule_of(format, table, d.rule)) continue;
      first = std::min(first, i);
      if (d.span.begin < group_at) { group_at = d.span.begin; group_span = d.span; }
    }
    if (first == result.diagnostics.size()) continue;  // nothing fails: nothing to explain
    const Analysis a = analyse(format, result, table);
    if (!a.failing) continue;

    const std::string title = short_title(format.table(table));
    Diagnostic d;
    if (a.candidates.size() == 1) {
      const SuspectCandidate& s = a.candidates.front();
      const Cell& cell = cell_at(result, s.cell);
      d = make_diagnostic(rule_of_table(format, table, ".SUSPECT"),
                          phrase(msg::kSuspect, {{"cell", cell_name(format, s.cell)},
                                                 {"value", format_number(s.value)},
                                                 {"now", now_text(cell)}}),
                          cell.span.empty() ? result.tables[static_cast<int>(table)].row_spans[s.cell.row] : cell.span);
      d.cells = {s.cell};
      d.suspects = {s.cell};
      d.expected = s.value;
      if (cell.state == CellState::Value) d.actual = cell.value;
      for (Diagnostic& b : result.diagnostics)
        if (is_rule_of(format, table, b.rule)) b.suspects = {s.cell};
    } else {
      d = make_diagnostic(rule_of_table(format, table, ".NO_SINGLE_SUSPECT"), "", group_span);
      if (a.candidates.empty()) {
        d.message = phrase(msg::kNoSingleSuspect, {{"table", title}});
      } else {
        std::string list;
        for (std::size_t i = 0; i < a.candidates.size() && i < kMaxListed; ++i) {
          const SuspectCandidate& s = a.candidates[i];
          list += (i ? "；" : "") + cell_name(format, s.cell) + "应为 " + format_number(s.value) + "（" +
                  now_text(cell_at(result, s.cell)) + "）";
          d.cells.push_back(s.cell);
        }
        if (a.candidates.size() > kMaxListed) list += "；等";
        d.message = phrase(msg::kAnyOfCells, {{"count", std::to_string(a.candidates.size())}, {"table", title}, {"list", list}});
      }
    }
    // Listed first in its group, even where the cell stands below a sum it breaks.
    d.list_at = std::min(group_at, d.span.begin);
    result.diagnostics.insert(result.diagnostics.begin() + static_cast<std::ptrdiff_t>(first), std::move(d));
  }
}

}  // namespace gk
