// gkcheck DIR… as a reviewer runs it (build/native/gkcheck): a folder of two years is paired by
// default, with the pair's YEAR.* checks and copied prose; --summary with its parts in the folder;
// --units; --csv writes both tables (UTF-8 with BOM); --no-pair-years leaves the plain batch.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

#include "cli_support.h"
#include "review_support.h"

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

using Dir = gktest::Scratch;

struct Run : gktest::Run {
  std::vector<Json> lines;  // the JSON Lines of standard output
};

// gkcheck, with its JSON Lines parsed.
Run gkcheck_lines(const std::vector<std::string>& args, const Dir& d) {
  Run r;
  static_cast<gktest::Run&>(r) = gktest::gkcheck(args, d);
  std::stringstream ss(r.out);
  for (std::string l; std::getline(ss, l);)
    if (!l.empty() && l[0] == '{') r.lines.push_back(Json::parse(l));
  return r;
}

bool has_rule(const Json& j, const std::string& rule) {
  for (const auto& d : j["diagnostics"])
    if (d["rule"] == rule) return true;
  return false;
}

std::size_t csv_rows(const std::string& csv) {
  std::size_t n = 0;
  for (std::size_t p = 0; (p = csv.find("\r\n", p)) != std::string::npos; p += 2) ++n;
  return n;
}

}  // namespace

TEST_CASE("review cli: a folder of two years is paired by default, with copied prose and the CSV", "[cli][review]") {
  Dir d;
  const std::string in = d.path("in");
  d.write("in/2023/中宁.txt", gktest::other_2023());
  d.write("in/2024/中宁.txt", gktest::planted_copy());
  d.write("in/2024/盐池.txt", gktest::seed("000_f73872ecfdfa0a4c"));
  fs::create_directories(d.path("out"));
  const Run r = gkcheck_lines({"--json", "--csv", d.path("out/审核.csv"), in}, d);
  REQUIRE(r.lines.size() == 3);
  // In name order: 2023/中宁, 2024/中宁, 2024/盐池.
  const Json& zn = r.lines[1];
  CHECK(zn.begin().key() == "file");
  CHECK(zn["file"] == in + "/2024/中宁.txt");
  CHECK(zn["paired_with"] == in + "/2023/中宁.txt");
  CHECK(has_rule(zn, "REVIEW.COPIED_PROSE"));
  CHECK(zn["problems"].get<std::string>().find("第五部分 与上年重复") != std::string::npos);
  CHECK(zn["figures"].contains("new_received"));
  CHECK(r.lines[2].count("paired_with") == 0);
  CHECK(r.err.find("配对：" + in + "/2024/中宁.txt ← 上一年度 " + in + "/2023/中宁.txt") != std::string::npos);
  CHECK(r.err.find("配对 1 对") != std::string::npos);
  // The two tables, UTF-8 with BOM: a header and a row per report; a row per diagnostic.
  const std::string csv = gktest::read_file(d.path("out/审核.csv"));
  CHECK(csv.rfind("\xEF\xBB\xBF文件,单位,年度,格式,核对结论", 0) == 0);
  CHECK(csv_rows(csv) == 4);
  CHECK(csv.find(in + "/2023/中宁.txt") != std::string::npos);
  const std::string dcsv = gktest::read_file(d.path("out/审核.diagnostics.csv"));
  CHECK(dcsv.find(",REVIEW.COPIED_PROSE,提醒,") != std::string::npos);
  std::size_t diags = 0;
  for (const auto& l : r.lines) diags += l["diagnostics"].size();
  CHECK(csv_rows(dcsv) == diags + 1);
  CHECK(r.code == 1);  // errors and partial reports in the batch

  // Pairing off: the plain batch (the core's JSON only, no review fields).
  const Run plain = gkcheck_lines({"--json", "--no-pair-years", in}, d);
  REQUIRE(plain.lines.size() == 3);
  CHECK(plain.lines[1].count("paired_with") == 0);
  CHECK(plain.lines[1].count("figures") == 0);
  CHECK_FALSE(has_rule(plain.lines[1], "REVIEW.COPIED_PROSE"));
}

TEST_CASE("review cli: --summary against its parts in the folder — --units names who has not reported", "[cli][review]") {
  Dir d;
  const std::vector<std::string> names = {"000_f73872ecfdfa0a4c", "002_63a9a15d935c0946", "003_3c60d520485f420a"};
  std::vector<std::string> parts;
  for (const auto& n : names) parts.push_back(gktest::seed(n));
  // The summary is made of the true parts; the folder holds one part with a changed first row.
  std::string summary = gktest::make_summary(parts);
  summary = gktest::replace_once(summary, "# 盐池县各部门汇总", "# 盐池县各部门");  // no 汇总 in the title: --summary says so
  const std::string sum = d.write("summary.txt", summary);
  d.write("parts/a.txt", gktest::replace_once(parts[0], "申请数量\t\t6\t0\t0\t0\t0\t0\t6", "申请数量\t\t7\t0\t0\t0\t0\t0\t7"));
  d.write("parts/b.txt", parts[1]);
  d.write("parts/c.txt", parts[2]);
  d.write("units.txt", "\xEF\xBB\xBF盐池县人民政府办公室\r\n金湖县人民政府\r\n\r\n社旗县人民政府\r\n");
  const Run r = gkcheck_lines({"--json", "--summary", sum, "--units", d.path("units.txt"), "--csv", d.path("r.csv"), d.path("parts")}, d);
  REQUIRE(r.lines.size() == 4);
  const Json& s = r.lines[3];  // the summary comes after the folder's files
  CHECK(s["file"] == sum);
  CHECK(s["summary"] == true);
  CHECK(s["parts"].size() == 3);
  std::size_t mismatches = 0;
  for (const auto& dg : s["diagnostics"])
    if (dg["rule"] == "REVIEW.SUMMARY_MISMATCH") {
      ++mismatches;
      CHECK(dg["severity"] == "error");
      CHECK(dg["message"].get<std::string>().find("a.txt 7") != std::string::npos);
    }
  CHECK(mismatches == 2);
  CHECK(r.code == 1);
  // The list: 金湖 has no report (盐池 and 社旗 do; a BOM, CRLF and blank lines are fine).
  CHECK(r.err.find("2024 年度尚未发布报告的单位 1 个：金湖县人民政府") != std::string::npos);
  CHECK(gktest::read_file(d.path("r.csv")).find("\r\n,金湖县人民政府,2024,,未发布报告,") != std::string::npos);

  // The summary inside the folder, named another way: checked once, as the summary.
  d.write("parts/sum.txt", summary);
  const Run in = gkcheck_lines({"--json", "--summary", d.path("parts/../parts/sum.txt"), d.path("parts")}, d);
  REQUIRE(in.lines.size() == 4);
  CHECK(in.lines[3]["file"] == d.path("parts") + "/sum.txt");
  CHECK(in.lines[3]["summary"] == true);
  CHECK(in.lines[3]["parts"].size() == 3);
}

TEST_CASE("review cli: bad uses of the review options exit 2 with the reason", "[cli][review]") {
  Dir d;
  const std::string f = d.write("a.txt", gktest::seed("000_f73872ecfdfa0a4c"));
  Run r = gkcheck_lines({"--summary"}, d);
  CHECK(r.code == 2);
  CHECK(r.err.find("--summary 后面需要给出汇总报告的文件名") != std::string::npos);
  r = gkcheck_lines({"--units", d.path("none.txt"), f}, d);
  CHECK(r.code == 2);
  CHECK(r.err.find("无法读取单位名单") != std::string::npos);
  r = gkcheck_lines({"--csv", d.path("no/such/dir/x.csv"), f}, d);
  CHECK(r.code == 2);
  CHECK(r.err.find("无法写入") != std::string::npos);
}

TEST_CASE("review cli: --csv followed by a report, not a .csv name, writes nothing over it", "[cli][review]") {
  Dir d;
  const std::string report = gktest::seed("000_f73872ecfdfa0a4c");
  d.write("a.txt", report);
  d.write("b.txt", gktest::planted_copy());
  // As a reviewer might type it, forgetting the output's name: a.txt would have been overwritten.
  const Run r = gkcheck_lines({"--csv", d.path("a.txt"), d.path("b.txt")}, d);
  CHECK(r.code == 2);
  CHECK(r.err.find("--csv 后面应是要写出的 .csv 文件名") != std::string::npos);
  CHECK(gktest::read_file(d.path("a.txt")) == report);
  CHECK(r.lines.empty());
}
