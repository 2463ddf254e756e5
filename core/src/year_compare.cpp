#include "year_compare.h"

#include "balance.h"
#include "checks.h"
#include "read_report.h"
#include "diagnostics.h"
#include "source_index.h"

namespace gk {

namespace {

struct Previous {
  Document doc;
  Result result;
  const FormatSpec* format = nullptr;
  std::uint32_t line_of(Span s) const {
    return SourceIndex(doc.original).line_of(doc.norm.map.to_original(s.begin, false));
  }
};

// A cell by keys, or nullptr when the format has no such cell or it holds
// nothing to count.
const Cell* cell(const FormatSpec& f, const Result& r, TableId t, const char* row, const char* col, CellRef* ref) {
  const TableSpec& spec = f.table(t);
  const int ri = spec.row_index(row);
  const int ci = spec.column_index(ri, col);
  if (ri < 0 || ci < 0 || !r.tables[static_cast<int>(t)].present) return nullptr;
  *ref = {t, static_cast<std::uint16_t>(ri), static_cast<std::uint16_t>(ci)};
  const Cell& c = cell_at(r, *ref);
  return c.countable() ? &c : nullptr;
}

double value(const Cell& c) { return c.state == CellState::Value ? c.value : 0; }

std::string name(const FormatSpec& f, const CellRef& c) {
  const RowSpec& row = f.table(c.table).rows[c.row];
  return "“" + row.label + " · " + row.columns[c.col].label + "”";
}

Span at_cell(const Result& r, const CellRef& c) {
  const Cell& cell = cell_at(r, c);
  return cell.span.empty() ? r.tables[static_cast<int>(c.table)].row_spans[c.row] : cell.span;
}

void carried_over(const FormatSpec& f, Result& r, const Previous& p) {
  const TableSpec& t3 = f.table(TableId::Applications);
  const int row = t3.row_index("carried_over");
  if (row < 0) return;
  for (const ColumnSpec& col : t3.rows[static_cast<std::size_t>(row)].columns) {
    CellRef now_ref{}, prev_ref{};
    const Cell* now = cell(f, r, TableId::Applications, "carried_over", col.key.c_str(), &now_ref);
    const Cell* prev = cell(*p.format, p.result, TableId::Applications, "carried_forward", col.key.c_str(), &prev_ref);
    if (!now || !prev || value(*now) == value(*prev)) continue;
    Diagnostic& d = report(r, Rule::YearCarriedOver, msg::kCarriedOver,
                           {{"cell", name(f, now_ref)},
                            {"now", format_number(value(*now))},
                            {"line", std::to_string(p.line_of(at_cell(p.result, prev_ref)))},
                            {"previous_cell", name(*p.format, prev_ref)},
                            {"previous", format_number(value(*prev))}},
                           at_cell(r, now_ref));
    d.cells = {now_ref};
    d.expected = value(*prev);
    d.actual = value(*now);
  }
}

void in_force(const FormatSpec& f, Result& r, const Previous& p) {
  for (const char* row : {"regulations", "normative_documents"}) {
    CellRef prev_ref{}, issued_ref{}, repealed_ref{}, now_ref{};
    const Cell* prev = cell(*p.format, p.result, TableId::Active, row, "in_force", &prev_ref);
    const Cell* issued = cell(f, r, TableId::Active, row, "issued", &issued_ref);
    const Cell* repealed = cell(f, r, TableId::Active, row, "repealed", &repealed_ref);
    const Cell* now = cell(f, r, TableId::Active, row, "in_force", &now_ref);
    if (!prev || !issued || !repealed || !now) continue;
    const double want = value(*prev) + value(*issued) - value(*repealed);
    if (want == value(*now)) continue;
    const std::string label = f.table(TableId::Active).rows[now_ref.row].label;
    Diagnostic& d = report(r, Rule::YearInForce, msg::kInForce,
                           {{"row", label},
                            {"now", format_number(value(*now))},
                            {"line", std::to_string(p.line_of(at_cell(p.result, prev_ref)))},
                            {"previous", format_number(value(*prev))},
                            {"issued", format_number(value(*issued))},
                            {"repealed", format_number(value(*repealed))},
                            {"want", format_number(want)}},
                           at_cell(r, now_ref));
    d.cells = {issued_ref, repealed_ref, now_ref};
    d.expected = want;
    d.actual = value(*now);
  }
}

}  // namespace

void check_previous_year(const Document& doc, const FormatSpec& format, const Options& options, Result& result) {
  if (options.previous.empty()) return;
  const int t3 = static_cast<int>(TableId::Applications);
  const Span here = result.meta.title_span.empty() ? Span{0, 0} : result.meta.title_span;
  Previous p;
  const bool read = options.previous.size() <= kMaxInputBytes && read_report(options.previous, p.doc, p.result, options.registry());
  p.format = p.result.format ? p.result.format : &options.registry().newest();
  if (!read || !p.result.tables[t3].present) {
    report(result, Rule::YearPreviousUnreadable, msg::kPreviousUnreadable, {}, here);
    return;
  }
  const auto& y = result.meta.year;
  const auto& py = p.result.meta.year;
  if (y && py && *py != *y - 1) {
    report(result, Rule::YearPreviousYear, msg::kPreviousYear,
           {{"previous", std::to_string(*py)}, {"year", std::to_string(*y)}}, here);
    return;
  }
  carried_over(format, result, p);
  in_force(format, result, p);
  (void)doc;
}

}  // namespace gk
