// A new format version is one format file, one registry line and its fixtures: the test-only
// 2031 format (format_test_only.cpp) reads and checks a report written in it, through the same
// registry and checks as the built-in formats, and changes nothing for a caller that does not pass it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "format_test_only.h"
#include "gkcheck/check.h"
#include "test_support.h"

namespace {

using Json = nlohmann::json;
using gktest::fixture;
using gktest::seed;

const std::string kReport = fixture("formats/2031/valid-2031.txt");

Json check_2031(const std::string& text) {
  gk::Options options;
  options.formats = &gktest::formats_with_2031();
  return Json::parse(gk::check_json(text, options));
}

std::string replaced(std::string s, const std::string& from, const std::string& to) {
  const std::size_t at = s.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(s.find(from, at + 1) == std::string::npos);
  return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("test-only format 2031: its report is read in it, every row and sum checked", "[format]") {
  const Json j = check_2031(kReport);
  CHECK(j["format"] == "2031");
  CHECK(j["verdict"] == "checked");
  INFO(j["diagnostics"].dump());
  for (const auto& d : j["diagnostics"]) CHECK(d["severity"] != "error");
  const Json& rows = j["tables"]["applications"]["rows"];
  CHECK(rows["other.withdrawn"] == Json::array({1, 0, 0, 0, 0, 0, 1}));
  CHECK(rows["partially_granted"] == Json::array({2, 0, 0, 0, 0, 0, 2}));
  CHECK(rows["results_total"] == Json::array({7, 0, 0, 0, 0, 0, 7}));
  CHECK(j["coverage"]["applications"]["rows"] == Json::array({26, 26}));
}

TEST_CASE("test-only format 2031: its extra row enters the sums and is named by its new label", "[format]") {
  const std::string wrong = replaced(kReport, "4.申请人撤回申请\t1\t0\t0\t0\t0\t0\t1", "4.申请人撤回申请\t2\t0\t0\t0\t0\t0\t1");
  const Json j = check_2031(wrong);
  CHECK(j["format"] == "2031");
  bool results_sum = false, suspect = false;
  for (const auto& d : j["diagnostics"]) {
    if (d["rule"] == "T3.RESULTS_SUM") results_sum = true;
    if (d["rule"] == "T3.SUSPECT" && d["message"].get<std::string>().find("4.申请人撤回申请") != std::string::npos) suspect = true;
  }
  INFO(j["diagnostics"].dump());
  CHECK(results_sum);
  CHECK(suspect);
}

TEST_CASE("test-only format 2031: without it the same report is not passed in the 2021 format", "[format]") {
  const Json j = Json::parse(gk::check_json(kReport));
  CHECK(j["format"] == "2021");
  bool error = false;
  for (const auto& d : j["diagnostics"]) error = error || d["severity"] == "error";
  CHECK(error);
  // And a 2021 report is still read in 2021 with the 2031 format in the registry.
  CHECK(check_2031(seed("000_f73872ecfdfa0a4c"))["format"] == "2021");
}
