// Column-major blocks of a PDF copy: pdftotext without -layout emits part of
// a table column by column, one paragraph of k numbers per column (each
// paragraph one column of k consecutive rows), the rows' labels gathered
// elsewhere. Such a block, turned back into rows, is read as k rows.
#pragma once

#include <cstddef>
#include <vector>

#include "cells.h"
#include "document.h"

namespace gk {

struct ColumnBlock {
  std::size_t rows = 0;         // k (0: no block starts here)
  std::vector<RawCell> values;  // row-major: rows x width
  int end_line = 0;             // the line after the block
  Span span;
  bool ambiguous = false;       // k == width, and the two readings both (or neither) add up
};

// The block of `width` paragraphs that starts at line `from` (a line holding
// one number alone), each paragraph k lines of one number each, 2 <= k <=
// max_rows, paragraphs apart by blank lines or page numbers only. When k ==
// width the paragraphs read as rows too: with `last_is_total` (each row's
// last column the sum of the others) the reading whose rows add up is taken
// (no block: the row reading), and when both or neither do, the block is
// `ambiguous`; without it, the row reading is kept.
ColumnBlock column_block(const Document& doc, int from, int line_end, std::size_t width, std::size_t max_rows,
                         bool last_is_total);

}  // namespace gk
