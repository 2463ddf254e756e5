// The two real WPS PDFs (tests/fixtures/real), in the three forms users copy
// their text (pdftotext, pdftotext -layout, PDF.js as Firefox copies it):
// every cell is read as the hand-read truth says, the 2023 report's two real
// table-四 errors are found and no other error is reported.
#include <set>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_support.h"

using Json = nlohmann::json;

namespace {

// The truth's table 三 keeps the 2019 layout's single （六）其他处理 row as
// "other"; the 2021 format reads it as 3.其他 (its 1. and 2. blank).
std::string format_row(const gk::TableSpec& spec, const std::string& truth_key) {
  if (truth_key == "other" && spec.row_index("other") < 0) return "other.other";
  return truth_key;
}

// Every cell of the truth against the result: read for certain, same value.
void check_cells(const gk::Result& r, const Json& truth) {
  for (const gk::TableSpec& spec : r.format->tables) {
    const Json& t = truth.at(spec.key);
    const gk::TableData& data = r.tables[static_cast<int>(spec.id)];
    REQUIRE(data.present);
    const bool matrix = t.contains("columns");
    const Json& rows = matrix ? t.at("rows") : t;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
      const int ri = spec.row_index(format_row(spec, it.key()));
      INFO(spec.key << " row " << it.key());
      REQUIRE(ri >= 0);
      const auto& cols = spec.rows[static_cast<std::size_t>(ri)].columns;
      for (std::size_t c = 0; c < cols.size(); ++c) {
        const Json& want = matrix ? it.value().at(c) : it.value().at(cols[c].key);
        const gk::Cell& got = data.rows[static_cast<std::size_t>(ri)][c];
        INFO("column " << cols[c].key);
        REQUIRE(got.state == gk::CellState::Value);
        CHECK(got.value == want.get<double>());
      }
    }
  }
}

std::multiset<std::string> errors_of(const gk::Result& r) {
  std::multiset<std::string> out;
  for (const auto& d : r.diagnostics)
    if (d.severity == gk::Severity::Error) out.insert(d.rule + " " + d.message);
  return out;
}

const char* kForms[] = {"pdftotext", "pdftotext-layout", "pdfjs"};

}  // namespace

TEST_CASE("real: hongze 2023, every text form, every cell as the truth — its two table-四 errors and no other",
          "[real]") {
  const Json truth = Json::parse(gktest::fixture("real/hongze-2023.truth.json"));
  for (const char* form : kForms) {
    INFO("form " << form);
    const gk::Result r = gk::check(gktest::fixture(std::string("real/hongze-2023.") + form + ".txt"));
    check_cells(r, truth.at("tables"));
    const auto errors = errors_of(r);
    CHECK(errors.size() == 2);
    CHECK(gktest::count_rule(r, "T4.GROUP_SUM") == 2);
    for (const auto& d : r.diagnostics)
      if (d.rule == "T4.GROUP_SUM") {
        REQUIRE(d.cells.size() == 5);
        const int row = d.cells.front().row;
        CHECK((row == 0 || row == 2));  // 行政复议 and 复议后起诉
        CHECK(d.actual.value_or(-1) == 0);
        CHECK(d.expected.value_or(-1) == (row == 0 ? 11 : 5));
      }
  }
}

TEST_CASE("real: hongze 2024, every text form, every cell as the truth — no error", "[real]") {
  const Json truth = Json::parse(gktest::fixture("real/hongze-2024.truth.json"));
  for (const char* form : kForms) {
    INFO("form " << form);
    const gk::Result r = gk::check(gktest::fixture(std::string("real/hongze-2024.") + form + ".txt"));
    check_cells(r, truth.at("tables"));
    CHECK(errors_of(r).empty());
  }
}

TEST_CASE("real: the 2019 single （六）其他处理 row in a 2021 report is read, checked and warned about", "[real]") {
  for (const char* form : kForms) {
    INFO("form " << form);
    const gk::Result r = gk::check(gktest::fixture(std::string("real/hongze-2024.") + form + ".txt"));
    CHECK(gktest::count_rule(r, "FORMAT.OUTDATED") == 1);
    CHECK(gktest::count_rule(r, "PARSE.ROW_MISSING") == 0);
    for (const char* key : {"other.no_correction", "other.no_fee"})
      CHECK(gktest::cell(r, gk::TableId::Applications, key, "total").state == gk::CellState::Blank);
    // Its sums are checked: a wrong 3.其他 breaks (一)…(六) = (七).
  }
  std::string t = gktest::fixture("real/hongze-2024.pdftotext-layout.txt");
  const std::string row = "（六）其他处理                           0    0   0   0    0    0   0";
  t = gktest::replace_once(t, row, "（六）其他处理                           2    0   0   0    0    0   2");
  const gk::Result r = gk::check(t);
  CHECK(gktest::count_rule(r, "T3.RESULTS_SUM") == 2);
}
