// Cutting table lines into cells and telling numbers from placeholders and text.
#include <catch2/catch.hpp>

#include "cells.h"

using namespace gk;

namespace {
RawCell cls(const std::string& s) { return classify_cell(s, Span{0, static_cast<std::uint32_t>(s.size())}); }
}  // namespace

TEST_CASE("cells: numbers, placeholders and text", "[cells]") {
  CHECK(cls("16").type == CellType::Number);
  CHECK(cls("16").value == 16);
  CHECK(cls("1158.4432").form == NumberForm::Decimal);
  CHECK(cls("-3").form == NumberForm::Negative);
  CHECK(cls("-3").value == -3);
  CHECK(cls("1,234").form == NumberForm::Thousands);
  CHECK(cls("1,234").value == 1234);
  CHECK(cls("251000元").form == NumberForm::WithUnit);
  for (const char* p : {"/", "-", "—", "——", "无", "不适用", "\\"}) {
    INFO(p);
    CHECK(cls(p).type == CellType::Placeholder);
  }
  CHECK(cls("**0**").type == CellType::Number);
  CHECK(cls("").type == CellType::Empty);
  CHECK(cls("1.").type == CellType::Text);  // an enumerator, not a number
  CHECK(cls("1.属于国家秘密").type == CellType::Text);
  CHECK(cls("12,34").type == CellType::Text);
}

TEST_CASE("tab lines keep empty cells — space lines do not", "[cells]") {
  std::string t = "\t\t2.重复申请\t1\t\t0";
  auto s = split_line(t, 0, static_cast<std::uint32_t>(t.size()));
  REQUIRE(s.delimited);
  REQUIRE(s.cells.size() == 6);
  CHECK(s.cells[2].type == CellType::Text);
  CHECK(s.cells[4].type == CellType::Empty);

  std::string p = "1.信访举报投诉类申请 1 0 0  0 0 0 1";
  auto q = split_line(p, 0, static_cast<std::uint32_t>(p.size()));
  CHECK_FALSE(q.delimited);
  CHECK(q.cells.size() == 8);
}

TEST_CASE("Markdown borders and separator rows", "[cells]") {
  std::string t = "| 规章 | 0 | 0 | 0 |";
  auto s = split_line(t, 0, static_cast<std::uint32_t>(t.size()));
  REQUIRE(s.cells.size() == 4);
  CHECK(s.cells[0].type == CellType::Text);
  std::string sep = "|---|:---:|---|";
  CHECK(split_line(sep, 0, static_cast<std::uint32_t>(sep.size())).separator);
}

TEST_CASE("a delimited cell holding several numbers is several cells", "[cells]") {
  std::string t = "规章\t0 0\t0";
  auto s = split_line(t, 0, static_cast<std::uint32_t>(t.size()));
  REQUIRE(s.cells.size() == 4);
  CHECK(s.cells[1].type == CellType::Number);
  CHECK(s.cells[2].type == CellType::Number);
}

TEST_CASE("page numbers are told from rows of numbers", "[cells]") {
  for (const char* p : {"- 5 -", "— 12 —", "第 5 页", "第5页 共12页", "-5-"}) {
    INFO(p);
    CHECK(page_number_line(p));
  }
  for (const char* p : {"3 2 0 3 8 / / / 0 / / 0 0 0 0", "0 - 0", "5", "- 5 - 6", "第二十条第(一)项", "0 0 0 -",
                        "— 0 — — — — —", "- 0 -", "— 3 — —", "0 —"}) {
    INFO(p);
    CHECK_FALSE(page_number_line(p));
  }
}

TEST_CASE("cells: a line keeps at most kMaxLineCells cells and counts the rest", "[cells]") {
  std::string line;
  for (int i = 0; i < 5000; ++i) line += std::to_string(i % 10) + "\t";
  line += "9";
  const SplitLine tabs = split_line(line, 0, static_cast<std::uint32_t>(line.size()));
  CHECK(tabs.delimited);
  REQUIRE(tabs.cells.size() == kMaxLineCells);
  CHECK(tabs.cells_cut == 5001 - kMaxLineCells);
  CHECK(tabs.cells[999].value == 9);  // the kept ones are the first, in order
  CHECK(tabs.cells[999].span.begin == 1998);
  // Numbers run by spaces inside one delimited cell, and a line of spaced numbers.
  std::string spaced = "a\t";
  for (int i = 0; i < 3000; ++i) spaced += "1 ";
  const SplitLine inner = split_line(spaced, 0, static_cast<std::uint32_t>(spaced.size()));
  CHECK(inner.cells.size() == kMaxLineCells);
  CHECK(inner.cells.size() + inner.cells_cut == 3001);
  const std::string words = spaced.substr(2);
  const SplitLine plain = split_line(words, 0, static_cast<std::uint32_t>(words.size()));
  CHECK(plain.cells.size() == kMaxLineCells);
  CHECK(plain.cells_cut == 2000);
  // A real row is untouched.
  const std::string row = "（一）予以公开\t16\t0\t0\t0\t0\t0\t16";
  const SplitLine real = split_line(row, 0, static_cast<std::uint32_t>(row.size()));
  CHECK(real.cells.size() == 8);
  CHECK(real.cells_cut == 0);
}
