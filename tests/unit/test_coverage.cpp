// The verdict and coverage: "all is well" only when every required cell was
// read and every balance equation evaluated; otherwise PARSE.UNCHECKED (an
// error) names the rows and the sums left unchecked.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "test_support.h"

using Json = nlohmann::json;
using gktest::count_rule;
using gktest::seed;

namespace {

const std::string kSeed = "000_f73872ecfdfa0a4c";

// The text without its line number `n` (1-based).
std::string without_line(const std::string& text, int n) {
  std::istringstream in(text);
  std::string line, out;
  for (int i = 1; std::getline(in, line); ++i)
    if (i != n) out += line + "\n";
  return out;
}

// The 1-based number of the first line holding `needle`.
int line_of(const std::string& text, const std::string& needle) {
  const auto p = text.find(needle);
  if (p == std::string::npos) throw std::runtime_error("not in text: " + needle);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(p), '\n'));
}

const gk::Diagnostic* first(const gk::Result& r, const std::string& rule) {
  for (const auto& d : r.diagnostics)
    if (d.rule == rule) return &d;
  return nullptr;
}

}  // namespace

TEST_CASE("coverage: every seed is checked in full", "[coverage]") {
  for (const auto& name : gktest::seed_names()) {
    INFO(name);
    const Json j = Json::parse(gk::check_json(seed(name)));
    CHECK(j.at("verdict") == "checked");
    CHECK(j.at("coverage").at("applications") == Json::parse(R"({"rows":[25,25],"cells":[175,175],"equations":[39,39]})"));
    CHECK(j.at("coverage").at("review_litigation") == Json::parse(R"({"rows":[3,3],"cells":[15,15],"equations":[3,3]})"));
    CHECK(j.at("coverage").at("active") == Json::parse(R"({"rows":[6,6],"cells":[10,10],"equations":[0,0]})"));
  }
}

TEST_CASE("coverage: a deleted row of table 三 is an error that names it and the sums not checked", "[coverage]") {
  const std::string text = seed(kSeed);
  const gk::Result r = gk::check(without_line(text, line_of(text, "2.重复申请")));
  CHECK(r.verdict == gk::Verdict::Partial);
  REQUIRE(count_rule(r, "PARSE.UNCHECKED") == 1);
  const gk::Diagnostic& d = *first(r, "PARSE.UNCHECKED");
  CHECK(d.severity == gk::Severity::Error);
  // The row, and the 7 RESULTS_SUM equations of its columns plus its own ROW_SUM.
  CHECK(d.message == "表三有 1 行没有读到（「（五）不予处理 2.重复申请」），涉及的 8 项合计没有核对，请核对原表");
  CHECK(d.cells.size() == 7);
  const auto& c = r.coverage[static_cast<int>(gk::TableId::Applications)];
  CHECK(c.rows_found == 24);
  CHECK(c.cells_read == 168);
  CHECK(c.equations_evaluated == 31);
  CHECK(c.equations_total == 39);
}

TEST_CASE("coverage: a cell that cannot be read makes the verdict partial", "[coverage]") {
  // 本年新收's 总计 written as a decimal count: PARSE.NUMBER, and the two sums it enters not checked.
  const std::string text = gktest::replace_once(seed(kSeed), "6\t0\t0\t0\t0\t0\t6", "6\t0\t0\t0\t0\t0\t6.5");
  const gk::Result r = gk::check(text);
  CHECK(r.verdict == gk::Verdict::Partial);
  CHECK(count_rule(r, "PARSE.NUMBER") == 1);
  const gk::Diagnostic* d = first(r, "PARSE.UNCHECKED");
  REQUIRE(d != nullptr);
  CHECK(d->message.find("1 行的数没有全部读出") != std::string::npos);
  CHECK(d->message == "表三有 1 行的数没有全部读出（「一、本年新收政府信息公开申请数量」），涉及的 2 项合计没有核对，请核对原表");
}

TEST_CASE("coverage: a missing table, or under half of its rows, leaves the report unchecked", "[coverage]") {
  const std::string text = seed(kSeed);
  const auto from = text.find("### 三、收到和处理政府信息公开申请情况");
  const auto to = text.find("#### 四、");
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  const gk::Result gone = gk::check(text.substr(0, from) + text.substr(to));
  CHECK(gone.verdict == gk::Verdict::Unchecked);
  CHECK(count_rule(gone, "PARSE.TABLE_MISSING") == 1);
  CHECK(count_rule(gone, "PARSE.UNCHECKED") == 0);  // the missing table says it already

  // Table 三 cut after its sixth row: 6 of 25 rows read.
  const int cut = line_of(text, "3.危及");
  std::string half;
  std::istringstream in(text);
  std::string line;
  for (int i = 1; std::getline(in, line); ++i)
    if (i < cut || i >= line_of(text, "#### 四、")) half += line + "\n";
  const gk::Result r = gk::check(half);
  CHECK(r.verdict == gk::Verdict::Unchecked);
  const gk::Diagnostic* d = first(r, "PARSE.UNCHECKED");
  REQUIRE(d != nullptr);
  CHECK(d->message.rfind("表三有 19 行没有读到（「（三）不予公开 3.危及“三安全…」、", 0) == 0);
  CHECK(d->message.find("等）") != std::string::npos);
}

TEST_CASE("coverage: blank cells are read (as blank), so a blank-celled table is still checked", "[coverage]") {
  const std::string text = gktest::replace_once(seed(kSeed), "2.重复申请\t0\t0", "2.重复申请\t/\t0");
  const gk::Result r = gk::check(text);
  CHECK(count_rule(r, "PARSE.BLANK_CELL") == 1);
  CHECK(r.verdict == gk::Verdict::Checked);
  CHECK(count_rule(r, "PARSE.UNCHECKED") == 0);
}

TEST_CASE("coverage: nothing to check is unchecked, in the JSON too", "[coverage]") {
  for (const std::string t : {std::string(), std::string("今天天气很好。\n")}) {
    const Json j = Json::parse(gk::check_json(t));
    CHECK(j.at("verdict") == "unchecked");
    CHECK(j.at("coverage").at("applications").at("rows") == Json::parse("[0,25]"));
  }
}
