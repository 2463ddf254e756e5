// Bad input gets a clear result in Chinese, never a crash or a silent answer.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <random>

#include "test_support.h"

using Json = nlohmann::json;

TEST_CASE("malformed: empty and blank text", "[malformed]") {
  for (const std::string t : {std::string(), std::string(" \n\t\r\n\u3000")}) {
    gk::Result r = gk::check(t);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule == "INPUT.EMPTY");
    CHECK(r.diagnostics[0].severity == gk::Severity::Error);
    Json j = Json::parse(gk::to_json(r));
    CHECK(j["format"] == "unknown");
    CHECK(j.at("tables").at("applications").is_null());
    CHECK(j["diagnostics"][0]["line"] == 1);
  }
}

TEST_CASE("malformed: text that is not a report", "[malformed]") {
  gk::Result r = gk::check("今天天气很好，我们去公园散步。\n2024年1月1日，气温 12 度。\n");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "INPUT.NOT_A_REPORT");
  CHECK(r.format == nullptr);
}

TEST_CASE("malformed: the prose of a report without its tables", "[malformed]") {
  const std::string full = gktest::seed("000_f73872ecfdfa0a4c");
  const std::string prose = full.substr(0, full.find("## 二、主动公开政府信息情况"));
  gk::Result r = gk::check(prose);
  CHECK(gktest::count_rule(r, "PARSE.TABLE_MISSING") == 3);
  for (const auto& t : r.tables) CHECK_FALSE(t.present);
  CHECK(r.meta.agency == std::string("盐池县人民政府办公室"));
}

TEST_CASE("malformed: random bytes never crash and never invent tables", "[malformed]") {
  std::mt19937_64 rng(20250131);
  for (int i = 0; i < 200; ++i) {
    std::string t(static_cast<std::size_t>(rng() % 4000), '\0');
    for (auto& c : t) c = static_cast<char>(rng() & 0xFF);
    gk::Result r = gk::check(t);
    Json j = Json::parse(gk::to_json(r));  // always valid JSON
    CHECK(j.contains("diagnostics"));
    CHECK_FALSE(r.tables[1].present);
  }
}

TEST_CASE("malformed: invalid UTF-8 is replaced and reported — the tables are still read", "[malformed]") {
  std::string t = gktest::seed("002_63a9a15d935c0946");
  t = gktest::replace_once(t, "社旗县人民政府 2024", "社旗县人民政府\xff\xfe 2024");
  gk::Result r = gk::check(t);
  REQUIRE(gktest::count_rule(r, "INPUT.INVALID_UTF8") == 1);
  for (const auto& d : r.diagnostics)
    if (d.rule == "INPUT.INVALID_UTF8") {
      CHECK(d.severity == gk::Severity::Warning);
      CHECK(d.location.line == 3);
      CHECK(t.substr(d.location.byte_offset, 1) == "\xff");
    }
  CHECK(gktest::cell(r, gk::TableId::Applications, "new_received", "total").value == 41);
  CHECK(r.count(gk::Severity::Error) == 0);
  // The JSON stays valid UTF-8.
  CHECK_NOTHROW(Json::parse(gk::to_json(r)));
}

TEST_CASE("malformed: text over the size limit is refused with the reason", "[malformed][limits]") {
  std::string big(gk::kMaxInputBytes + 1, 'a');
  gk::Result r = gk::check(big);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "INPUT.TOO_LARGE");
  CHECK(r.diagnostics[0].message.find("64 MB") != std::string::npos);
}
