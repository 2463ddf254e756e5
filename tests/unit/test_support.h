// Helpers the unit tests share: fixtures on disk and small text edits.
#pragma once

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "gkcheck/check.h"

namespace gktest {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read fixture " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string fixture(const std::string& rel) { return read_file(std::string(GKCHECK_FIXTURES_DIR) + "/" + rel); }

// The five real reports: 000/002/003 tab-separated, 001 pipe, 004 PDF copy.
inline const std::vector<std::string>& seed_names() {
  static const std::vector<std::string> names = {
      "000_f73872ecfdfa0a4c", "001_909bdb628b56722c", "002_63a9a15d935c0946",
      "003_3c60d520485f420a", "004_dc6eabfeda6fcd8b"};
  return names;
}

inline std::string seed(const std::string& name) { return fixture("seeds/" + name + ".txt"); }

// Diagnostics of one rule ("PARSE.NUMBER": that rule only, not PARSE.NUMBER_FORMAT),
// or of a family when the name ends in a dot ("PARSE.").
inline bool rule_matches(const std::string& rule, const std::string& name) {
  if (!name.empty() && name.back() == '.') return rule.rfind(name, 0) == 0;
  return rule == name;
}

inline std::size_t count_rule(const gk::Result& r, const std::string& name) {
  std::size_t n = 0;
  for (const auto& d : r.diagnostics) n += rule_matches(d.rule, name);
  return n;
}

inline bool has_rule(const gk::Result& r, const std::string& name) { return count_rule(r, name) > 0; }

// The value of a cell by keys, e.g. value(r, Applications, "granted", "total").
inline const gk::Cell& cell(const gk::Result& r, gk::TableId t, const std::string& row, const std::string& col) {
  const gk::TableSpec& spec = r.format->table(t);
  int ri = spec.row_index(row);
  int ci = spec.column_index(ri, col);
  if (ri < 0 || ci < 0) throw std::runtime_error("no cell " + row + "/" + col);
  return r.tables[static_cast<int>(t)].rows[static_cast<std::size_t>(ri)][static_cast<std::size_t>(ci)];
}

inline std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  auto p = s.find(from);
  if (p == std::string::npos) throw std::runtime_error("text to replace not found: " + from);
  return s.replace(p, from.size(), to);
}

}  // namespace gktest
