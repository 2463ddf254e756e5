// Cutting a line of a pasted table into cells, and telling what each cell
// holds: a number, a placeholder for "no number" (blank, /, —, 无), or text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "gkcheck/result.h"

namespace gk {

enum class CellType : std::uint8_t { Empty, Placeholder, Number, Text };

// How a number was written; only Integer is a valid count.
enum class NumberForm : std::uint8_t {
  Integer,    // 12
  Decimal,    // 1158.4432
  Negative,   // -3 (or -3.5)
  Thousands,  // 1,234
  WithUnit,   // 251000元, 25.1万元
  TooLong,    // more than 15 digits: a double cannot hold it exactly, so it is not read
  Malformed,  // digits mixed with what only looks like one (71¹, ⁷¹, 1O, 〇, 71.): not read
  Run,        // digits and / run together (00/0/00, a web page's cells without separators): no value
};

// Superscript, subscript and circled digits (¹ ₁ ①): kept as written by the
// normaliser, so that a footnote mark is never read as a digit of a count.
bool compat_digit(char32_t c);

// 24 bytes (the small members first, then the span and the value): a table
// of many rows holds two of these per number while it is read.
struct RawCell {
  CellType type = CellType::Empty;
  NumberForm form = NumberForm::Integer;
  bool word = false;  // a placeholder written as a word (无, 不适用)
  Span span;  // normalised text (for Empty cells: a zero-length point)
  double value = 0;
};
static_assert(sizeof(RawCell) <= 24, "RawCell grew: the memory per input byte rests on its size");

// The most cells of one line that are ever kept. A table row has at most a
// few dozen (a whole table written on one line, about 200); a line of a
// million tab cells is not a row, and holding each of its cells took 30
// bytes per input byte. The cells past this many are counted, not kept.
inline constexpr std::size_t kMaxLineCells = 1000;

struct SplitLine {
  std::vector<RawCell> cells;  // at most kMaxLineCells
  std::size_t cells_cut = 0;   // the line's cells after the first kMaxLineCells, not kept
  bool delimited = false;  // tab or pipe: empty cells are real cells
  bool separator = false;  // a Markdown |---|---| line
};

// Cuts the line [begin, end) of `text` into cells: by tabs, else by '|',
// else by runs of spaces.
SplitLine split_line(std::string_view text, std::uint32_t begin, std::uint32_t end);

// A line that holds only a page number ("- 5 -", "第 5 页"), as PDF copies
// leave between the rows of a table.
bool page_number_line(std::string_view line);

// Classifies one trimmed cell text. Exposed for tests.
RawCell classify_cell(std::string_view cell, Span span);

}  // namespace gk
