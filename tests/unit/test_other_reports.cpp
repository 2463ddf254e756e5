// Two reports in one text, or a second table 三, are never passed over in
// silence: the first is checked, each other part is checked on its own and
// named by a STRUCT.OTHER_REPORT error with its outcome.
#include <catch2/catch.hpp>

#include "test_support.h"

using gktest::count_rule;
using gktest::seed;

namespace {

const gk::Diagnostic& only(const gk::Result& r, const std::string& rule) {
  const gk::Diagnostic* found = nullptr;
  for (const auto& d : r.diagnostics)
    if (d.rule == rule) {
      REQUIRE(found == nullptr);
      found = &d;
    }
  REQUIRE(found != nullptr);
  return *found;
}

std::size_t line_count(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

TEST_CASE("other reports: one report alone has none", "[other]") {
  for (const auto& name : gktest::seed_names()) {
    INFO(name);
    const gk::Result r = gk::check(seed(name));
    CHECK(count_rule(r, "STRUCT.OTHER_REPORT") == 0);
    CHECK(r.other_reports == 0);
  }
}

TEST_CASE("other reports: two reports pasted together: the first checked, the second named with its outcome", "[other]") {
  const std::string a = seed("000_f73872ecfdfa0a4c"), b = seed("002_63a9a15d935c0946");
  const gk::Result r = gk::check(a + b);
  CHECK(r.verdict == gk::Verdict::Partial);
  const gk::Diagnostic& d = only(r, "STRUCT.OTHER_REPORT");
  CHECK(d.severity == gk::Severity::Error);
  CHECK(d.message == "这里起是另一份报告，本结果只核对了第一份；这一份（社旗县人民政府 2024 年度）未发现错误；请把每份报告分开检查");
  // At the second report's title line.
  CHECK(d.location.line == line_count(a) + 3);
  // The tables are the first report's.
  CHECK(r.meta.agency == std::string("盐池县人民政府办公室"));
  CHECK(gktest::cell(r, gk::TableId::Applications, "new_received", "total").value == 6);
}

TEST_CASE("other reports: the second report's sum error is reported, not passed", "[other]") {
  const std::string b = gktest::replace_once(seed("002_63a9a15d935c0946"), "(一) 予以公开\t19\t0", "(一) 予以公开\t18\t0");
  const gk::Result r = gk::check(seed("000_f73872ecfdfa0a4c") + b);
  CHECK(only(r, "STRUCT.OTHER_REPORT").message.find("有 3 处错误") != std::string::npos);
}

TEST_CASE("other reports: every pair of seeds one after the other", "[other]") {
  for (const auto& x : gktest::seed_names())
    for (const auto& y : gktest::seed_names()) {
      if (x == y) continue;
      INFO(x << " + " << y);
      const gk::Result r = gk::check(seed(x) + "\n" + seed(y));
      CHECK(count_rule(r, "STRUCT.OTHER_REPORT") == 1);
      CHECK(r.verdict != gk::Verdict::Checked);
    }
}

TEST_CASE("other reports: a corrected table 三 appended after section 六", "[other]") {
  const std::string a = seed("000_f73872ecfdfa0a4c");
  const auto from = a.find("### 三、收到和处理政府信息公开申请情况");
  const auto to = a.find("#### 四、");
  std::string table = a.substr(from, to - from);
  table = gktest::replace_once(table, "### 三、收到和处理政府信息公开申请情况", "附：更正后的表三");
  table = gktest::replace_once(table, "6\t0\t0\t0\t0\t0\t6", "7\t0\t0\t0\t0\t0\t6");
  const gk::Result r = gk::check(a + "\n" + table);
  CHECK(r.verdict == gk::Verdict::Partial);
  CHECK(only(r, "STRUCT.OTHER_REPORT").message ==
        "这里还有一张表三（如更正后的表），只核对了前面的那一张；这一张有 3 处合计不符；请删去不用的一张后再检查");
}

TEST_CASE("other reports: a list of the sections before the body is not a second report", "[other]") {
  const std::string a = seed("000_f73872ecfdfa0a4c");
  const std::string toc = "目录\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
                          "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n";
  const gk::Result r = gk::check(toc + a);
  CHECK(count_rule(r, "STRUCT.OTHER_REPORT") == 0);
  // The sections are found in the body, so the tables are read there.
  CHECK(r.verdict == gk::Verdict::Checked);
  CHECK(count_rule(r, "STRUCT.SECTION_ORDER") == 0);
}
