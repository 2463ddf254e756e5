// Structure (STRUCT.*): sections, the parts of section 一, the statement on
// 信息处理费, the statistical period and the report year; each rule on a real
// report where it fires and on the untouched seeds, where it must not.
#include <catch2/catch.hpp>

#include "test_support.h"

using gktest::replace_once;
using gktest::seed;

namespace {

std::vector<gk::Diagnostic> with_prefix(const gk::Result& r, const std::string& prefix) {
  std::vector<gk::Diagnostic> out;
  for (const auto& d : r.diagnostics)
    if (d.rule.rfind(prefix, 0) == 0) out.push_back(d);
  return out;
}

std::string at(const std::string& text, const gk::Diagnostic& d) {
  return text.substr(d.location.byte_offset, d.location.byte_length);
}

const std::string k000 = "000_f73872ecfdfa0a4c", k001 = "001_909bdb628b56722c", k002 = "002_63a9a15d935c0946",
                  k003 = "003_3c60d520485f420a";

}  // namespace

TEST_CASE("structure: silent on the five seeds", "[structure][seeds]") {
  for (const auto& name : gktest::seed_names()) {
    INFO("seed " << name);
    const gk::Result r = gk::check(seed(name));
    CHECK(with_prefix(r, "STRUCT.").empty());
    CHECK(with_prefix(r, "FORMAT.").empty());
  }
}

TEST_CASE("STRUCT.SECTION_MISSING: a prose section, a table's heading, the last section", "[structure][sections]") {
  SECTION("五 missing: said before 六") {
    const std::string t = replace_once(seed(k002), "五、存在的主要问题及改进情况\n", "\n");
    const auto d = with_prefix(gk::check(t), "STRUCT.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].rule == "STRUCT.SECTION_MISSING");
    CHECK(d[0].severity == gk::Severity::Warning);
    CHECK(d[0].message == "缺少第五部分“五、存在的主要问题及改进情况”（应在“六、其他需要报告的事项”之前）");
    CHECK(at(t, d[0]) == "六、其他需要报告的事项");
  }
  SECTION("二's heading missing, its table found by its own words") {
    const std::string t = replace_once(seed(k000), "## 二、主动公开政府信息情况\n", "\n");
    const gk::Result r = gk::check(t);
    CHECK(r.tables[0].present);
    const auto d = with_prefix(r, "STRUCT.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "表二前缺少第二部分的标题“二、主动公开政府信息情况”");
    CHECK(at(t, d[0]).rfind("第二十条第（一）项", 0) == 0);
  }
  SECTION("六 missing at the end") {
    const std::string t = replace_once(seed(k001), "六、其他需要报告的事项\n", "");
    const auto d = with_prefix(gk::check(t), "STRUCT.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "缺少第六部分“六、其他需要报告的事项”");
    CHECK(d[0].location.offset > 0);
  }
}

TEST_CASE("STRUCT.SECTION_ORDER: 六 before 五", "[structure][sections]") {
  // Seed 003: move the whole of section 五 after section 六.
  const std::string text = seed(k003);
  const auto five = text.find("五、存在主要问题及改进情况");
  const auto six = text.find("六、其他需要报告的事项");
  REQUIRE((five != std::string::npos && six != std::string::npos && five < six));
  const std::string t = text.substr(0, five) + text.substr(six) + "\n" + text.substr(five, six - five);
  const auto d = with_prefix(gk::check(t), "STRUCT.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].rule == "STRUCT.SECTION_ORDER");
  CHECK(d[0].message == "第五部分“五、存在的主要问题及改进情况”排在第六部分之后；六个部分应按一至六的顺序排列");
  CHECK(at(t, d[0]) == "五、存在主要问题及改进情况");
}

TEST_CASE("STRUCT.PART_MISSING: the five parts of section 一, whatever their titles", "[structure][parts]") {
  SECTION("one part missing (seed 003, headings on their own lines)") {
    const std::string t = replace_once(seed(k003), "（三）政府信息管理\n", "（三）制度建设\n");
    const auto d = with_prefix(gk::check(t), "STRUCT.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].rule == "STRUCT.PART_MISSING");
    CHECK(d[0].message == "第一部分“一、总体情况”中没有找到“（三）政府信息管理”这一方面");
    CHECK(at(t, d[0]) == "（四）政府信息公开平台建设");  // where it should have come
  }
  SECTION("one part missing (seed 001, parts that start their paragraphs)") {
    const std::string t = replace_once(seed(k001), "(二)依申请公开方面。", "");
    const auto d = with_prefix(gk::check(t), "STRUCT.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "第一部分“一、总体情况”中没有找到“（二）依申请公开”这一方面");
  }
  SECTION("no parts at all: one finding") {
    std::string t = seed(k003);
    for (const char* h : {"（一）主动公开\n", "（二）依申请公开\n", "（三）政府信息管理\n", "（四）政府信息公开平台建设\n",
                          "（五）监督保障\n"})
      t = replace_once(t, h, "\n");
    const auto d = with_prefix(gk::check(t), "STRUCT.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "第一部分“一、总体情况”没有按（一）主动公开、（二）依申请公开、（三）政府信息管理、（四）政府信息公开平台建设、"
                          "（五）监督保障五个方面分述");
    CHECK(at(t, d[0]) == "一、总体情况");
  }
}

TEST_CASE("STRUCT.FEE_STATEMENT", "[structure][fees]") {
  std::string t = replace_once(seed(k003), "(二) 信息处理费收取情况。\n", "\n");
  t = replace_once(t, "2024年,本单位在办理政府信息公开申请中,未收取信息处理费。\n", "\n");
  const auto d = with_prefix(gk::check(t), "STRUCT.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].rule == "STRUCT.FEE_STATEMENT");
  CHECK(at(t, d[0]) == "六、其他需要报告的事项");
  // 未收取任何费用 is a statement too.
  const std::string u = replace_once(t, "如有疑问或意见建议", "本单位未向申请人收取任何费用。如有疑问或意见建议");
  CHECK(with_prefix(gk::check(u), "STRUCT.").empty());
}

TEST_CASE("STRUCT.PERIOD_MISSING, STRUCT.PERIOD, STRUCT.YEAR_MISMATCH", "[structure][period]") {
  const std::string period = "，本报告统计数据从 2024 年 1 月 1 日至 12 月 31 日。";
  SECTION("no period stated") {
    const std::string t = replace_once(seed(k003), period, "。");
    const auto d = with_prefix(gk::check(t), "STRUCT.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].rule == "STRUCT.PERIOD_MISSING");
    CHECK(d[0].message == "没有找到统计期间的说明（如“本报告统计数据从 2024 年 1 月 1 日至 12 月 31 日”）");
    CHECK(at(t, d[0]).find("2024 年政府信息公开工作年度报告") != std::string::npos);
  }
  SECTION("a whole year stated without dates") {
    const std::string t = replace_once(seed(k003), period, "，本报告统计期限为2024年度。");
    CHECK(with_prefix(gk::check(t), "STRUCT.").empty());
  }
  SECTION("not the whole year") {
    const std::string t = replace_once(seed(k000), "至 12 月 31 日", "至 11 月 30 日");
    const auto d = with_prefix(gk::check(t), "STRUCT.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].rule == "STRUCT.PERIOD");
    CHECK(d[0].message == "统计期间为 2024-01-01 至 2024-11-30，不是 2024 年全年；年度报告的数据应为 1 月 1 日至 12 月 31 日");
    CHECK(at(t, d[0]) == "2024 年 1 月 1 日至 11 月 30 日");
  }
  SECTION("the title's year is not the period's") {
    const std::string t = replace_once(seed(k000), "## 2024 年政府信息公开工作年度报告", "## 2023 年政府信息公开工作年度报告");
    const auto d = with_prefix(gk::check(t), "STRUCT.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].rule == "STRUCT.YEAR_MISMATCH");
    CHECK(d[0].message == "标题中的年度是 2023 年，统计期间却是 2024-01-01 至 2024-12-31");
    CHECK(at(t, d[0]) == "2023");
  }
}
