// The five real reports: every number of every table as the golden files
// state it (hand-checked against the texts), no balance error, and every
// single-number change in tables 三 and 四 caught.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "document.h"
#include "test_support.h"

using gktest::seed;
using gktest::seed_names;
using Json = nlohmann::json;

TEST_CASE("seeds: every number of every table, the meta and the sections", "[seeds][golden]") {
  for (const auto& name : seed_names()) {
    INFO("seed " << name);
    const Json got = Json::parse(gk::check_json(seed(name)));
    const Json want = Json::parse(gktest::fixture("golden/" + name.substr(0, 3) + ".json"));
    CHECK(got["format"] == want["format"]);
    CHECK(got["meta"] == want["meta"]);
    Json numbers = Json::array();
    for (const auto& s : got["sections"]) numbers.push_back(s["number"]);
    CHECK(numbers == want["sections"]);
    for (const char* t : {"active", "applications", "review_litigation"}) {
      INFO("table " << t);
      CHECK(got["tables"][t] == want["tables"][t]);
    }
  }
}

TEST_CASE("seeds: no error on the untouched reports", "[seeds]") {
  for (const auto& name : seed_names()) {
    INFO("seed " << name);
    gk::Result r = gk::check(seed(name));
    for (const auto& d : r.diagnostics)
      if (d.severity == gk::Severity::Error) FAIL_CHECK(d.rule << " " << d.message);
    CHECK(gktest::count_rule(r, "PARSE.") == 0);
  }
}

namespace {

// Every cell of tables 三 and 四 that holds a number, with its characters in
// the original text.
struct NumberAt {
  gk::CellRef ref;
  double value;
  std::uint32_t begin, end;  // original bytes
};

std::vector<NumberAt> numbers_of(const std::string& text) {
  gk::Result r = gk::check(text);
  gk::Document doc = gk::make_document(text);
  std::vector<NumberAt> out;
  for (gk::TableId t : {gk::TableId::Applications, gk::TableId::ReviewLitigation}) {
    const auto& table = r.tables[static_cast<int>(t)];
    for (std::size_t row = 0; row < table.rows.size(); ++row)
      for (std::size_t col = 0; col < table.rows[row].size(); ++col) {
        const gk::Cell& c = table.rows[row][col];
        if (c.state != gk::CellState::Value) continue;
        out.push_back({{t, static_cast<std::uint16_t>(row), static_cast<std::uint16_t>(col)},
                       c.value,
                       doc.norm.map.to_original(c.span.begin, false),
                       doc.norm.map.to_original(c.span.end, true)});
      }
  }
  return out;
}

bool balance_error_on(const gk::Result& r, const gk::CellRef& cell) {
  for (const auto& d : r.diagnostics) {
    if (d.severity != gk::Severity::Error) continue;
    if (d.rule.rfind("T3.", 0) != 0 && d.rule.rfind("T4.", 0) != 0) continue;
    for (const auto& c : d.cells)
      if (c == cell) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("seeds: every single-number change in tables 三 and 四 is caught", "[seeds][mutation]") {
  std::size_t mutations = 0;
  for (const auto& name : seed_names()) {
    const std::string text = seed(name);
    const auto numbers = numbers_of(text);
    // 25 rows × 7 + 15 numbers in every seed.
    CHECK(numbers.size() == 25 * 7 + 15);
    for (const auto& n : numbers) {
      for (double changed : {n.value + 1, n.value > 0 ? n.value - 1 : n.value + 10}) {
        std::string mutated = text;
        mutated.replace(n.begin, n.end - n.begin, std::to_string(static_cast<long long>(changed)));
        gk::Result r = gk::check(mutated);
        INFO("seed " << name << " cell " << r.format->table(n.ref.table).rows[n.ref.row].key << "/"
                     << r.format->table(n.ref.table).rows[n.ref.row].columns[n.ref.col].key << " "
                     << n.value << " → " << changed);
        CHECK(balance_error_on(r, n.ref));
        ++mutations;
      }
    }
  }
  CHECK(mutations == 5 * (25 * 7 + 15) * 2);
}

TEST_CASE("seeds: a changed total is reported on the total cell with both numbers", "[seeds][balance]") {
  // Seed 004 (PDF copy): 1.本机关不掌握相关政府信息 4 0 0 0 0 0 4 → total 5.
  const std::string text = gktest::replace_once(seed("004_dc6eabfeda6fcd8b"), "1.本机关不掌握相关政府信息 4 0 0 0 0 0 4",
                                                "1.本机关不掌握相关政府信息 4 0 0 0 0 0 5");
  gk::Result r = gk::check(text);
  const gk::Diagnostic* row_sum = nullptr;
  for (const auto& d : r.diagnostics)
    if (d.rule == "T3.ROW_SUM") row_sum = &d;
  REQUIRE(row_sum != nullptr);
  CHECK(row_sum->severity == gk::Severity::Error);
  CHECK(*row_sum->expected == 4);
  CHECK(*row_sum->actual == 5);
  CHECK(row_sum->message == "「（四）无法提供 1.本机关不掌握相关政府信息」行：六类申请人之和为 4，总计栏写的是 5");
  CHECK(row_sum->location.line == 196);
  CHECK(row_sum->location.column == 28);
  CHECK(text.substr(row_sum->location.byte_offset, row_sum->location.byte_length) == "5");
  // The same total also breaks the column sum of （七）总计.
  CHECK(gktest::has_rule(r, "T3.RESULTS_SUM"));
}
