#include "coverage.h"

#include <algorithm>

#include "balance.h"
#include "diagnostics.h"
#include "format_derived.h"
#include "utf8.h"

namespace gk {

const char* verdict_name(Verdict v) {
  switch (v) {
    case Verdict::Checked: return "checked";
    case Verdict::Partial: return "partial";
    case Verdict::Unchecked: return "unchecked";
  }
  return "unchecked";
}

namespace {

// A row's label, short enough for a message: its first 16 characters.
std::string short_label(const std::string& label) {
  constexpr std::size_t kChars = 16;
  std::size_t i = 0, chars = 0;
  while (i < label.size() && chars < kChars) {
    utf8::decode(label, i);
    ++chars;
  }
  if (i >= label.size()) return label;
  return label.substr(0, i) + "…";
}

// "「a」、「b」、「c」等 5 行"
std::string name_rows(const TableSpec& spec, const std::vector<int>& rows) {
  std::string s;
  const std::size_t shown = std::min<std::size_t>(rows.size(), 3);
  for (std::size_t i = 0; i < shown; ++i)
    s += (i ? "、" : "") + std::string("「") + short_label(spec.rows[static_cast<std::size_t>(rows[i])].label) + "」";
  if (rows.size() > shown) s += "等";
  return s;
}

struct TableGaps {
  std::vector<int> missing_rows;  // not found at all
  std::vector<int> partial_rows;  // found, some cells not read
  std::vector<CellRef> cells;     // every cell not read
};

TableGaps gaps_of(const TableSpec& spec, const TableData& t) {
  TableGaps g;
  for (std::size_t r = 0; r < spec.rows.size(); ++r) {
    bool any_unread = false;
    for (std::size_t c = 0; c < spec.rows[r].columns.size(); ++c) {
      if (t.rows[r][c].countable()) continue;
      any_unread = true;
      g.cells.push_back({spec.id, static_cast<std::uint16_t>(r), static_cast<std::uint16_t>(c)});
    }
    if (!any_unread) continue;
    (t.row_found[r] ? g.partial_rows : g.missing_rows).push_back(static_cast<int>(r));
  }
  return g;
}

// 表三有 3 行没有读到（「…」等）、1 行的数没有全部读出（「…」）
std::string what_unread(const TableSpec& spec, const TableGaps& g) {
  std::string what;
  if (!g.missing_rows.empty())
    what = phrase(msg::kRowsNotFound, {{"count", std::to_string(g.missing_rows.size())}, {"rows", name_rows(spec, g.missing_rows)}});
  if (!g.partial_rows.empty())
    what += (what.empty() ? "" : "、") +
            phrase(msg::kRowsPartlyRead, {{"count", std::to_string(g.partial_rows.size())}, {"rows", name_rows(spec, g.partial_rows)}});
  return what;
}

}  // namespace

void check_coverage(const Document& doc, const FormatSpec& format, Result& result) {
  const std::vector<Equation>& eqs = derived(format).equations;
  Verdict verdict = Verdict::Checked;
  for (int t = 0; t < kTableCount; ++t) {
    const TableSpec& spec = format.tables[t];
    const TableData& data = result.tables[t];
    TableCoverage& c = result.coverage[t];
    c = TableCoverage{};
    c.rows_expected = static_cast<std::uint32_t>(spec.rows.size());
    for (const RowSpec& row : spec.rows) c.cells_expected += static_cast<std::uint32_t>(row.columns.size());
    for (const Equation& eq : eqs) {
      if (eq.rule->table != spec.id) continue;
      ++c.equations_total;
      double lhs = 0, rhs = 0;
      if (data.present && evaluate(eq, result, &lhs, &rhs)) ++c.equations_evaluated;
    }
    if (!data.present) {  // PARSE.TABLE_MISSING has said so
      verdict = Verdict::Unchecked;
      continue;
    }
    c.rows_found = static_cast<std::uint32_t>(std::count(data.row_found.begin(), data.row_found.end(), true));
    const TableGaps g = gaps_of(spec, data);
    c.cells_read = c.cells_expected - static_cast<std::uint32_t>(g.cells.size());
    if (c.rows_found * 2 < c.rows_expected) verdict = Verdict::Unchecked;
    if (g.cells.empty() && c.equations_evaluated == c.equations_total) continue;
    if (verdict == Verdict::Checked) verdict = Verdict::Partial;
    const int heading = doc.section_line[spec.section];
    const Span at = heading >= 0 ? doc.line_span(static_cast<std::size_t>(heading)) : Span{data.span.begin, data.span.begin};
    const std::uint32_t skipped = c.equations_total - c.equations_evaluated;
    Diagnostic& d =
        skipped > 0
            ? report(result, Rule::ParseUnchecked, msg::kUncheckedSums,
                     {{"table", spec.name}, {"what", what_unread(spec, g)}, {"sums", std::to_string(skipped)}}, at)
            : report(result, Rule::ParseUnchecked, msg::kUncheckedCells, {{"table", spec.name}, {"what", what_unread(spec, g)}}, at);
    d.cells = g.cells;
  }
  if (result.other_reports > 0 && verdict == Verdict::Checked) verdict = Verdict::Partial;
  result.verdict = verdict;
}

}  // namespace gk
