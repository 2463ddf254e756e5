// Material for the review tests (test_review.cpp, test_review_cli.cpp), made from real text: last
// year's report of seed 004's office, a summary made by adding the seeds' tables, section 五.
#pragma once

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace gktest {

inline const std::string k004 = "004_dc6eabfeda6fcd8b";  // 中宁县人民政府办公室 2024 (PDF copy)
inline std::string prev004() { return gktest::fixture("rules/004_previous_2023.txt"); }

inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream ss(text);
  for (std::string l; std::getline(ss, l);) out.push_back(l);
  return out;
}

inline std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

// Replaces the numbers of a tab-separated row, in order.
inline std::string rewrite_numbers(const std::string& line, const std::vector<double>& values) {
  std::vector<std::string> f;
  std::stringstream ss(line);
  for (std::string x; std::getline(ss, x, '\t');) f.push_back(x);
  std::size_t k = 0;
  for (auto& x : f)
    if (!x.empty() && x.find_first_not_of("0123456789") == std::string::npos) {
      REQUIRE(k < values.size());
      x = std::to_string(static_cast<long long>(values[k++]));
    }
  REQUIRE(k == values.size());
  std::string out;
  for (std::size_t i = 0; i < f.size(); ++i) out += (i ? "\t" : "") + f[i];
  if (!line.empty() && line.back() == '\t') out += "\t";
  return out;
}

inline double v(const gk::Cell& c) { return c.state == gk::CellState::Value ? c.value : 0.0; }

// A region's summary: seed 000's text (tab-separated) with the title of a
// summary and, in tables 三 and 四, the sums of the parts' cells.
inline std::string make_summary(const std::vector<std::string>& parts) {
  std::vector<gk::Result> rs;
  for (const auto& p : parts) rs.push_back(gk::check(p));
  const gk::FormatSpec& f = *rs[0].format;
  std::vector<std::string> lines = lines_of(gktest::seed("000_f73872ecfdfa0a4c"));
  std::size_t t3 = 0, t4 = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind("一、本年新收", 0) == 0) t3 = i;
    if (lines[i].rfind("#### 四、", 0) == 0) t4 = i;
    if (lines[i] == "# 盐池县人民政府办公室") lines[i] = "# 盐池县各部门汇总";
  }
  REQUIRE(t3 > 0);
  const auto& spec3 = f.table(gk::TableId::Applications);
  for (std::size_t r = 0; r < spec3.rows.size(); ++r) {
    std::vector<double> sums(spec3.rows[r].columns.size(), 0);
    for (const auto& res : rs)
      for (std::size_t c = 0; c < sums.size(); ++c) sums[c] += v(res.tables[1].rows[r][c]);
    lines[t3 + r] = rewrite_numbers(lines[t3 + r], sums);
  }
  std::size_t row4 = t4;
  while (lines[row4].find_first_not_of("0\t") != std::string::npos || lines[row4].empty()) ++row4;
  std::vector<double> sums4;
  for (std::size_t r = 0; r < 3; ++r)
    for (std::size_t c = 0; c < 5; ++c) {
      double s = 0;
      for (const auto& res : rs) s += v(res.tables[2].rows[r][c]);
      sums4.push_back(s);
    }
  lines[row4] = rewrite_numbers(lines[row4], sums4);
  return join(lines);
}

// Section 五 of seed 004 (2024) replaced by last year's section 五 (2023).
inline std::string section5_of(const std::string& text) {
  const std::size_t b = text.find("五、存在的主要问题及改进情况");
  const std::size_t e = text.find("六、其他需要报告的事项");
  REQUIRE(b != std::string::npos);
  REQUIRE(e != std::string::npos);
  return text.substr(b, e - b);
}

inline std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
  return s;
}

// A 2023 report of seed 004's office whose prose is not seed 004's: seed 002 (社旗县人民政府)
// renamed and moved back a year. (rules/004_previous_2023.txt, by contrast, repeats seed 004's
// prose word for word: a copied report.)
inline std::string other_2023() {
  return replace_all(replace_all(seed("002_63a9a15d935c0946"), "社旗县人民政府", "中宁县人民政府办公室"), "2024", "2023");
}

// Seed 004 with the section 五 of other_2023() planted, its years moved on by one (digits fold).
inline std::string planted_copy() {
  const std::string copied = replace_all(section5_of(other_2023()), "2023", "2024");
  const std::string real = seed(k004);
  return replace_once(real, section5_of(real), copied);
}

}  // namespace gktest
