// The result of checking one report: what was read, and what is wrong.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gkcheck/format.h"

namespace gk {

enum class Severity : std::uint8_t { Error, Warning, Info };
const char* severity_name(Severity s);  // "error" / "warning" / "info"

// A place in the text as the user gave it.
struct Location {
  std::uint32_t line = 0;      // 1-based, counted in characters
  std::uint32_t column = 0;    // 1-based, counted in characters
  std::uint32_t offset = 0;    // UTF-16 code units from the start
  std::uint32_t length = 0;    // UTF-16 code units
  std::uint32_t byte_offset = 0;  // the same span in UTF-8 bytes (for the CLI)
  std::uint32_t byte_length = 0;
};

// A byte span in the normalised text (internal coordinates).
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

struct CellRef {
  TableId table;
  std::uint16_t row;  // index into the table's rows
  std::uint16_t col;  // index into the row's columns
  bool operator==(const CellRef& o) const {
    return table == o.table && row == o.row && col == o.col;
  }
};

struct Diagnostic {
  std::string rule;      // stable id, e.g. "T3.ROW_SUM"
  Severity severity = Severity::Error;
  std::string message;   // Chinese, for the clerk
  Span span;             // where, in the normalised text
  Location location;     // where, in the original text (filled at the end)
  std::vector<CellRef> cells;     // cells involved
  std::vector<CellRef> suspects;  // cells that, changed alone, would fix it
  std::optional<double> expected;
  std::optional<double> actual;
  std::vector<Span> related;          // other places it speaks of
  std::vector<Location> related_locations;
  // Where it is listed, when that is earlier than its span (normalised
  // offset): a suspect cell is listed first among the sums it explains.
  std::optional<std::uint32_t> list_at;
};

enum class CellState : std::uint8_t {
  Missing,      // the row or table was not found: nothing to say about it
  Blank,        // blank, "/", "—", "无": no number (counts as 0 in sums)
  Unreadable,   // something was there but is not a valid number
  Value,        // a number
};

struct Cell {
  CellState state = CellState::Missing;
  double value = 0;  // meaningful when state == Value
  Span span;         // the characters of the cell, when there were any
  std::string text;  // the cell as written, for ValueKind::Text columns
  bool has_number() const { return state == CellState::Value; }
  // What the balance rules count: a blank as 0; Missing/Unreadable have none.
  bool countable() const { return state == CellState::Value || state == CellState::Blank; }
};

struct TableData {
  bool present = false;
  Span span;  // the table's region in the normalised text
  // rows[r][c]; rows follow the format's TableSpec.
  std::vector<std::vector<Cell>> rows;
  std::vector<Span> row_spans;  // the label/values of each row found
  std::vector<bool> row_found;
};

struct SectionInfo {
  int number = 0;         // 1..6
  std::string title;      // as written (normalised, trimmed)
  std::uint32_t line = 0; // 1-based line in the original text
  Span span;
};

struct Meta {
  std::optional<std::string> agency;
  std::optional<int> year;
  std::optional<std::string> period_from;  // "YYYY-MM-DD"
  std::optional<std::string> period_to;
  Span year_span, period_span, title_span;
};

// How much of the report was checked (json-output.md: verdict). "All is
// well" is only ever said of a Checked report.
enum class Verdict : std::uint8_t {
  Checked,    // every required cell of tables 二三四 read, every balance equation evaluated
  Partial,    // some cells or equations were not (an error says which)
  Unchecked,  // nothing to check, a table not found, or under half of a table's rows read
};
const char* verdict_name(Verdict v);  // "checked" / "partial" / "unchecked"

// What was read of one table: found/expected pairs (json-output.md: coverage).
struct TableCoverage {
  std::uint32_t rows_found = 0, rows_expected = 0;
  std::uint32_t cells_read = 0, cells_expected = 0;
  std::uint32_t equations_evaluated = 0, equations_total = 0;
};

struct Result {
  const FormatSpec* format = nullptr;  // nullptr: unknown
  Verdict verdict = Verdict::Unchecked;  // set by the coverage check
  TableCoverage coverage[kTableCount];
  // Further reports (or further copies of a table) found in the text after
  // the one checked; they are named by a STRUCT.OTHER_REPORT diagnostic and
  // make the verdict Partial.
  std::uint32_t other_reports = 0;
  Meta meta;
  std::vector<SectionInfo> sections;
  TableData tables[kTableCount];
  std::vector<Diagnostic> diagnostics;

  std::size_t count(Severity s) const;

  // Bookkeeping of add_diagnostic (core/src/diagnostics.cpp): how many of each
  // rule were said, so that a rule said over and over (a 10 MB line of cells
  // gives hundreds of thousands of PARSE.ROW_UNKNOWN) keeps its first
  // kMaxDiagnosticsPerRule and one more saying how many were not listed,
  // instead of taking more memory than the text itself.
  struct RuleCount {
    std::string rule;
    std::size_t said = 0;
    Span first_omitted;
    Severity severity = Severity::Warning;
  };
  std::vector<RuleCount> rule_counts;
  Diagnostic omitted_scratch;  // what add_diagnostic hands out for a diagnostic not kept
};

}  // namespace gk
