#include "page_numbers.h"

#include "cells.h"
#include "text_match.h"

namespace gk {

namespace {

// Whether a page break (form feed, as pdftotext ends each page) follows the
// line in the original text, with only spaces and line ends between.
bool page_break_after(const Document& doc, const Line& line) {
  std::size_t o = doc.norm.map.to_original(line.end, true);
  while (o < doc.original.size() && (doc.original[o] == ' ' || doc.original[o] == '\t' || doc.original[o] == '\r' ||
                                     doc.original[o] == '\n'))
    ++o;
  return o < doc.original.size() && doc.original[o] == '\f';
}

}  // namespace

std::vector<bool> bare_page_numbers(const Document& doc) {
  constexpr double kMaxPage = 999, kLastFirstPage = 2;
  constexpr std::size_t kMinChain = 2;
  std::vector<bool> page(doc.lines.size(), false);
  const std::size_t n = doc.lines.size();
  // Without a page break there is no page number (most pastes have none).
  if (doc.original.find('\f') == std::string_view::npos) return page;
  // A document whose footers are written out (- 3 -, 第 3 页) has no bare ones.
  for (std::size_t li = 0; li < n; ++li)
    if (page_number_line(doc.line_text(li))) return page;
  // Lone numbers right before a page break, in order: 1 (or 2), then each
  // one more than the last, are the page numbers.
  std::vector<std::size_t> chain;
  double expected = 0;
  for (std::size_t li = 0; li < n; ++li) {
    const Line& line = doc.lines[li];
    // The page break first: it is the cheaper test, and few lines have one.
    if (line.end == line.begin || !page_break_after(doc, line)) continue;
    SplitLine split = split_line(doc.text(), line.begin, line.end);
    if (split.delimited || split.cells.size() != 1 || split.cells[0].type != CellType::Number ||
        split.cells[0].form != NumberForm::Integer || split.cells[0].value < 1 || split.cells[0].value > kMaxPage)
      continue;
    const double v = split.cells[0].value;
    if (chain.empty() ? v > kLastFirstPage : v != expected) continue;
    chain.push_back(li);
    expected = v + 1;
  }
  if (chain.size() >= kMinChain)
    for (std::size_t li : chain) page[li] = true;
  return page;
}

}  // namespace gk
