// Reads the three tables of a report into result.tables. Rows are identified
// by their labels (tolerant matching, the format's order as a guide), never
// by counting lines; what cannot be read is null with a PARSE.* diagnostic.
#pragma once

#include <string>
#include <vector>

#include "cells.h"
#include "document.h"

namespace gk {

// A row as it stands in the paste: the label text gathered before its
// numbers, and the value cells (numbers, placeholders, and in tab/pipe
// layouts the empty cells between them).
struct RawRow {
  std::string label;
  Span label_span;
  std::vector<RawCell> values;  // row-major: `rows` rows of equal width
  std::size_t rows = 1;  // more than one: a column-major block of a PDF copy, turned into rows
  bool ambiguous = false;  // a block that reads as rows or as columns alike: not read
  Span span;
  // A row on one delimited line with as many cells as the widest delimited
  // line of the table (an exact grid, as a pasted HTML table gives): the
  // cells after its label, empty ones included, so that a blank first cell
  // is told from the label's merged cells by its place in the grid.
  bool full_grid = false;
  std::vector<RawCell> grid_tail;
  std::size_t line_cells = 0;  // the cells of the one delimited line its numbers are on (0: none)
  // A grid line of a label and only empty cells (a row left blank in a pasted
  // table, or a header line): read as its row, blank, when its label names
  // one; passed over without a word when it names none.
  bool blank_line = false;
  // Numbers copied one to a line (pdftotext without -layout), where a
  // printed-blank cell leaves no trace and a page's text blocks may come in
  // any order: such a row is read only where the stream leaves no doubt.
  bool lone_values = true;    // every value alone on an undelimited line
  bool values_apart = false;  // ... and each a paragraph of its own (blank lines between)
  bool interrupted = false;  // header words stood between its values
  bool run_prev = false;     // it continues a run of lone values cut by the row width ...
  bool run_next = false;     // ... or the run goes on in the next row
};

// What a table's rows look like, for gathering them.
struct RowShape {
  std::size_t min_width = 0;  // the narrowest row (a lone number where no row that narrow exists is a page number)
  std::size_t max_width = 0;  // the widest: a row's values continue on the next line while fewer were seen
  std::size_t block_rows = 0;  // > 0: column-major blocks (column_blocks.h) of up to this many rows are read
  bool last_is_total = false;  // each row's last column is the sum of the others (tells a square block's reading)
  // The table's header words (label keys): a line of these alone among a
  // row's numbers (a PDF copy of a header beside the first row) does not
  // end the row.
  const std::vector<std::u32string>* header_words = nullptr;
  std::vector<std::size_t> widths;  // the widths rows have (a lone number that makes none is a page number)
  // Per line of the document: a bare page number (bare_page_numbers()).
  const std::vector<bool>* page_lines = nullptr;
};


// Gathers the rows of the lines [line_begin, line_end).
std::vector<RawRow> assemble_rows(const Document& doc, int line_begin, int line_end, const RowShape& shape);

void read_tables(const Document& doc, const FormatSpec& format, Result& result);

}  // namespace gk
