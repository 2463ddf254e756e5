// The rule table (gkcheck/rules.def) is the one list of rules. Call sites
// report a Rule with a message template of core/src/messages.h, so the id and
// the severity come from the record; these tests hold the rest to it:
//   - the table's ids are unique and well formed, each explained;
//   - every balance rule of every format is in the table;
//   - a template's placeholders and its arguments agree (phrase() refuses
//     either missing), and every diagnostic of the rule fixtures
//     (tests/fixtures/rules, see test_rule_fixtures.cpp) names a rule of the
//     table with its severity;
//   - the README's table and web/rules.js are what scripts/gen-rules.sh
//     generates from the table (tools/gkrules.cpp): never stale.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <regex>
#include <set>
#include <stdexcept>

#include "diagnostics.h"
#include "gkcheck/check.h"
#include "gkcheck/format.h"
#include "gkcheck/rules.h"
#include "test_support.h"

namespace fs = std::filesystem;
using gktest::read_file;

namespace {

const std::string kRoot = GKCHECK_SOURCE_DIR;

const char* severity_word(gk::Severity s) { return gk::severity_name(s); }

// What a command prints on standard output.
std::string output_of(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  REQUIRE(pclose(p) == 0);
  return out;
}

}  // namespace

TEST_CASE("rules: the table has unique, well-formed ids, each explained", "[rules]") {
  const gk::RuleList rules = gk::all_rules();
  REQUIRE(rules.size() >= 30);
  static const std::regex id_re(R"([A-Z][A-Z0-9]*\.[A-Z][A-Z0-9_]*)");
  std::set<std::string> seen;
  for (const gk::RuleInfo& r : rules) {
    INFO(r.id);
    CHECK(std::regex_match(r.id, id_re));
    CHECK(seen.insert(r.id).second);
    CHECK(std::string(r.zh).size() > 10);
    CHECK(std::string(r.en).size() > 10);
    // One line, and nothing that would break the README's table or the page's JS string.
    CHECK(std::string(r.zh).find_first_of("\n|'\\") == std::string::npos);
    CHECK(std::string(r.en).find_first_of("\n|") == std::string::npos);
    CHECK(gk::find_rule(r.id) == &r);
  }
  CHECK(gk::find_rule("T3.NO_SUCH_RULE") == nullptr);
  CHECK(gk::find_rule("T3.") == nullptr);
}

TEST_CASE("rules: every balance rule of every format is in the table", "[rules]") {
  for (const gk::FormatSpec* f : gk::known_formats())
    for (const gk::SumRule& r : f->rules) {
      INFO("balance rule " << r.id << " of format " << f->id);
      CHECK(gk::find_rule(r.id) != nullptr);
    }
}

TEST_CASE("rules: a message template and its arguments agree, or the message is refused", "[rules]") {
  CHECK(gk::phrase(gk::msg::kYearMismatch, {{"year", "2023"}, {"from", "2024-01-01"}, {"to", "2024-12-31"}}) ==
        "标题中的年度是 2023 年，统计期间却是 2024-01-01 至 2024-12-31");
  CHECK_THROWS_AS(gk::phrase(gk::msg::kYearMismatch, {{"year", "2023"}, {"from", "2024-01-01"}}), std::logic_error);
  CHECK_THROWS_AS(gk::phrase(gk::msg::kInputEmpty, {{"extra", "x"}}), std::logic_error);
  gk::Result r;
  const gk::Diagnostic& d = gk::report(r, gk::Rule::T3RowSum, gk::msg::kInputEmpty, {}, gk::Span{});
  CHECK(d.rule == "T3.ROW_SUM");
  CHECK(d.severity == gk::Severity::Error);
}

TEST_CASE("rules: every diagnostic of the rule fixtures names a rule of the table, with its severity", "[rules]") {
  std::set<std::string> raised;
  std::size_t reports = 0;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(GKCHECK_FIXTURES_DIR) / "rules")) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    ++reports;
    for (const gk::Diagnostic& d : gk::check(read_file(e.path().string())).diagnostics) {
      const gk::RuleInfo* r = gk::find_rule(d.rule);
      INFO(e.path().string() << ": " << d.rule << ": " << d.message);
      REQUIRE(r != nullptr);
      CHECK(d.severity == r->severity);
      CHECK(d.message.find('{') == std::string::npos);
      raised.insert(d.rule);
    }
  }
  CHECK(reports > 40);
  // The YEAR.* rules need --previous, TOO_LARGE 64 MiB, REVIEW.* a batch.
  CHECK(raised.size() >= gk::all_rules().size() - 10);
}

// The copies of the table are generated (scripts/gen-rules.sh, tools/gkrules.cpp): stale copies fail.
TEST_CASE("rules: README.md's Rules table is the generated one", "[rules]") {
  const std::string readme = read_file(kRoot + "/README.md");
  const std::size_t b = readme.find('\n', readme.find("<!-- rules:begin"));
  const std::size_t e = readme.find("<!-- rules:end -->");
  REQUIRE(b != std::string::npos);
  REQUIRE(e != std::string::npos);
  INFO("README.md's rules table is stale: run bash scripts/gen-rules.sh");
  CHECK(readme.substr(b + 1, e - b - 1) == output_of(std::string(GKCHECK_RULES_TOOL) + " readme"));
}

// The page's row and column labels are the core's formats (web/formats.js, from gk::formats_json()).
TEST_CASE("rules: web/formats.js is the generated one, with every row of every format", "[rules]") {
  const std::string generated = output_of(std::string(GKCHECK_RULES_TOOL) + " formats");
  INFO("web/formats.js is stale: run bash scripts/gen-rules.sh");
  CHECK(read_file(kRoot + "/web/formats.js") == generated);
  for (const gk::FormatSpec* f : gk::known_formats())
    for (const gk::TableSpec& t : f->tables)
      for (const gk::RowSpec& r : t.rows) {
        INFO(f->id << " " << t.key << " " << r.key);
        CHECK(generated.find("{\"key\":\"" + r.key + "\",\"label\":\"" + r.label + "\",\"printed\":[") !=
              std::string::npos);
      }
}

TEST_CASE("rules: web/rules.js is the generated one", "[rules]") {
  INFO("web/rules.js is stale: run bash scripts/gen-rules.sh");
  CHECK(read_file(kRoot + "/web/rules.js") == output_of(std::string(GKCHECK_RULES_TOOL) + " js"));
  CHECK(output_of(std::string(GKCHECK_RULES_TOOL) + " js").find("['PARSE.UNCHECKED', 'error', ") != std::string::npos);
}
