// TEXT.*: the facts of the prose against the tables. Each kind of fact is
// one row of a table: which rule, which cells (summed), and a second sum
// that is accepted too. The 行政事业性收费 amount of table 二 is never compared
// with the 信息处理费 of the prose (report-format.md): fees are checked only
// prose against prose.
#include <cmath>

#include "balance.h"
#include "diagnostics.h"
#include "prose.h"

namespace gk {

namespace {

struct CellKey {
  const char* row;
  const char* col;  // nullptr: the column of the fact (自然人 or 总计)
};

struct Target {
  FactKind kind;
  Rule rule;
  TableId table;
  std::vector<CellKey> cells;  // the table's number: their sum
  std::vector<CellKey> also;   // another sum the prose may mean (may be empty)
};

const std::vector<Target>& targets() {
  static const std::vector<Target> t = {
      // 收到/受理 N 件: this year's new applications; 受理 sometimes counts the carried-over ones too.
      {FactKind::Received, Rule::TextApplications, TableId::Applications, {{"new_received", nullptr}},
       {{"new_received", nullptr}, {"carried_over", nullptr}}},
      {FactKind::Handled, Rule::TextApplicationsHandled, TableId::Applications, {{"results_total", "total"}}, {}},
      {FactKind::Issued, Rule::TextNormativeDocs, TableId::Active, {{"normative_documents", "issued"}}, {}},
      {FactKind::Repealed, Rule::TextNormativeDocs, TableId::Active, {{"normative_documents", "repealed"}}, {}},
      {FactKind::InForce, Rule::TextNormativeDocs, TableId::Active, {{"normative_documents", "in_force"}}, {}},
      {FactKind::Review, Rule::TextReviewLitigation, TableId::ReviewLitigation, {{"review", "total"}}, {}},
      {FactKind::Litigation, Rule::TextReviewLitigation, TableId::ReviewLitigation,
       {{"litigation_direct", "total"}, {"litigation_after_review", "total"}}, {}},
      {FactKind::Licensing, Rule::TextEnforcement, TableId::Active, {{"licensing", "decisions"}}, {}},
      {FactKind::Punishment, Rule::TextEnforcement, TableId::Active, {{"punishment", "decisions"}}, {}},
      {FactKind::Coercion, Rule::TextEnforcement, TableId::Active, {{"coercion", "decisions"}}, {}},
  };
  return t;
}

// The cells of keys, or false when one is not in this format or not read.
bool resolve(const FormatSpec& f, const Result& r, TableId table, const std::vector<CellKey>& keys, bool natural,
             std::vector<CellRef>* cells, double* sum) {
  const TableSpec& spec = f.table(table);
  if (!r.tables[static_cast<int>(table)].present) return false;
  *sum = 0;
  for (const CellKey& k : keys) {
    const int row = spec.row_index(k.row);
    const int col = spec.column_index(row, k.col ? k.col : natural ? "natural_person" : "total");
    if (row < 0 || col < 0) return false;
    const CellRef ref{table, static_cast<std::uint16_t>(row), static_cast<std::uint16_t>(col)};
    const Cell& c = cell_at(r, ref);
    if (!c.countable()) return false;
    *sum += c.state == CellState::Value ? c.value : 0;
    cells->push_back(ref);
  }
  return true;
}

bool agrees(const ProseFact& f, double v) {
  const double n = f.value;
  switch (f.approx) {
    case Approx::Exact: return std::fabs(v - n) < 1e-9;
    case Approx::AtLeast: return v >= n - 1e-9;
    case Approx::AtMost: return v <= n + 1e-9;
    case Approx::About: return std::fabs(v - n) <= std::max(1.0, 0.1 * n);
  }
  return true;
}

std::string said(const ProseFact& f) {
  if (f.none) return "没有";
  const std::string n = format_number(f.value);
  switch (f.approx) {
    case Approx::Exact: return n + " 件";
    case Approx::AtLeast: return n + " 件以上";
    case Approx::AtMost: return "不到 " + n + " 件";
    case Approx::About: return "约 " + n + " 件";
  }
  return n;
}

std::string cell_names(const FormatSpec& f, const std::vector<CellRef>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const RowSpec& row = f.table(cells[i].table).rows[cells[i].row];
    out += (i ? "与“" : "“") + row.label + " · " + row.columns[cells[i].col].label + "”";
  }
  return cells.size() > 1 ? out + "之和" : out;
}

std::string table_name(const FormatSpec& f, TableId t) {
  const std::string& title = f.table(t).title;
  const std::size_t p = title.find("（");
  return p == std::string::npos ? title : title.substr(0, p);
}

void compare(const FormatSpec& f, Result& r, const ProseFact& fact, const Target& t) {
  std::vector<CellRef> cells;
  double v = 0;
  if (!resolve(f, r, t.table, t.cells, fact.natural_person, &cells, &v)) return;
  if (agrees(fact, v)) return;
  std::vector<CellRef> also_cells;
  double also = 0;
  if (!t.also.empty() && resolve(f, r, t.table, t.also, fact.natural_person, &also_cells, &also) && agrees(fact, also))
    return;
  Diagnostic& d =
      fact.scope.empty()
          ? report(r, t.rule, msg::kTextDisagrees,
                   {{"quote", fact.quote}, {"said", said(fact)}, {"table", table_name(f, t.table)},
                    {"cells", cell_names(f, cells)}, {"value", format_number(v)}},
                   fact.span)
          : report(r, t.rule, msg::kTextWiderScope,
                   {{"quote", fact.quote}, {"said", said(fact)}, {"table", table_name(f, t.table)},
                    {"cells", cell_names(f, cells)}, {"value", format_number(v)}, {"scope", fact.scope}},
                   fact.span);
  d.cells = cells;
  for (const CellRef& c : cells)
    if (!cell_at(r, c).span.empty()) d.related.push_back(cell_at(r, c).span);
  d.expected = v;
  d.actual = fact.value;
}

}  // namespace

void check_prose(const Document& doc, const FormatSpec& format, Result& result) {
  const std::vector<ProseFact> facts = prose_facts(doc, result.meta.year);
  const ProseFact* fee_none = nullptr;
  for (const ProseFact& f : facts) {
    for (const Target& t : targets())
      if (t.kind == f.kind) compare(format, result, f, t);
    if (f.kind == FactKind::FeeNone && !fee_none) fee_none = &f;
  }
  // 未收取信息处理费 in one place, an amount charged in another.
  if (!fee_none) return;
  for (const ProseFact& f : facts) {
    if (f.kind != FactKind::FeeCharged) continue;
    Diagnostic& d = report(result, Rule::TextFees, msg::kTextFees,
                           {{"none", fee_none->quote}, {"charged", f.quote}, {"amount", format_number(f.value)}}, f.span);
    d.related.push_back(fee_none->span);
    d.expected = 0;
    d.actual = f.value;
  }
}

}  // namespace gk
