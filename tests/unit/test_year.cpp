// Last year's report (YEAR.*): seed 004 (中宁县人民政府办公室, 2024) against a
// 2023 report of the same office (fixtures/rules/004_previous_2023.txt:
// 结转下年度继续办理 1, 行政规范性文件 现行有效 5), and the same JSON from the
// command line and the library.
#include <catch2/catch.hpp>

#include <cstdio>
#include <memory>

#include "test_support.h"

using gktest::replace_once;

namespace {

const std::string kThisYear = "004_dc6eabfeda6fcd8b";
std::string previous() { return gktest::fixture("rules/004_previous_2023.txt"); }

std::vector<gk::Diagnostic> year_findings(const std::string& text, const std::string& prev) {
  gk::Options o;
  o.previous = prev;
  std::vector<gk::Diagnostic> out;
  for (const auto& d : gk::check(text, o).diagnostics)
    if (d.rule.rfind("YEAR.", 0) == 0) out.push_back(d);
  return out;
}

// Line n (1-based) of a text.
std::string line_of(const std::string& text, int n) {
  std::size_t b = 0;
  for (int line = 1; line < n; ++line) b = text.find('\n', b) + 1;
  return text.substr(b, text.find('\n', b) - b);
}

std::string at(const std::string& text, const gk::Diagnostic& d) {
  return text.substr(d.location.byte_offset, d.location.byte_length);
}

}  // namespace

TEST_CASE("YEAR: silent when last year's report agrees", "[year]") {
  const std::string text = gktest::seed(kThisYear);
  CHECK(year_findings(text, previous()).empty());
  CHECK(year_findings(text, "").empty());  // not given
}

TEST_CASE("YEAR.CARRIED_OVER: this year's 上年结转 against last year's 结转下年度", "[year]") {
  // Last year carried 2 forward (balanced: 部分公开 6 → 5, 总计 11 → 10); this year says 1.
  std::string prev = replace_once(previous(), "四、结转下年度继续办理 1 0 0 0 0 0 1", "四、结转下年度继续办理 2 0 0 0 0 0 2");
  prev = replace_once(prev, "\n6 0 0 0 0 0 6", "\n5 0 0 0 0 0 5");
  prev = replace_once(prev, "（七）总计 11 0 0 0 0 0 11", "（七）总计 10 0 0 0 0 0 10");
  REQUIRE(gk::check(prev).count(gk::Severity::Error) == 0);
  const std::string text = gktest::seed(kThisYear);
  const auto f = year_findings(text, prev);
  REQUIRE(f.size() == 2);  // 自然人 and 总计
  CHECK(f[0].rule == "YEAR.CARRIED_OVER");
  CHECK(f[0].severity == gk::Severity::Error);
  CHECK(f[0].message ==
        "“二、上年结转政府信息公开申请数量 · 自然人”为 1，上一年度报告第 236 行“四、结转下年度继续办理 · 自然人”为 2；"
        "本年的上年结转数应等于上一年度的结转下年度继续办理数");
  CHECK(at(text, f[0]) == "1");
  CHECK(*f[0].expected == 2);
  CHECK(*f[0].actual == 1);
  CHECK(f[0].related.empty());  // last year's place is named in the message, not given as a span of this text
  CHECK(f[1].message.find("“二、上年结转政府信息公开申请数量 · 总计”为 1") == 0);
  CHECK(line_of(prev, 236) == "四、结转下年度继续办理 2 0 0 0 0 0 2");
}

TEST_CASE("YEAR.IN_FORCE: last year's 现行有效 + 制发 − 废止", "[year]") {
  const std::string prev = replace_once(previous(), "行政规范性文件 2 1 5", "行政规范性文件 2 1 7");
  const std::string text = gktest::seed(kThisYear);
  const auto f = year_findings(text, prev);
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "YEAR.IN_FORCE");
  CHECK(f[0].severity == gk::Severity::Warning);
  CHECK(f[0].message ==
        "“行政规范性文件”现行有效件数为 5；上一年度报告第 104 行为 7，加本年制发 0、减本年废止 0 应为 "
        "7（如有规范性文件到期失效等情况，请在正文中说明）");
  CHECK(*f[0].expected == 7);
  CHECK(*f[0].actual == 5);
  CHECK(at(text, f[0]) == "5");
  CHECK(line_of(prev, 104) == "行政规范性文件 2 1 7");
}

TEST_CASE("YEAR: a report of another year, or no report, is said and not compared", "[year]") {
  const std::string text = gktest::seed(kThisYear);
  auto f = year_findings(text, gktest::seed("000_f73872ecfdfa0a4c"));  // a 2024 report
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "YEAR.PREVIOUS_YEAR");
  CHECK(f[0].message == "给出的上一年度报告是 2024 年度的，本报告是 2024 年度；不是相邻两年，未核对上年结转数");
  f = year_findings(text, "这不是一份报告。");
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "YEAR.PREVIOUS_UNREADABLE");
  CHECK(f[0].severity == gk::Severity::Warning);
}

TEST_CASE("YEAR: the command line gives the library's JSON", "[year][cli]") {
  const std::string dir = GKCHECK_FIXTURES_DIR;
  const std::string cmd = std::string("'") + GKCHECK_CLI + "' --json --previous '" + dir +
                          "/rules/004_previous_2023.txt' '" + dir + "/seeds/" + kThisYear + ".txt'";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  REQUIRE(pipe);
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe.get())) > 0;) out.append(buf, n);
  gk::Options o;
  const std::string prev = previous();
  o.previous = prev;
  CHECK(out == gk::check_json(gktest::seed(kThisYear), o) + "\n");
  CHECK(out.find("TEXT.NORMATIVE_DOCS") != std::string::npos);
}
