// A region's summary report (汇总) against its parts: each cell of tables 三
// and 四 of the summary equals the sum of the same cell of every part. A
// difference is an error that names the parts' values; a cell that the
// summary or a part did not read is not compared, and a warning says how
// many were left out and why (never a silent "equal").
#include <cmath>

#include "diagnostics.h"
#include "review_internal.h"

namespace gk {

namespace {

const Cell* cell_of(const Result& r, TableId t, const std::string& row, const std::string& col) {
  if (!r.format || !r.tables[static_cast<int>(t)].present) return nullptr;
  const TableSpec& spec = r.format->table(t);
  const int ri = spec.row_index(row);
  if (ri < 0) return nullptr;
  const int ci = spec.column_index(ri, col);
  if (ci < 0) return nullptr;
  const auto& rows = r.tables[static_cast<int>(t)].rows;
  if (static_cast<std::size_t>(ri) >= rows.size() || static_cast<std::size_t>(ci) >= rows[static_cast<std::size_t>(ri)].size())
    return nullptr;
  return &rows[static_cast<std::size_t>(ri)][static_cast<std::size_t>(ci)];
}

double value_of(const Cell& c) { return c.state == CellState::Value ? c.value : 0.0; }

// The part's name for a message: the file name without its folder.
std::string short_name(const std::string& name) {
  const std::size_t slash = name.find_last_of("/\\");
  return slash == std::string::npos ? name : name.substr(slash + 1);
}

}  // namespace

void check_summary(ReviewItem& summary, Result& summary_result, const std::vector<const Result*>& parts,
                   const std::vector<std::string>& part_names) {
  if (parts.empty()) {
    add_review_diagnostic(summary, summary_result, Rule::ReviewSummaryNoParts, phrase(msg::kSummaryNoParts, {}),
                          summary_result.meta.title_span);
    summary.notes.push_back("汇总 无组成报告可核对");
    return;
  }
  if (!summary_result.format) return;
  std::size_t differ = 0;
  for (TableId t : {TableId::Applications, TableId::ReviewLitigation}) {
    const TableSpec& spec = summary_result.format->table(t);
    std::size_t unchecked = 0;
    std::string unchecked_why;
    for (std::size_t r = 0; r < spec.rows.size(); ++r) {
      for (std::size_t c = 0; c < spec.rows[r].columns.size(); ++c) {
        const std::string& row = spec.rows[r].key;
        const std::string& col = spec.rows[r].columns[c].key;
        const Cell* s = cell_of(summary_result, t, row, col);
        bool ok = s && s->countable();
        if (!ok && unchecked_why.empty()) unchecked_why = "汇总报告";
        double sum = 0;
        std::string values;
        std::size_t listed = 0, nonzero = 0;
        for (std::size_t p = 0; ok && p < parts.size(); ++p) {
          const Cell* pc = cell_of(*parts[p], t, row, col);
          if (!pc || !pc->countable()) {
            ok = false;
            if (unchecked_why.empty()) unchecked_why = short_name(part_names[p]);
            break;
          }
          const double v = value_of(*pc);
          sum += v;
          if (v != 0) {
            ++nonzero;
            if (listed < 8) {
              values += (listed ? "、" : "") + short_name(part_names[p]) + " " + format_number(v);
              ++listed;
            }
          }
        }
        if (!ok) {
          ++unchecked;
          continue;
        }
        if (std::fabs(sum - value_of(*s)) < 1e-9) continue;
        ++differ;
        if (nonzero > listed) values += " 等 " + std::to_string(nonzero) + " 份";
        std::string cell = spec.rows[r].label;
        if (spec.rows[r].columns.size() > 1) cell += " · " + spec.rows[r].columns[c].label;
        std::string text = phrase(msg::kSummaryMismatch,
                                  {{"table", spec.name},
                                   {"cell", cell},
                                   {"summary", format_number(value_of(*s))},
                                   {"parts", std::to_string(parts.size())},
                                   {"sum", format_number(sum)},
                                   {"values", values.empty() ? "各份均为 0" : values + "，其余为 0"}});
        const Span where = s->span.empty() ? summary_result.tables[static_cast<int>(t)].span : s->span;
        Diagnostic& d = add_review_diagnostic(summary, summary_result, Rule::ReviewSummaryMismatch, std::move(text), where);
        d.cells.push_back(CellRef{t, static_cast<std::uint16_t>(r), static_cast<std::uint16_t>(c)});
        d.expected = sum;
        d.actual = value_of(*s);
      }
    }
    if (unchecked > 0) {
      add_review_diagnostic(summary, summary_result, Rule::ReviewSummaryIncomplete,
                            phrase(msg::kSummaryIncomplete,
                                   {{"table", spec.name}, {"count", std::to_string(unchecked)}, {"where", unchecked_why}}),
                            summary_result.tables[static_cast<int>(t)].span);
      summary.notes.push_back(spec.name + " 汇总有 " + std::to_string(unchecked) + " 格未核对");
    }
  }
  if (differ > 0) summary.notes.push_back("汇总 " + std::to_string(differ) + " 格与各部分之和不符");
}

}  // namespace gk
