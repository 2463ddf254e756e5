// Section headings and the report's agency, year and period.
#include <catch2/catch.hpp>

#include "meta.h"
#include "sections.h"
#include "test_support.h"

using gk::heading_number;

TEST_CASE("headings: numbered titles, with Markdown, spaces and small variations", "[sections]") {
  const auto& f = gk::format_2021();
  CHECK(heading_number("### 一、总体情况", f) == 1);
  CHECK(heading_number(" 三、收到和处理政府信息公开申请情况", f) == 3);
  CHECK(heading_number("## **二、主动公开政府信息情况**", f) == 2);
  CHECK(heading_number("四、政府信息公开行政复议、行政诉讼情况", f) == 4);
  CHECK(heading_number("五、存在主要问题及改进情况", f) == 5);   // lost 的
  CHECK(heading_number("六. 其他需要报告的事项", f) == 6);
  CHECK(heading_number("其他需要报告的事项", f) == 6);           // no numeral, exact title
}

TEST_CASE("headings: rows of table 三 and prose are not headings", "[sections]") {
  const auto& f = gk::format_2021();
  CHECK(heading_number("四、结转下年度继续办理\t\t0\t0", f) == 0);
  CHECK(heading_number("二、上年结转政府信息公开申请数量", f) == 0);
  CHECK(heading_number("三、本年度办理结果", f) == 0);
  CHECK(heading_number("一、本年新收政府信息公开申请数量", f) == 0);
  CHECK(heading_number("（一）主动公开政府信息方面", f) == 0);
  CHECK(heading_number("一是加强培训辅导，组织全县各单位参加政务公开培训班。", f) == 0);
}

TEST_CASE("meta: agency and year from the title, in its several forms", "[meta]") {
  struct Case {
    const char* seed;
    const char* agency;
  } cases[] = {
      {"000_f73872ecfdfa0a4c", "盐池县人民政府办公室"},  // "# agency" above "## 2024 年…年度报告"
      {"001_909bdb628b56722c", "西夏区人民政府办公室"},  // only in 现发布《…》
      {"002_63a9a15d935c0946", "社旗县人民政府"},        // agency and year on one line
      {"003_3c60d520485f420a", "平罗县宝丰镇"},
      {"004_dc6eabfeda6fcd8b", "中宁县人民政府办公室"},  // PDF copy, leading space
  };
  for (const auto& c : cases) {
    INFO(c.seed);
    gk::Result r = gk::check(gktest::seed(c.seed));
    CHECK(r.meta.agency == std::string(c.agency));
    CHECK(r.meta.year == 2024);
    CHECK(r.meta.period_from == std::string("2024-01-01"));
    CHECK(r.meta.period_to == std::string("2024-12-31"));
  }
}

TEST_CASE("meta: date ranges across spaces and line breaks, with or without the second year", "[meta]") {
  gk::DateRange d;
  std::string a = "统计数据从 2024年 1月 1日至 2024\n\n年 12 月 31 日 ， 电 子";
  REQUIRE(gk::find_date_range(a, 0, static_cast<std::uint32_t>(a.size()), &d));
  CHECK(d.y1 == 2024);
  CHECK(d.m2 == 12);
  CHECK(d.d2 == 31);
  std::string b = "统计期限自2024年1月1日起至2024年12月31日止";
  REQUIRE(gk::find_date_range(b, 0, static_cast<std::uint32_t>(b.size()), &d));
  CHECK(d.y2 == 2024);
  std::string c = "本报告所列数据从2023年1月1日至6月30日";
  REQUIRE(gk::find_date_range(c, 0, static_cast<std::uint32_t>(c.size()), &d));
  CHECK(d.y2 == 2023);
  CHECK(d.m2 == 6);
  std::string e = "2024年1月1日，天气晴";
  CHECK_FALSE(gk::find_date_range(e, 0, static_cast<std::uint32_t>(e.size()), &d));
}
