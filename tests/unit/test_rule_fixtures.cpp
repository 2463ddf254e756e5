// What each rule says on its fixtures (tests/fixtures/rules/<RULE>/): the
// command line's output for that rule, as a snapshot; valid cases print
// nothing of it. GKCHECK_UPDATE_SNAPSHOTS=1 rewrites the snapshots
// (scripts/update-rule-snapshots.sh).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "gkcheck/rules.h"
#include "test_support.h"

namespace fs = std::filesystem;

namespace {

const fs::path kDir = fs::path(GKCHECK_FIXTURES_DIR) / "rules";

// gkcheck's text output for RULE/CASE.txt, run from the rules folder.
std::string run_cli(const std::string& rule, const std::string& name) {
  const fs::path out = fs::temp_directory_path() / ("gk-rule-" + std::to_string(::getpid()) + ".out");
  std::string cmd = "cd '" + kDir.string() + "' && '" + GKCHECK_CLI + "'";
  const std::string prev = rule + "/" + name + ".previous.txt";
  if (fs::exists(kDir / prev)) cmd += " --previous '" + prev + "'";
  cmd += " '" + rule + "/" + name + ".txt' > '" + out.string() + "' 2>&1";
  const int status = std::system(cmd.c_str());
  REQUIRE(status != -1);
  std::string s = gktest::read_file(out.string());
  fs::remove(out);
  return s;
}

// The diagnostics of one rule in the output: each header line with its
// source and caret lines.
std::string blocks_of(const std::string& output, const std::string& rule) {
  std::istringstream in(output);
  std::string line, out;
  bool keep = false;
  const std::string tag = "[" + rule + "]";
  while (std::getline(in, line)) {
    if (line.rfind("  ", 0) != 0) keep = line.find(tag) != std::string::npos;
    if (keep) out += line + "\n";
  }
  return out;
}

}  // namespace

// An invalid case, or a README.md that says where the rule is tested (a
// rule about several reports, or about a text of over 64 MiB).
bool has_cases(const fs::path& dir) {
  if (fs::exists(dir / "README.md")) return true;
  for (const auto& f : fs::directory_iterator(dir))
    if (f.path().filename().string().rfind("invalid-", 0) == 0 && f.path().extension() == ".txt") return true;
  return false;
}

TEST_CASE("rule fixtures: every rule has its folder of cases", "[rules][fixtures]") {
  for (const gk::RuleInfo& r : gk::all_rules()) {
    INFO(r.id << ": make tests/fixtures/rules/" << r.id << "/ with an invalid-*.txt case (see its README.md)");
    REQUIRE(fs::is_directory(kDir / r.id));
    CHECK(has_cases(kDir / r.id));
  }
}

TEST_CASE("rule fixtures: each case says what its snapshot says", "[rules][fixtures]") {
  const bool update = std::getenv("GKCHECK_UPDATE_SNAPSHOTS") != nullptr;
  std::size_t invalid = 0, valid = 0;
  for (const auto& dir : fs::directory_iterator(kDir)) {
    if (!dir.is_directory()) continue;
    const std::string rule = dir.path().filename().string();
    INFO("rule " << rule);
    CHECK(gk::find_rule(rule) != nullptr);
    for (const auto& f : fs::directory_iterator(dir.path())) {
      const std::string file = f.path().filename().string();
      if (f.path().extension() != ".txt" || file.find(".previous.") != std::string::npos) continue;
      const std::string name = f.path().stem().string();
      INFO("case " << rule << "/" << file);
      const std::string got = blocks_of(run_cli(rule, name), rule);
      if (name.rfind("valid-", 0) == 0) {
        ++valid;
        CHECK(got.empty());
        continue;
      }
      REQUIRE(name.rfind("invalid-", 0) == 0);
      ++invalid;
      const fs::path expected = dir.path() / (name + ".expected");
      if (update) std::ofstream(expected, std::ios::binary) << got;
      CHECK_FALSE(got.empty());
      REQUIRE(fs::exists(expected));
      CHECK(got == gktest::read_file(expected.string()));
    }
  }
  CHECK(invalid >= gk::all_rules().size() - 5);  // INPUT.TOO_LARGE and REVIEW.* have none on disk
  CHECK(valid > 0);
}
