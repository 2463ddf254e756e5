#include "column_blocks.h"

#include "text_match.h"

namespace gk {

namespace {


// The one number (or placeholder) a line holds alone, if it does.
bool lone_value(const Document& doc, int li, RawCell* cell) {
  const Line& line = doc.lines[static_cast<std::size_t>(li)];
  SplitLine split = split_line(doc.text(), line.begin, line.end);
  if (split.delimited || split.cells.size() != 1) return false;
  const RawCell& c = split.cells[0];
  if (c.type != CellType::Number && c.type != CellType::Placeholder) return false;
  *cell = c;
  return true;
}

// Whether every row of the k x width matrix (row-major) adds up: its last
// cell the sum of the others.
bool rows_add_up(const std::vector<RawCell>& m, std::size_t width) {
  for (std::size_t r = 0; r * width < m.size(); ++r) {
    double sum = 0;
    for (std::size_t c = 0; c + 1 < width; ++c) sum += m[r * width + c].type == CellType::Number ? m[r * width + c].value : 0;
    const RawCell& total = m[r * width + width - 1];
    if (sum != (total.type == CellType::Number ? total.value : 0)) return false;
  }
  return true;
}

}  // namespace

ColumnBlock column_block(const Document& doc, int from, int line_end, std::size_t width, std::size_t max_rows,
                         bool last_is_total) {
  ColumnBlock none;
  std::vector<std::vector<RawCell>> columns;
  int li = from;
  while (columns.size() < width) {
    // Paragraphs apart by blank lines or page numbers only.
    if (!columns.empty())
      while (li < line_end && (doc.blank_line(static_cast<std::size_t>(li)) || page_number_line(doc.line_text(static_cast<std::size_t>(li))))) ++li;
    std::vector<RawCell> column;
    RawCell c;
    while (li < line_end && column.size() <= max_rows && lone_value(doc, li, &c)) {
      column.push_back(c);
      ++li;
    }
    if (column.size() < 2 || column.size() > max_rows) return none;
    if (!columns.empty() && column.size() != columns[0].size()) return none;
    columns.push_back(std::move(column));
  }
  const std::size_t k = columns[0].size();
  ColumnBlock block;
  block.rows = k;
  block.end_line = li;
  for (std::size_t r = 0; r < k; ++r)
    for (std::size_t col = 0; col < width; ++col) block.values.push_back(columns[col][r]);
  if (k == width) {
    if (!last_is_total) return none;
    std::vector<RawCell> by_rows;
    for (const auto& column : columns) by_rows.insert(by_rows.end(), column.begin(), column.end());
    bool same = true;
    for (std::size_t i = 0; same && i < by_rows.size(); ++i)
      same = by_rows[i].type == block.values[i].type && by_rows[i].value == block.values[i].value;
    const bool as_columns = rows_add_up(block.values, width), as_rows = rows_add_up(by_rows, width);
    if (same || (as_rows && !as_columns)) return none;
    block.ambiguous = !(as_columns && !as_rows);
  }
  block.span = {columns.front().front().span.begin, columns.back().back().span.end};
  return block;
}

}  // namespace gk
