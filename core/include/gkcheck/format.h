// The report format as data: sections, tables, rows, columns and balance
// rules. A format version is one FormatSpec; the reader and the checks are
// driven by it and hold no format knowledge of their own.
#pragma once

#include <cstdint>
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
};

const FormatSpec& format_2021();
const FormatSpec& format_2019();
// The registry: all known formats, newest first. A new format version is one
// format file and one entry here (format_common.cpp).
std::vector<const FormatSpec*> known_formats();
// The format in force (the newest): read with it when nothing says otherwise.
const FormatSpec& default_format();
// The format for a report year (the default for a year none covers).
const FormatSpec& format_for_year(int year);

const char* table_key(TableId id);

}  // namespace gk
