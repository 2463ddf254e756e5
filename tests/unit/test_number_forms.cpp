// A cell never becomes another number silently: what only looks like a
// number (a footnote mark, superscript or circled digits, the letter O, a
// stray dot, two numbers in one cell) is not read, and an error names it.
#include <catch2/catch.hpp>

#include "test_support.h"

using gktest::cell;
using gktest::count_rule;

namespace {

const std::string kRow = "6\t0\t0\t0\t0\t0\t6";  // 一、本年新收 of seed 000

gk::Result with_row(const std::string& row) {
  return gk::check(gktest::replace_once(gktest::seed("000_f73872ecfdfa0a4c"), kRow, row));
}

// No cell of 一、本年新收 holds a number other than the one written.
void no_wrong_number(const gk::Result& r) {
  const double written[] = {6, 0, 0, 0, 0, 0, 6};
  const char* cols[] = {"natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"};
  for (int c = 0; c < 7; ++c) {
    const gk::Cell& x = cell(r, gk::TableId::Applications, "new_received", cols[c]);
    INFO(cols[c]);
    if (x.state == gk::CellState::Value) CHECK(x.value == written[c]);
  }
}

}  // namespace

TEST_CASE("number forms: a footnote mark or superscript digits are not read as digits", "[forms]") {
  for (const char* total : {"6¹", "⁶", "6²", "6₁", "①6"}) {
    INFO(total);
    const gk::Result r = with_row("6\t0\t0\t0\t0\t0\t" + std::string(total));
    CHECK(cell(r, gk::TableId::Applications, "new_received", "total").state == gk::CellState::Unreadable);
    CHECK(count_rule(r, "PARSE.NUMBER") == 1);
    CHECK(r.verdict == gk::Verdict::Partial);
    no_wrong_number(r);
  }
}

TEST_CASE("number forms: the letter O or 〇 for a zero is an error naming the cell", "[forms]") {
  for (const char* research : {"O", "o", "〇", "1O"}) {
    INFO(research);
    const gk::Result r = with_row("6\t0\t" + std::string(research) + "\t0\t0\t0\t6");
    CHECK(cell(r, gk::TableId::Applications, "new_received", "research").state == gk::CellState::Unreadable);
    REQUIRE(count_rule(r, "PARSE.NUMBER") == 1);
    CHECK(r.verdict == gk::Verdict::Partial);
    // The rest of the row is still read.
    CHECK(cell(r, gk::TableId::Applications, "new_received", "natural_person").value == 6);
    CHECK(cell(r, gk::TableId::Applications, "new_received", "total").value == 6);
  }
}

TEST_CASE("number forms: 71. and 71.0 are both errors, not a warning for one of them", "[forms]") {
  for (const char* total : {"16.", "6.0"}) {
    INFO(total);
    const gk::Result r = with_row("6\t0\t0\t0\t0\t0\t" + std::string(total));
    CHECK(count_rule(r, "PARSE.NUMBER") == 1);
    CHECK(cell(r, gk::TableId::Applications, "new_received", "total").state == gk::CellState::Unreadable);
    no_wrong_number(r);
  }
}

TEST_CASE("number forms: text or two numbers where one cell belongs leave the row unread, never shifted", "[forms]") {
  for (const char* total : {"7 1", "6.", "⑥", "0 0\t6"}) {
    INFO(total);
    const gk::Result r = with_row("6\t0\t0\t0\t0\t0\t" + std::string(total));
    no_wrong_number(r);
    CHECK(r.verdict != gk::Verdict::Checked);
    CHECK(r.count(gk::Severity::Error) > 0);
  }
}

TEST_CASE("number forms: full-width digits are ordinary digits", "[forms]") {
  const gk::Result r = with_row("６\t０\t０\t０\t０\t０\t６");
  CHECK(r.verdict == gk::Verdict::Checked);
  CHECK(cell(r, gk::TableId::Applications, "new_received", "total").value == 6);
  CHECK(r.count(gk::Severity::Error) == 0);
}
