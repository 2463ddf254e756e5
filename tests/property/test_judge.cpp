// The oracle of test_material / test_clerk_edits on a real result: a tab-separated report read
// exactly, then its JSON altered the ways a reader can fail.
#include <catch2/catch.hpp>

#include "judge.h"
#include "support.h"

using namespace gkprop;
using nlohmann::json;

TEST_CASE("judge: exact, honest, flagged, undeclared and silent wrong are told apart", "[property][judge]") {
  // A seed whose tab rendering is read back exactly (the readback property holds for tab).
  // A seed whose tab rendering is read back exactly (the readback property holds for tab), with no
  // blank cell in table 三.
  gkgen::Report rep;
  json r, truth;
  for (std::uint64_t seed = 1;; ++seed) {
    REQUIRE(seed < 200);
    rep = gkgen::generate(seed, gkgen::Layout::Tab);
    truth = json::parse(gkgen::truth_json(rep));
    bool blanks = false;
    for (const auto& [k, v] : truth["tables"]["applications"]["rows"].items())
      for (const auto& c : v) blanks |= c.is_null();
    if (blanks) continue;
    r = json::parse(gk::check_json(rep.text));
    if (judge(r, truth).outcome == Outcome::Exact) break;
  }
  REQUIRE(all_sums_hold(r, true));
  REQUIRE(all_sums_hold(r, false));

  auto& row = r["tables"]["applications"]["rows"]["granted"];
  SECTION("a row left null without a word is undeclared, even with an error if the verdict says checked") {
    for (auto& c : row) c = nullptr;
    CHECK(judge(r, truth).outcome == Outcome::Undeclared);
    CHECK(judge(r, truth).unread_undeclared == 7);
    r["verdict"] = "checked";
    r["diagnostics"].push_back({{"rule", "PARSE.UNCHECKED"}, {"severity", "error"}, {"message", "表三有 1 行没有读到"}});
    CHECK(judge(r, truth).outcome == Outcome::Undeclared);
  }
  SECTION("a row left null, the verdict partial and an error naming the table, is honest") {
    for (auto& c : row) c = nullptr;
    r["verdict"] = "partial";
    r["diagnostics"].push_back({{"rule", "PARSE.UNCHECKED"}, {"severity", "error"}, {"message", "表三有 1 行没有读到，涉及的 8 项合计没有核对，请核对原表"}});
    const Judgement j = judge(r, truth);
    CHECK(j.outcome == Outcome::Honest);
    CHECK(j.unread_declared == 7);
    CHECK_FALSE(all_sums_hold(r, false));
  }
  SECTION("a wrong number no error names is silent wrong; named by an error on its row, flagged") {
    row[0] = row[0].get<double>() + 1;
    CHECK(judge(r, truth).outcome == Outcome::Silent);
    CHECK_FALSE(all_sums_hold(r, true));
    r["diagnostics"].push_back({{"rule", "T3.ROW_SUM"},
                                {"severity", "error"},
                                {"message", "x"},
                                {"cells", json::array({{{"table", "applications"}, {"row", "granted"}, {"column", "total"}}})}});
    CHECK(judge(r, truth).outcome == Outcome::Flagged);
  }
  SECTION("a table-wide PARSE error does not excuse a wrong number") {
    row[0] = row[0].get<double>() + 1;
    r["verdict"] = "partial";
    r["diagnostics"].push_back({{"rule", "PARSE.UNCHECKED"}, {"severity", "error"}, {"message", "表三有 1 行没有读到"}});
    CHECK(judge(r, truth).outcome == Outcome::Silent);
  }
  SECTION("the real 2019-style （六）其他处理 row is compared with the sum of other.*") {
    json t2 = truth;
    auto& tr = t2["tables"]["applications"]["rows"];
    json other = json::array();
    for (int c = 0; c < 7; ++c)
      other.push_back(tr["other.no_correction"][c].get<double>() + tr["other.no_fee"][c].get<double>() + tr["other.other"][c].get<double>());
    tr.erase("other.no_correction");
    tr.erase("other.no_fee");
    tr.erase("other.other");
    tr["other"] = other;
    CHECK(judge(r, t2).outcome == Outcome::Exact);
    tr["other"][6] = other[6].get<double>() + 1;
    CHECK(judge(r, t2).outcome == Outcome::Silent);
  }
}
