// The rule table (gkcheck/rules.h) is the one list of rule ids. These tests
// hold the sources, the README's "## Rules" table and the page's list
// (web/rules.js) to it:
//   - every id the sources can emit (a literal such as "T3.ROW_SUM", or a
//     suffix such as ".SUSPECT" joined to a balance table's prefix) is in the
//     table, and every id in the table is emitted somewhere;
//   - the severity written beside an id in the sources, and the severity of
//     every diagnostic of a corpus of reports, is the table's; every rule's
//     severity is confirmed one way or the other;
//   - the README's table and web/rules.js are what scripts/gen-rules.sh
//     generates from the table (tools/gkrules.cpp): never stale.
// None of this can pass on an empty scan: a rule found nowhere fails.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "gkcheck/check.h"
#include "gkcheck/rules.h"
#include "test_support.h"

namespace fs = std::filesystem;
using gktest::read_file;
using gktest::replace_once;
using gktest::seed;

namespace {

const std::string kRoot = GKCHECK_SOURCE_DIR;

// The code without its comments; string and character literals kept whole.
std::string strip_comments(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      const std::size_t e = s.find("*/", i + 2);
      i = e == std::string::npos ? s.size() : e + 2;
      out += ' ';
    } else if (c == '"' || c == '\'') {
      const std::size_t start = i++;
      while (i < s.size() && s[i] != c) i += s[i] == '\\' ? 2 : 1;
      ++i;
      out.append(s, start, std::min(i, s.size()) - start);
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

// Statements: the code cut at ';', '{' and '}' outside literals.
std::vector<std::string> statements(const std::string& code) {
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"' || c == '\'') {
      const std::size_t start = i++;
      while (i < code.size() && code[i] != c) i += code[i] == '\\' ? 2 : 1;
      cur.append(code, start, std::min(i + 1, code.size()) - start);
      continue;
    }
    if (c == ';' || c == '{' || c == '}') {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

const char* severity_word(gk::Severity s) { return gk::severity_name(s); }

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The prefixes of the balance tables' ids ("T3", "T4"): suspect.cpp joins
// them to ".SUSPECT" and ".NO_SINGLE_SUSPECT".
std::set<std::string> balance_prefixes() {
  std::set<std::string> out;
  for (const gk::FormatSpec* f : gk::known_formats())
    for (const gk::SumRule& r : f->rules) out.insert(r.id.substr(0, r.id.find('.')));
  return out;
}

struct Scan {
  std::map<std::string, std::set<std::string>> where;     // id → files that name it
  std::map<std::string, std::set<std::string>> severity;  // id → severities written beside it
};

// Every id the sources of the core, the command line and the wasm boundary
// name, except the rule table itself.
Scan scan_sources() {
  static const std::regex id_re(R"re("([A-Z][A-Z0-9]*\.[A-Z][A-Z0-9_]*)")re");
  static const std::regex suffix_re(R"re("\.([A-Z][A-Z0-9_]*)")re");
  static const std::regex sev_re(R"(Severity::(Error|Warning|Info))");
  static const std::regex rule_assign_re(R"(\.rule\s*=)");
  const std::set<std::string> prefixes = balance_prefixes();
  Scan scan;
  for (const char* dir : {"core/src", "core/include/gkcheck", "cli", "wasm"}) {
    const fs::path d = fs::path(kRoot) / dir;
    REQUIRE(fs::is_directory(d));
    for (const auto& e : fs::directory_iterator(d)) {
      const std::string ext = e.path().extension().string();
      if (ext != ".cpp" && ext != ".h") continue;
      if (e.path().filename() == "rules.cpp" || e.path().filename() == "rules.h") continue;
      const std::string file = std::string(dir) + "/" + e.path().filename().string();
      const std::vector<std::string> st = statements(strip_comments(read_file(e.path().string())));
      for (std::size_t k = 0; k < st.size(); ++k) {
        std::vector<std::string> ids;
        for (std::sregex_iterator m(st[k].begin(), st[k].end(), id_re), end; m != end; ++m) ids.push_back((*m)[1]);
        for (std::sregex_iterator m(st[k].begin(), st[k].end(), suffix_re), end; m != end; ++m)
          for (const std::string& p : prefixes) ids.push_back(p + "." + (*m)[1].str());
        if (ids.empty()) continue;
        for (const std::string& id : ids) scan.where[id].insert(file);
        std::vector<std::string> sev;
        for (std::sregex_iterator m(st[k].begin(), st[k].end(), sev_re), end; m != end; ++m) sev.push_back(lower((*m)[1]));
        // d.rule = "…"; d.severity = Severity::…;
        if (sev.empty() && std::regex_search(st[k], rule_assign_re) && k + 1 < st.size() &&
            st[k + 1].find(".severity") != std::string::npos)
          for (std::sregex_iterator m(st[k + 1].begin(), st[k + 1].end(), sev_re), end; m != end; ++m)
            sev.push_back(lower((*m)[1]));
        if (sev.size() == 1) {
          for (const std::string& id : ids) scan.severity[id].insert(sev[0]);
        } else if (!sev.empty() && sev.size() == ids.size()) {  // a ? "A" : "B", a ? Severity::X : Severity::Y
          for (std::size_t i = 0; i < ids.size(); ++i) scan.severity[ids[i]].insert(sev[i]);
        }
      }
    }
  }
  return scan;
}

// Reports that, between them, raise most rules: the seeds, the fixtures,
// and edits of the seeds taken from the rules' own tests.
std::vector<gk::Result> corpus() {
  const std::string s000 = seed("000_f73872ecfdfa0a4c"), s001 = seed("001_909bdb628b56722c"),
                    s002 = seed("002_63a9a15d935c0946"), s004 = seed("004_dc6eabfeda6fcd8b");
  const std::string t4zeros = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0";
  const std::string add = "全部予以办理答复。";
  std::vector<gk::Result> out;
  for (const std::string& name : gktest::seed_names()) out.push_back(gk::check(seed(name)));
  for (const char* dir : {"rules", "fuzz-regressions"})
    for (const auto& e : fs::recursive_directory_iterator(fs::path(GKCHECK_FIXTURES_DIR) / dir))
      if (e.is_regular_file() && e.path().extension() == ".txt") out.push_back(gk::check(read_file(e.path().string())));
  gk::Options prev;
  prev.previous = s004;
  out.push_back(gk::check(s000, prev));
  out.push_back(gk::check("", {}));
  out.push_back(gk::check("这不是一份报告。", {}));
  out.push_back(gk::check("\xff\xfe" + s000));
  // Table 三: a detail cell (row and column sums), a first-line cell (balance).
  out.push_back(gk::check(replace_once(s000, "(一) 予以公开\t2\t0", "(一) 予以公开\t3\t0")));
  out.push_back(gk::check(replace_once(s000, "申请数量\t\t6\t0", "申请数量\t\t7\t0")));
  out.push_back(gk::check(replace_once(s000, "(一) 予以公开\t2\t0", "(一) 予以公开\t2.5\t0")));
  // Table 四: a group whose total is off.
  out.push_back(gk::check(replace_once(s000, t4zeros, "1\t0\t0\t0\t2\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0")));
  out.push_back(gk::check(replace_once(s000, t4zeros, "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0")));
  // The prose against the tables.
  out.push_back(gk::check(replace_once(s001, "全年共收到依申请公开9件", "全年共收到依申请公开十七件")));
  out.push_back(gk::check(replace_once(s004, "规范办结依申请公开 17件", "规范办结依申请公开 15件")));
  out.push_back(gk::check(replace_once(s001, add, add + "全年共收取信息处理费三百元。")));
  out.push_back(gk::check(replace_once(s002, "制作解读回应信息 15 条；", "制作解读回应信息 15 条；作出行政强制决定500件；")));
  out.push_back(gk::check(replace_once(s002, "废止 9 件，现行有效 40 件", "废止 9 件，现行有效 45 件")));
  return out;
}

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

TEST_CASE("rules: every id the sources emit is in the table, every rule in the table is emitted", "[rules]") {
  const Scan scan = scan_sources();
  for (const auto& [id, files] : scan.where) {
    std::string list;
    for (const auto& f : files) list += f + " ";
    INFO(id << " named in " << list);
    CHECK(gk::find_rule(id) != nullptr);
  }
  for (const gk::FormatSpec* f : gk::known_formats())
    for (const gk::SumRule& r : f->rules) {
      INFO("balance rule " << r.id << " of format " << f->id);
      CHECK(gk::find_rule(r.id) != nullptr);
    }
  for (const gk::RuleInfo& r : gk::all_rules()) {
    INFO(r.id << " is in the rule table but no source names it");
    CHECK(scan.where.count(r.id) == 1);
  }
}

TEST_CASE("rules: each rule's severity is the table's, in the sources and in results", "[rules]") {
  const Scan scan = scan_sources();
  std::set<std::string> confirmed;
  for (const auto& [id, sevs] : scan.severity) {
    const gk::RuleInfo* r = gk::find_rule(id);
    if (!r) continue;  // the test above says so
    for (const std::string& s : sevs) {
      INFO(id << ": the sources give " << s << ", the table " << severity_word(r->severity));
      CHECK(s == severity_word(r->severity));
    }
    confirmed.insert(id);
  }
  std::set<std::string> raised;
  for (const gk::Result& res : corpus())
    for (const gk::Diagnostic& d : res.diagnostics) {
      const gk::RuleInfo* r = gk::find_rule(d.rule);
      INFO(d.rule << ": " << d.message);
      REQUIRE(r != nullptr);
      CHECK(std::string(severity_word(d.severity)) == severity_word(r->severity));
      confirmed.insert(d.rule);
      raised.insert(d.rule);
    }
  for (const gk::RuleInfo& r : gk::all_rules()) {
    INFO(r.id << ": severity neither written beside the id in the sources nor seen in a result");
    CHECK(confirmed.count(r.id) == 1);
  }
  // The corpus does raise the rules whose severity only results show.
  for (const char* id : {"T3.BALANCE", "T3.RESULTS_SUM", "T3.ROW_SUM", "T4.GROUP_SUM", "TEXT.APPLICATIONS",
                         "TEXT.APPLICATIONS_HANDLED", "TEXT.NORMATIVE_DOCS", "TEXT.REVIEW_LITIGATION",
                         "TEXT.ENFORCEMENT"}) {
    INFO(id);
    CHECK(raised.count(id) == 1);
  }
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

TEST_CASE("rules: web/rules.js is the generated one", "[rules]") {
  INFO("web/rules.js is stale: run bash scripts/gen-rules.sh");
  CHECK(read_file(kRoot + "/web/rules.js") == output_of(std::string(GKCHECK_RULES_TOOL) + " js"));
  CHECK(output_of(std::string(GKCHECK_RULES_TOOL) + " js").find("['PARSE.UNCHECKED', 'error', ") != std::string::npos);
}
