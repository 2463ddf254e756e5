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
};

// The block of `width` paragraphs that starts at line `from` (a line holding
// one number alone), each paragraph k lines of one number each, 2 <= k <=
// max_rows, paragraphs apart by blank lines or page numbers only. k == width
// is not taken: a block then reads the same shape row by row, and the row
// reading is kept.
ColumnBlock column_block(const Document& doc, int from, int line_end, std::size_t width, std::size_t max_rows);

}  // namespace gk
