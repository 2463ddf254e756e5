// The reviewer's batch (gk::review) on real text: pairs of years made by
// agency and year (and the pair's YEAR.* checks), copied prose planted from
// last year's real report, a summary made by adding the seeds' tables, the
// units with no report this year, the problems in words, the JSON and CSV.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "diagnostics.h"
#include "gkcheck/review.h"
#include "review_support.h"
#include "test_support.h"

using gktest::replace_once;
using Json = nlohmann::ordered_json;

namespace {

using gktest::k004;
using gktest::prev004;
using gktest::v;
using gktest::make_summary;
using gktest::section5_of;

std::size_t count_review(const gk::Result& r, const std::string& rule) { return gktest::count_rule(r, rule); }

}  // namespace

TEST_CASE("review: last year's report is paired by agency and year, and the pair is checked", "[review]") {
  const std::string now = gktest::seed(k004), before = prev004(), other = gktest::seed("000_f73872ecfdfa0a4c");
  const gk::ReviewResult rv = gk::review({{"2024/zn.txt", now}, {"2024/yc.txt", other}, {"2023/zn.txt", before}});
  REQUIRE(rv.entries.size() == 3);
  CHECK(rv.year == 2024);
  REQUIRE(rv.entries[0].paired_with == std::size_t{2});
  CHECK_FALSE(rv.entries[1].paired_with);  // 盐池 has no 2023 report here
  CHECK_FALSE(rv.entries[2].paired_with);  // nothing of 2022
  // The pair is checked as with --previous: same diagnostics (real 2023 prose differs: no copy warning).
  gk::Options o;
  o.previous = before;
  gk::ReviewOptions nocopy;  // the fixture of 2023 repeats 2024's prose: REVIEW.COPIED_PROSE aside
  nocopy.copy_check = false;
  const gk::ReviewResult plain = gk::review({{"2024/zn.txt", now}, {"2024/yc.txt", other}, {"2023/zn.txt", before}}, nocopy);
  CHECK(gk::to_json(plain.entries[0].result) == gk::check_json(now, o));
  CHECK(gk::to_json(rv.entries[1].result) == gk::check_json(other));

  // A carried-over count that disagrees with last year's is found without pairing by hand.
  const std::string wrong = replace_once(before, "四、结转下年度继续办理 1 0 0 0 0 0 1", "四、结转下年度继续办理 2 0 0 0 0 0 2");
  const gk::ReviewResult rv2 = gk::review({{"a.txt", now}, {"b.txt", wrong}});
  REQUIRE(rv2.entries[0].paired_with == std::size_t{1});
  CHECK(count_review(rv2.entries[0].result, "YEAR.CARRIED_OVER") == 2);
  CHECK(rv2.entries[0].problems.find("与上年报告 2 处错误") != std::string::npos);

  // Pairing off: no pair, no YEAR.*.
  gk::ReviewOptions off;
  off.pair_years = false;
  const gk::ReviewResult rv3 = gk::review({{"a.txt", now}, {"b.txt", wrong}}, off);
  CHECK_FALSE(rv3.entries[0].paired_with);
  CHECK(count_review(rv3.entries[0].result, "YEAR.") == 0);
}

TEST_CASE("review: prose copied from last year's report is a warning with the share and the sentences", "[review]") {
  const std::string real = gktest::seed(k004);
  // The fixture of last year repeats this year's prose word for word: sections 一, 五 and 六 are
  // long enough to judge and are named (sections 二 to 四 are tables).
  {
    const gk::Result r = gk::review({{"2024.txt", real}, {"2023.txt", prev004()}}).entries[0].result;
    std::vector<std::string> named;
    for (const auto& d : r.diagnostics)
      if (d.rule == "REVIEW.COPIED_PROSE") named.push_back(d.message.substr(0, d.message.find("有 ")));
    CHECK(named == std::vector<std::string>{"第一部分", "第五部分", "第六部分"});
  }
  // Last year's report in other words: nothing repeated.
  const std::string before = gktest::other_2023();
  const gk::ReviewResult clean = gk::review({{"2024.txt", real}, {"2023.txt", before}});
  REQUIRE(clean.entries[0].paired_with == std::size_t{1});
  CHECK(count_review(clean.entries[0].result, "REVIEW.COPIED_PROSE") == 0);

  // Last year's section 五 planted in this year's report, its years changed (digits fold).
  const std::string planted = gktest::planted_copy();
  const gk::ReviewResult rv = gk::review({{"2024.txt", planted}, {"2023.txt", before}});
  const gk::Result& r = rv.entries[0].result;
  REQUIRE(count_review(r, "REVIEW.COPIED_PROSE") == 1);
  const gk::Diagnostic* d = nullptr;
  for (const auto& x : r.diagnostics)
    if (x.rule == "REVIEW.COPIED_PROSE") d = &x;
  REQUIRE(d != nullptr);
  CHECK(d->severity == gk::Severity::Warning);
  CHECK(d->message.rfind("第五部分有 ", 0) == 0);
  CHECK(d->message.find("% 的文字与上一年度报告（2023.txt）相同") != std::string::npos);
  CHECK(d->message.find("照搬的句子") != std::string::npos);
  REQUIRE(!d->related.empty());
  // The location is the heading of section 五 in the text as given; each sentence named is in it.
  CHECK(planted.substr(d->location.byte_offset, d->location.byte_length).find("五、存在的主要问题及改进情况") != std::string::npos);
  const std::string five = section5_of(planted);
  for (const auto& loc : d->related_locations) {
    const std::string s = planted.substr(loc.byte_offset, loc.byte_length);
    CHECK(s.size() > 10);
    CHECK(five.find(s) != std::string::npos);
  }
  CHECK(rv.entries[0].problems.find("第五部分 与上年重复 ") != std::string::npos);
  // Not when the copy check is off.
  gk::ReviewOptions nocopy;
  nocopy.copy_check = false;
  CHECK(count_review(gk::review({{"2024.txt", planted}, {"2023.txt", before}}, nocopy).entries[0].result,
                     "REVIEW.COPIED_PROSE") == 0);
}

TEST_CASE("review: a summary equals the sum of its parts, cell by cell — each difference names the parts' values",
          "[review]") {
  const std::vector<std::string> names = {"000_f73872ecfdfa0a4c", "002_63a9a15d935c0946", "003_3c60d520485f420a"};
  std::vector<std::string> parts;
  for (const auto& n : names) parts.push_back(gktest::seed(n));
  const std::string summary = make_summary(parts);
  // The summary as built reads back with its sums, and is itself balanced.
  const gk::Result s = gk::check(summary);
  REQUIRE(s.verdict == gk::Verdict::Checked);
  REQUIRE(s.count(gk::Severity::Error) == 0);
  double granted = 0;
  for (const auto& p : parts) granted += v(gktest::cell(gk::check(p), gk::TableId::Applications, "granted", "total"));
  REQUIRE(v(gktest::cell(s, gk::TableId::Applications, "granted", "total")) == granted);

  std::vector<gk::ReviewReport> batch = {{"汇总.txt", summary}};
  for (std::size_t i = 0; i < parts.size(); ++i) batch.push_back({names[i] + ".txt", parts[i]});
  gk::ReviewResult rv = gk::review(batch);
  REQUIRE(rv.entries[0].summary);  // 汇总 in the title
  CHECK(rv.entries[0].parts == std::vector<std::size_t>{1, 2, 3});
  CHECK(count_review(rv.entries[0].result, "REVIEW.SUMMARY_") == 0);
  CHECK_FALSE(rv.entries[1].summary);

  // One part's 本年新收 · 自然人 (and its total) one more: the summary now differs in two cells.
  const std::string p0 = parts[0];
  std::string changed = replace_once(p0, "申请数量\t\t6\t0\t0\t0\t0\t0\t6", "申请数量\t\t7\t0\t0\t0\t0\t0\t7");
  batch[1].text = changed;
  rv = gk::review(batch);
  const gk::Result& r = rv.entries[0].result;
  REQUIRE(count_review(r, "REVIEW.SUMMARY_MISMATCH") == 2);
  for (const auto& d : r.diagnostics) {
    if (d.rule != "REVIEW.SUMMARY_MISMATCH") continue;
    CHECK(d.severity == gk::Severity::Error);
    CHECK(d.message.find("表三「一、本年新收政府信息公开申请数量 · ") == 0);
    CHECK(d.message.find("3 份组成报告之和为") != std::string::npos);
    CHECK(d.message.find("000_f73872ecfdfa0a4c.txt 7") != std::string::npos);
    REQUIRE(d.expected);
    REQUIRE(d.actual);
    CHECK(*d.expected == *d.actual + 1);
    // Located on the summary's own cell.
    CHECK(summary.substr(d.location.byte_offset, d.location.byte_length) == gk::format_number(*d.actual));
  }
  CHECK(rv.entries[0].problems.find("汇总 2 格与各部分之和不符") != std::string::npos);

  // A part with a row not read: those cells are not compared, and a warning says so.
  const std::string cut = replace_once(p0, "(一) 予以公开\t2\t0\t0\t0\t0\t0\t2", "");
  batch[1].text = cut;
  rv = gk::review(batch);
  CHECK(count_review(rv.entries[0].result, "REVIEW.SUMMARY_MISMATCH") == 0);
  REQUIRE(count_review(rv.entries[0].result, "REVIEW.SUMMARY_INCOMPLETE") == 1);

  // Marked by the reviewer, without 汇总 in its title; alone: no parts to compare.
  gk::ReviewReport only{"sum.txt", parts[1], true};
  rv = gk::review({only});
  CHECK(count_review(rv.entries[0].result, "REVIEW.SUMMARY_NO_PARTS") == 1);
}

TEST_CASE("review: the units of last year (or of a list) with no report this year", "[review]") {
  const std::string zn2023 = prev004(), zn2024 = gktest::seed(k004), yc2024 = gktest::seed("000_f73872ecfdfa0a4c");
  gk::ReviewResult rv = gk::review({{"yc.txt", yc2024}, {"zn2023.txt", zn2023}});
  REQUIRE(rv.missing.size() == 1);
  CHECK(rv.missing[0].unit == "中宁县人民政府办公室");
  CHECK(rv.missing[0].last_year == std::size_t{1});
  rv = gk::review({{"yc.txt", yc2024}, {"zn2023.txt", zn2023}, {"zn2024.txt", zn2024}});
  CHECK(rv.missing.empty());
  gk::ReviewOptions o;
  o.expected_units = {"盐池县人民政府办公室", " 金湖县人民政府 ", "中宁县 人民政府办公室"};
  rv = gk::review({{"yc.txt", yc2024}, {"zn2024.txt", zn2024}}, o);
  REQUIRE(rv.missing.size() == 1);
  CHECK(rv.missing[0].unit.find("金湖县人民政府") != std::string::npos);
}

TEST_CASE("review: JSON Lines carry file, paired_with, figures and problems — CSV with BOM", "[review]") {
  const std::string now = gktest::seed(k004), before = prev004();
  const gk::ReviewResult rv = gk::review({{"zn2024.txt", now}, {"zn2023.txt", before}});
  const Json j = Json::parse(gk::review_entry_json(rv, 0));
  CHECK(j.begin().key() == "file");
  CHECK(j["file"] == "zn2024.txt");
  CHECK(j["paired_with"] == "zn2023.txt");
  CHECK(j["verdict"] == "checked");
  const gk::Result r = gk::check(now);
  CHECK(j["figures"]["new_received"] == v(gktest::cell(r, gk::TableId::Applications, "new_received", "total")));
  CHECK(j["figures"]["carried_forward"] == v(gktest::cell(r, gk::TableId::Applications, "carried_forward", "total")));
  CHECK(Json::parse(gk::review_entry_json(rv, 1)).count("paired_with") == 0);
  const Json all = Json::parse(gk::review_json(rv));
  CHECK(all["year"] == 2024);
  CHECK(all["results"].size() == 2);
  const std::string csv = gk::review_csv_reports(rv);
  CHECK(csv.rfind("\xEF\xBB\xBF文件,单位,年度,", 0) == 0);
  CHECK(csv.find("\r\nzn2024.txt,中宁县人民政府办公室,2024,2021,完整核对,") != std::string::npos);
  const std::string dcsv = gk::review_csv_diagnostics(rv);
  CHECK(dcsv.rfind("\xEF\xBB\xBF文件,单位,规则,级别,行,列,说明\r\n", 0) == 0);
}

TEST_CASE("review: a report whose only warnings are blank cells says so in its problems", "[review]") {
  const std::string clean = gktest::seed("001_909bdb628b56722c");
  const std::string blank = replace_once(clean, "| 1.属于国家秘密 | 0 | 0 |", "| 1.属于国家秘密 | / | 0 |");
  const gk::ReviewResult rv = gk::review({{"clean.txt", clean}, {"blank.txt", blank}});
  REQUIRE(rv.entries.size() == 2);
  CHECK(rv.entries[0].problems.empty());
  CHECK(count_review(rv.entries[1].result, "PARSE.BLANK_CELL") == 1);
  CHECK(rv.entries[1].problems == "1 处空白栏，按 0 核对");
}

TEST_CASE("review: one unit with and without the place above it in its name, and no looser", "[review]") {
  auto same = [](const char* a, const char* b) { return gk::review_same_unit(gk::review_unit_key(a), gk::review_unit_key(b)); };
  // The two real reports of 洪泽区 (tests/fixtures/real/): 2023 without the city, 2024 with it.
  CHECK(same("淮安市洪泽区人民政府", "洪泽区人民政府"));
  CHECK(same("洪泽区人民政府", "淮安市洪泽区人民政府"));
  CHECK(same("宁夏回族自治区中宁县人民政府", "中宁县 人民政府"));
  CHECK(same("中宁县人民政府办公室", "中宁县人民政府办公室"));
  // Not one unit: another organ of the same place, the organ's name alone, a suffix cut mid-name.
  CHECK_FALSE(same("洪泽区人民政府", "洪泽区教育局"));
  CHECK_FALSE(same("淮安市人民政府", "人民政府"));
  CHECK_FALSE(same("淮安市洪泽区人民政府", "泽区人民政府"));
  CHECK_FALSE(same("淮安市洪泽区人民政府办公室", "洪泽区人民政府"));
  CHECK_FALSE(same("", "洪泽区人民政府"));
}

TEST_CASE("review: the real 洪泽区 reports of 2023 and 2024 are paired though the city is named only in 2024", "[review]") {
  const std::string dir = std::string(GKCHECK_FIXTURES_DIR) + "/real/";
  const std::string y23 = gktest::read_file(dir + "hongze-2023.pdftotext-layout.txt");
  const std::string y24 = gktest::read_file(dir + "hongze-2024.pdftotext-layout.txt");
  const gk::ReviewResult rv = gk::review({{"2023.txt", y23}, {"2024.txt", y24}});
  REQUIRE(rv.entries.size() == 2);
  REQUIRE(rv.entries[0].result.meta.agency);
  CHECK(*rv.entries[0].result.meta.agency == "洪泽区人民政府");
  CHECK(*rv.entries[1].result.meta.agency == "淮安市洪泽区人民政府");
  CHECK(rv.entries[1].paired_with == std::size_t{0});
  // Both of one unit a year apart: neither is missing from the later year.
  CHECK(rv.missing.empty());
  // Two candidates for last year's report of one unit (淮安市… and 江苏省… for 洪泽区…): not guessed.
  const gk::ReviewResult two = gk::review({{"a.txt", gktest::replace_once(y23, "洪泽区人民政府", "淮安市洪泽区人民政府")},
                                           {"b.txt", gktest::replace_once(y23, "洪泽区人民政府", "江苏省洪泽区人民政府")},
                                           {"2024.txt", gktest::replace_once(y24, "淮安市洪泽区人民政府", "洪泽区人民政府")}});
  REQUIRE(two.entries[2].result.meta.agency);
  CHECK(*two.entries[2].result.meta.agency == "洪泽区人民政府");
  CHECK_FALSE(two.entries[2].paired_with);
}
