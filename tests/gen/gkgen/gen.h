// gkgen: random, valid 2021-format annual reports, rendered the ways users
// paste them. Deterministic: the same seed and layout give the same text on
// every machine (std::mt19937_64 and integer arithmetic only).
//
// The numbers are drawn from the format as data (gk::format_2021()): a
// report's "truth" holds every cell by the format's row and column indices,
// so tests compare gk::check's tables with it cell by cell.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gkcheck/format.h"

namespace gkgen {

enum class Layout : std::uint8_t {
  Tab,       // Word/WPS/web table copied as text: tab-separated cells (seeds 000, 002, 003)
  Pipe,      // cells joined by " | ", empty cells pushed to the row's end (seed 001)
  Markdown,  // | a | b | tables with a |---| row, ## and ** headings
  Pdf,       // text copied out of a PDF (seed 004)
  Html,      // clipboard HTML as Word/WPS/a browser holds it
  Print,     // a whole HTML page to print to PDF with headless Chromium (tables with merges, vertical labels)
  MdConv,    // converter-style Markdown: one small table per row group, placeholder headers
  NoSep,     // text scraped from a web page, a row's cells run together ("3000003")
};

const char* layout_name(Layout l);
bool parse_layout(std::string_view name, Layout* out);
// The layouts whose output is plain text that gk::check reads directly.
const std::vector<Layout>& text_layouts();
const std::vector<Layout>& all_layouts();
// Plain-text layouts added for the realistic-material tests (tests/property/test_material.cpp).
const std::vector<Layout>& converter_layouts();

// One cell as the report prints it.
struct TruthCell {
  bool blank = false;  // printed as no number ("", "/", "—", "无" …): gk reads CellState::Blank
  double value = 0;    // the number (0 when blank)
  std::string text;    // what is printed for a blank or an amount ("1158.4432"); empty: the count
};

// Every cell of the three tables, indexed like gk::format_2021()'s TableSpecs:
// tables[t][row][col].
struct Truth {
  std::vector<std::vector<TruthCell>> tables[gk::kTableCount];
  std::string agency;
  int year = 0;

  const TruthCell& at(gk::TableId t, int row, int col) const {
    return tables[static_cast<int>(t)][static_cast<std::size_t>(row)][static_cast<std::size_t>(col)];
  }
  TruthCell& at(gk::TableId t, int row, int col) {
    return tables[static_cast<int>(t)][static_cast<std::size_t>(row)][static_cast<std::size_t>(col)];
  }
  // The number as the balance rules count it (a blank is 0).
  long long count(gk::TableId t, int row, int col) const;
};

// One number of table 三 or 四 changed, after the prose was written.
struct Mutation {
  gk::TableId table = gk::TableId::Applications;
  int row = 0;
  int col = 0;
  TruthCell before;
  TruthCell after;
};

struct Report {
  std::uint64_t seed = 0;
  Layout layout = Layout::Tab;
  Truth truth;  // what the text prints (after the mutation, if any)
  std::optional<Mutation> mutation;
  std::string text;
  // Short notes on the random choices made (for humans reading a failure).
  std::vector<std::string> notes;
};

struct GenOptions {
  bool mutate = false;  // change one number of table 三 or 四 (the report no longer balances)
};

// The report of this seed in this layout. The numbers and prose depend on the
// seed only: every layout of one seed prints the same truth.
Report generate(std::uint64_t seed, Layout layout, const GenOptions& options = {});

// The truth as JSON in the shape of json-output.md's "tables", plus
// "seed", "layout", "agency", "year" and "mutation".
std::string truth_json(const Report& r);

// "table/row/column" keys of a cell, e.g. "applications/granted/total".
std::string cell_name(gk::TableId t, int row, int col);

// How to reproduce a report by hand.
std::string repro_command(const Report& r);
// The report's notes, comma-separated ("" when none).
std::string join_notes(const Report& r);

}  // namespace gkgen
