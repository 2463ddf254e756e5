// The one wrong cell (T3.SUSPECT / T4.SUSPECT), and the honest "no single
// change explains it" (T3/T4.NO_SINGLE_SUSPECT), on the real reports.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "document.h"
#include "suspect.h"
#include "test_support.h"

using gktest::seed;
using gktest::seed_names;

namespace {

std::vector<const gk::Diagnostic*> with_rule(const gk::Result& r, const std::string& rule) {
  std::vector<const gk::Diagnostic*> out;
  for (const auto& d : r.diagnostics)
    if (d.rule == rule) out.push_back(&d);
  return out;
}

// Index of the first diagnostic whose rule starts with the prefix.
std::size_t first_of(const gk::Result& r, const std::string& prefix) {
  for (std::size_t i = 0; i < r.diagnostics.size(); ++i)
    if (r.diagnostics[i].rule.rfind(prefix, 0) == 0) return i;
  return r.diagnostics.size();
}

gk::CellRef ref(const gk::Result& r, gk::TableId t, const std::string& row, const std::string& col) {
  const gk::TableSpec& spec = r.format->table(t);
  const int ri = spec.row_index(row);
  return {t, static_cast<std::uint16_t>(ri), static_cast<std::uint16_t>(spec.column_index(ri, col))};
}

std::string at(const std::string& text, const gk::Diagnostic& d) {
  return text.substr(d.location.byte_offset, d.location.byte_length);
}

const std::string kFifteen = "\t(四) 无法提供\t1. 本机关不掌握相关政府信息\t15\t0";

}  // namespace

TEST_CASE("suspect: one detail cell changed, the issue's example", "[suspect]") {
  // Seed 002: （四）1.本机关不掌握相关政府信息 · 自然人 is 16; written 15.
  const std::string text =
      gktest::replace_once(seed("002_63a9a15d935c0946"), "\t(四) 无法提供\t1. 本机关不掌握相关政府信息\t16\t0", kFifteen);
  const gk::Result r = gk::check(text);
  const auto s = with_rule(r, "T3.SUSPECT");
  REQUIRE(s.size() == 1);
  const gk::Diagnostic& d = *s.front();
  CHECK(d.severity == gk::Severity::Error);
  CHECK(d.message == "很可能是“（四）无法提供 1.本机关不掌握相关政府信息 · 自然人”填错：按勾稽关系应为 16，现为 15");
  CHECK(at(text, d) == "15");
  const gk::CellRef cell = ref(r, gk::TableId::Applications, "unavailable.not_held", "natural_person");
  REQUIRE(d.suspects.size() == 1);
  CHECK(d.suspects.front() == cell);
  CHECK(*d.expected == 16);
  CHECK(*d.actual == 15);
  // First of its group, and every broken sum of the table names the same cell.
  CHECK(first_of(r, "T3.") == static_cast<std::size_t>(&d - r.diagnostics.data()));
  CHECK(gktest::count_rule(r, "T3.ROW_SUM") == 1);
  CHECK(gktest::count_rule(r, "T3.RESULTS_SUM") == 1);
  for (const auto& b : r.diagnostics)
    if (b.rule == "T3.ROW_SUM" || b.rule == "T3.RESULTS_SUM") CHECK(b.suspects == std::vector<gk::CellRef>{cell});
  CHECK_FALSE(gktest::has_rule(r, "T3.NO_SINGLE_SUSPECT"));
  // The JSON names it under "suspects".
  const auto j = nlohmann::json::parse(gk::check_json(text));
  bool found = false;
  for (const auto& dj : j["diagnostics"])
    if (dj["rule"] == "T3.SUSPECT") {
      found = true;
      CHECK(dj["suspects"][0]["row"] == "unavailable.not_held");
      CHECK(dj["suspects"][0]["column"] == "natural_person");
      CHECK(dj["expected"] == 16);
    }
  CHECK(found);
}

TEST_CASE("suspect: listed first even when the cell stands below a sum it breaks", "[suspect]") {
  // Seed 000: 四、结转下年度继续办理 · 自然人 0 → 3. T3.BALANCE points at （七）总计,
  // a line above the cell; the suspect still leads the group.
  const std::string text = gktest::replace_once(seed("000_f73872ecfdfa0a4c"), "四、结转下年度继续办理\t\t0\t",
                                                "四、结转下年度继续办理\t\t3\t");
  const gk::Result r = gk::check(text);
  const auto s = with_rule(r, "T3.SUSPECT");
  REQUIRE(s.size() == 1);
  CHECK(s.front()->message == "很可能是“四、结转下年度继续办理 · 自然人”填错：按勾稽关系应为 0，现为 3");
  CHECK(at(text, *s.front()) == "3");
  const auto balance = with_rule(r, "T3.BALANCE");
  REQUIRE(balance.size() == 1);
  CHECK(balance.front()->location.offset < s.front()->location.offset);  // the sum stands above …
  CHECK(first_of(r, "T3.") == static_cast<std::size_t>(s.front() - r.diagnostics.data()));  // … listed after
  // The JSON keeps the core's order.
  const auto j = nlohmann::json::parse(gk::check_json(text));
  CHECK(j["diagnostics"][0]["rule"] == "T3.SUSPECT");
}

TEST_CASE("suspect: a blank cell can be the one", "[suspect]") {
  // Seed 000: （二）部分公开 · 自然人 2 written as "/".
  const std::string text = gktest::replace_once(seed("000_f73872ecfdfa0a4c"), "不计其他情形)\t2\t0", "不计其他情形)\t/\t0");
  const gk::Result r = gk::check(text);
  const auto s = with_rule(r, "T3.SUSPECT");
  REQUIRE(s.size() == 1);
  CHECK(s.front()->message ==
        "很可能是“（二）部分公开（区分处理的，只计这一情形，不计其他情形） · 自然人”填错：按勾稽关系应为 2，现为空白");
  CHECK(*s.front()->expected == 2);
  CHECK_FALSE(s.front()->actual.has_value());
  CHECK(gktest::has_rule(r, "PARSE.BLANK_CELL"));
}

TEST_CASE("suspect: every single-number change of table 三 in every seed names the changed cell", "[suspect][mutation]") {
  std::size_t mutations = 0;
  for (const auto& name : seed_names()) {
    const std::string text = seed(name);
    const gk::Result clean = gk::check(text);
    const gk::Document doc = gk::make_document(text);
    const auto& table = clean.tables[static_cast<int>(gk::TableId::Applications)];
    for (std::size_t row = 0; row < table.rows.size(); ++row)
      for (std::size_t col = 0; col < table.rows[row].size(); ++col) {
        const gk::Cell& c = table.rows[row][col];
        REQUIRE(c.state == gk::CellState::Value);
        const auto b = doc.norm.map.to_original(c.span.begin, false), e = doc.norm.map.to_original(c.span.end, true);
        const double changed = c.value > 0 ? c.value - 1 : c.value + 10;
        std::string mutated = text;
        mutated.replace(b, e - b, std::to_string(static_cast<long long>(changed)));
        const gk::Result r = gk::check(mutated);
        INFO("seed " << name << " row " << row << " col " << col);
        const auto s = with_rule(r, "T3.SUSPECT");
        REQUIRE(s.size() == 1);
        CHECK(s.front()->suspects.front() ==
              gk::CellRef{gk::TableId::Applications, static_cast<std::uint16_t>(row), static_cast<std::uint16_t>(col)});
        CHECK(*s.front()->expected == c.value);
        CHECK(first_of(r, "T3.") == static_cast<std::size_t>(s.front() - r.diagnostics.data()));
        ++mutations;
      }
  }
  CHECK(mutations == 5 * 25 * 7);
}

TEST_CASE("suspect: table 四, one wrong number in a group of five is not unique", "[suspect][t4]") {
  const std::string zeros = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0";
  SECTION("总计 1 over four zeros: any of the five could be wrong") {
    const std::string text =
        gktest::replace_once(seed("000_f73872ecfdfa0a4c"), zeros, "0\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
    const gk::Result r = gk::check(text);
    CHECK_FALSE(gktest::has_rule(r, "T4.SUSPECT"));
    const auto s = with_rule(r, "T4.NO_SINGLE_SUSPECT");
    REQUIRE(s.size() == 1);
    CHECK(s.front()->severity == gk::Severity::Info);
    CHECK(s.front()->message.rfind("改动以下 5 个数中的任何一个都能使表四的勾稽关系成立，无法确定是哪一个填错", 0) == 0);
    CHECK(s.front()->cells.size() == 5);
    CHECK(s.front()->suspects.empty());
    for (const auto& d : r.diagnostics) CHECK(d.suspects.empty());  // no guessing
    CHECK(first_of(r, "T4.") == static_cast<std::size_t>(s.front() - r.diagnostics.data()));
  }
  SECTION("结果维持 1 with 总计 0: only those two (the others cannot go below 0)") {
    const std::string text =
        gktest::replace_once(seed("000_f73872ecfdfa0a4c"), zeros, "1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
    const gk::Result r = gk::check(text);
    const auto s = with_rule(r, "T4.NO_SINGLE_SUSPECT");
    REQUIRE(s.size() == 1);
    CHECK(s.front()->message ==
          "改动以下 2 个数中的任何一个都能使表四的勾稽关系成立，无法确定是哪一个填错，请核对：“行政复议 · "
          "结果维持”应为 0（现为 1）；“行政复议 · 总计”应为 1（现为 0）");
  }
}

TEST_CASE("suspect: two wrong numbers are not explained by one", "[suspect]") {
  // Seed 002: two detail cells in different rows and columns.
  std::string text =
      gktest::replace_once(seed("002_63a9a15d935c0946"), "\t(四) 无法提供\t1. 本机关不掌握相关政府信息\t16\t0", kFifteen);
  text = gktest::replace_once(text, "1. 信访举报投诉类申请\t2\t0", "1. 信访举报投诉类申请\t2\t1");
  const gk::Result r = gk::check(text);
  CHECK_FALSE(gktest::has_rule(r, "T3.SUSPECT"));
  const auto s = with_rule(r, "T3.NO_SINGLE_SUSPECT");
  REQUIRE(s.size() == 1);
  CHECK(s.front()->message == "表三的勾稽关系错误不能由改动其中某一个数来解释：可能不止一处填错，请逐项核对");
  CHECK(first_of(r, "T3.") == static_cast<std::size_t>(s.front() - r.diagnostics.data()));
}

TEST_CASE("suspect: silent on the five untouched seeds", "[suspect][seeds]") {
  for (const auto& name : seed_names()) {
    INFO("seed " << name);
    const gk::Result r = gk::check(seed(name));
    CHECK_FALSE(gktest::has_rule(r, "T3.SUSPECT"));
    CHECK_FALSE(gktest::has_rule(r, "T3.NO_SINGLE_SUSPECT"));
    CHECK_FALSE(gktest::has_rule(r, "T4.SUSPECT"));
    CHECK_FALSE(gktest::has_rule(r, "T4.NO_SINGLE_SUSPECT"));
    CHECK(gk::suspect_candidates(*r.format, r, gk::TableId::Applications).empty());
  }
}
