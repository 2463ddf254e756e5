// The report format as data: sections, tables, rows, columns and balance
// rules. A format version is one FormatSpec; the reader and the checks are
// driven by it and hold no format knowledge of their own.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace gk {

enum class TableId : std::uint8_t { Active = 0, Applications = 1, ReviewLitigation = 2 };
inline constexpr int kTableCount = 3;

enum class ValueKind : std::uint8_t {
  Count,   // a whole non-negative number
  Amount,  // a non-negative decimal (table 二's fee amount)
  Change,  // a whole number that may be negative (2019 layout's 本年增/减)
  Text,    // an amount with its unit, as written (2019 layout's 采购总金额)
};

struct ColumnSpec {
  std::string key;    // canonical key, e.g. "natural_person"
  std::string label;  // as the format heads it, for messages
  ValueKind kind = ValueKind::Count;
};

struct RowSpec {
  std::string key;    // canonical key, e.g. "denied.state_secret"
  std::string label;  // the full label of the format, for messages
  // Words that identify the row in a paste, after normalisation (no spaces,
  // punctuation or enumerators). The first is the main one.
  std::vector<std::string> match;
  std::vector<ColumnSpec> columns;
  // The label cells as the official table prints them, outermost first (table 三's
  // {"三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"}); empty: one cell, `label`. The page's
  // tables and the test-data generator take their row labels from here (formats_json()).
  std::vector<std::string> printed;
};

struct TableSpec {
  TableId id = TableId::Active;
  std::string key;    // "active", "applications", "review_litigation"
  std::string name;   // 表二: how messages name it
  std::string title;  // 表二（…） as the clerk knows it
  int section = 0;    // the section (1..6) that holds it
  // Phrases that mark the table's start when its section heading is lost.
  std::vector<std::string> anchors;
  std::vector<RowSpec> rows;
  // True when all rows are written on one line (table 四: 15 numbers).
  bool single_line = false;
  // JSON shape: true: {"columns":[...], "rows":{key:[...]}} (table 三);
  // false: {row:{col:value}}.
  bool matrix_json = false;

  int row_index(const std::string& key) const;  // -1 when absent
  int column_index(int row, const std::string& key) const;
};

// sum(lhs) = sum(rhs), applied to every column (over rows) or every row
// (over columns) of one table.
struct SumRule {
  std::string id;  // e.g. "T3.RESULTS_SUM"
  TableId table = TableId::Applications;
  enum class Over : std::uint8_t { EachColumn, EachRow } over = Over::EachColumn;
  std::vector<int> lhs;  // row indices (EachColumn) or column indices (EachRow)
  std::vector<int> rhs;
  int anchor = 0;        // the index in rhs' kind that the diagnostic points at
  // Message with {where}, {lhs}, {rhs} placeholders.
  std::string message;
};

struct SectionSpec {
  int number = 0;     // 1..6
  std::string title;  // e.g. "总体情况"
  std::vector<std::string> parts;  // titles of its （一）（二）… parts, if fixed
};

struct FormatDerived;  // core/src/format_derived.h

// What the core works out from one FormatSpec object (its equations, its tables' label keys),
// kept with it after the first use. A copy or an assignment starts empty: what was worked out
// points into the object it came from. A format is not changed once it has been used.
struct DerivedCache {
  struct State {
    std::once_flag once;
    std::shared_ptr<const FormatDerived> value;
  };
  std::unique_ptr<State> state = std::make_unique<State>();
  DerivedCache() = default;
  DerivedCache(const DerivedCache&) : state(std::make_unique<State>()) {}
  DerivedCache& operator=(const DerivedCache&) {
    state = std::make_unique<State>();
    return *this;
  }
};

struct FormatSpec {
  std::string id;  // "2021" or "2019"
  std::string name;  // e.g. 国办公开办函〔2021〕30号
  // The report years it is for: [first_year, last_year]; last_year 0 while in force.
  int first_year = 0;
  int last_year = 0;
  std::vector<SectionSpec> sections;
  TableSpec tables[3];
  std::vector<SumRule> rules;
  // Phrases whose presence points at this format (format detection).
  std::vector<std::string> markers;

  const TableSpec& table(TableId id) const { return tables[static_cast<int>(id)]; }

  DerivedCache derived_cache;  // the core's (format_derived.h)
};

const FormatSpec& format_2021();
const FormatSpec& format_2019();
// A registry of formats, newest first: what a check reads a report against. The built-in one
// (builtin_formats()) holds the formats of core/src/format_*.cpp; a new format version is one
// format file and one entry there (format_common.cpp). A caller may pass its own
// (Options::formats: e.g. the test-only format of tests/unit/format_test_only.cpp), as a value:
// there is no global registry to change.
struct Formats {
  std::vector<const FormatSpec*> list;  // newest first, never empty
  // The format in force (the newest): read with it when nothing says otherwise.
  const FormatSpec& newest() const { return *list.front(); }
  // The format for a report year (the newest for a year none covers).
  const FormatSpec& for_year(int year) const;
};
const Formats& builtin_formats();

// The built-in registry's list, newest and year's format.
std::vector<const FormatSpec*> known_formats();
const FormatSpec& default_format();
const FormatSpec& format_for_year(int year);

const char* table_key(TableId id);

// Every known format as JSON, for the copies outside the core (web/formats.js, generated by
// tools/gkrules; the wasm module's formats()): {"default": id, "formats": [{"id", "name",
// "years": [first, last or null], "tables": [{"key", "name", "title", "columns"?, "rows": [{"key",
// "label", "printed", "columns"?}]}]}]}. A column is {"key", "label", "kind"}; a table whose rows
// all have the same columns lists them once on the table. `lines`: a line break before each
// format, table and row.
std::string formats_json(bool lines = false);

}  // namespace gk
