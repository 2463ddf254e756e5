#include "column_blocks.h"

#include "text_match.h"

namespace gk {

namespace {

bool blank_line(const Document& doc, int li) { return trim(doc.line_text(static_cast<std::size_t>(li))).empty(); }

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

}  // namespace

ColumnBlock column_block(const Document& doc, int from, int line_end, std::size_t width, std::size_t max_rows) {
  ColumnBlock none;
  std::vector<std::vector<RawCell>> columns;
  int li = from;
  while (columns.size() < width) {
    // Paragraphs apart by blank lines or page numbers only.
    if (!columns.empty())
      while (li < line_end && (blank_line(doc, li) || page_number_line(doc.line_text(static_cast<std::size_t>(li))))) ++li;
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
  if (k == width) return none;
  ColumnBlock block;
  block.rows = k;
  block.end_line = li;
  for (std::size_t r = 0; r < k; ++r)
    for (std::size_t col = 0; col < width; ++col) block.values.push_back(columns[col][r]);
  block.span = {columns.front().front().span.begin, columns.back().back().span.end};
  return block;
}

}  // namespace gk
