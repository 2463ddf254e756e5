// The 2019 layout (国办公开办函〔2019〕60号, report years 2019 and 2020): detected,
// read into its own rows and columns, its balance rules checked, and
// FORMAT.OUTDATED when a 2021-or-later report uses it. The fixture is a 2020
// report of a county bureau written from report-format.md's description.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_support.h"

using gktest::replace_once;
using Json = nlohmann::json;

namespace {

std::string fixture2019() { return gktest::fixture("rules/2019_layout_2020.txt"); }

// The same report in other pastes: PDF-like (cells separated by spaces).
std::string spaces(std::string s) {
  for (char& c : s)
    if (c == '\t') c = ' ';
  return s;
}

const Json kActive = Json::parse(R"({
  "regulations":         {"new_made": 0, "new_published": 0, "total_published": 0},
  "normative_documents": {"new_made": 2, "new_published": 2, "total_published": 9},
  "licensing":      {"previous_items": 15, "change": -2, "decisions": 236},
  "other_services": {"previous_items": 4,  "change": 0,  "decisions": 58},
  "punishment":     {"previous_items": 27, "change": 3,  "decisions": 19},
  "coercion":       {"previous_items": 2,  "change": 0,  "decisions": 1},
  "fees":           {"previous_items": 3,  "change": 0},
  "procurement":    {"items": 6, "amount": "251000元"}
})");

}  // namespace

TEST_CASE("2019 layout: detected and read into its own rows, no finding on a sound 2020 report", "[format2019]") {
  for (const std::string& text : {fixture2019(), spaces(fixture2019())}) {
    const gk::Result r = gk::check(text);
    for (const auto& d : r.diagnostics) FAIL_CHECK(d.rule << " " << d.message);
    const Json j = Json::parse(gk::to_json(r));
    CHECK(j["format"] == "2019");
    CHECK(j["meta"]["year"] == 2020);
    CHECK(j["tables"]["active"] == kActive);
    const Json& rows = j["tables"]["applications"]["rows"];
    CHECK(rows.size() == 23);
    CHECK(rows["other"] == Json::parse("[1,0,0,0,0,0,1]"));
    CHECK(rows["results_total"] == Json::parse("[11,2,0,0,0,0,13]"));
    CHECK_FALSE(rows.contains("other.no_correction"));
    CHECK(j["tables"]["review_litigation"]["review"]["upheld"] == 1);
  }
}

TEST_CASE("2019 layout: 本年增/减 written with a plus sign", "[format2019]") {
  const std::string t = replace_once(fixture2019(), "行政处罚\t27\t3\t19", "行政处罚\t27\t+3\t19");
  const gk::Result r = gk::check(t);
  CHECK(r.diagnostics.empty());
  CHECK(gktest::cell(r, gk::TableId::Active, "punishment", "change").value == 3);
}

TEST_CASE("2019 layout: its balance rules, with （六）其他处理 as one row", "[format2019]") {
  // （六）其他处理 · 自然人 1 → 2: its row and the 自然人 column break; that cell is the one.
  const std::string t = replace_once(fixture2019(), "（六）其他处理\t\t1\t0", "（六）其他处理\t\t2\t0");
  const gk::Result r = gk::check(t);
  CHECK(gktest::has_rule(r, "T3.ROW_SUM"));
  CHECK(gktest::has_rule(r, "T3.RESULTS_SUM"));
  bool found = false;
  for (const auto& d : r.diagnostics)
    if (d.rule == "T3.SUSPECT") {
      found = true;
      CHECK(d.message == "很可能是“（六）其他处理 · 自然人”填错：按勾稽关系应为 1，现为 2");
    }
  CHECK(found);
}

TEST_CASE("FORMAT.OUTDATED: the 2019 layout for a 2021-or-later report", "[format2019]") {
  SECTION("fires for 2022") {
    std::string t = fixture2019();
    for (std::size_t p = t.find("2020"); p != std::string::npos; p = t.find("2020", p)) t.replace(p, 4, "2022");
    const gk::Result r = gk::check(t);
    REQUIRE(r.diagnostics.size() == 1);
    const gk::Diagnostic& d = r.diagnostics.front();
    CHECK(d.rule == "FORMAT.OUTDATED");
    CHECK(d.severity == gk::Severity::Warning);
    CHECK(d.message ==
          "这是 2022 年度的报告，表格却是 2019 年版格式（国办公开办函〔2019〕60号，用于 2019、2020 年度）；2021 "
          "年度起应使用国办公开办函〔2021〕30号规定的格式");
    CHECK(t.substr(d.location.byte_offset, d.location.byte_length).rfind("第二十条第（一）项", 0) == 0);
  }
  SECTION("silent for 2020, and for the 2021 layout of the seeds") {
    CHECK_FALSE(gktest::has_rule(gk::check(fixture2019()), "FORMAT."));
    for (const auto& name : gktest::seed_names()) {
      const gk::Result r = gk::check(gktest::seed(name));
      CHECK(r.format->id == "2021");
      CHECK_FALSE(gktest::has_rule(r, "FORMAT."));
    }
  }
}
